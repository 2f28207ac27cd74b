import { formatTarget, formatVietnameseNumber } from './format-target';
import type { IndicatorTarget } from './plan-document.types';

const target = (comparator: IndicatorTarget['comparator'], value: number | null, unit: string | null, max: number | null = null): IndicatorTarget => ({
  comparator,
  value,
  max,
  unit,
  label: null,
});

describe(formatTarget.name, () => {
  it.each([
    [target('gt', 12.5, '%'), '> 12,5%'],
    [target('gte', 11800, 'USD'), '≥ 11.800 USD'],
    [target('lt', 1.5, '%'), '< 1,5%'],
    [target('gt', 7, '%/năm'), '> 7%/năm'],
    [target('lte', 5, 'hạng'), '≤ 5 hạng'],
    [target('between', 12.5, '%', 13), '12,5 – 13%'],
    [target('between', 2, 'tỷ USD', 2.5), '2 – 2,5 tỷ USD'],
    [target('approx', 22, 'triệu lượt khách'), '≈ 22 triệu lượt khách'],
    [target('gt', 74000, 'tỷ đồng'), '> 74.000 tỷ đồng'],
    [target('gte', 1234567.89, null), '≥ 1.234.567,89'],
    [target('qualitative', null, null), 'Định tính'],
    [target('qualitative', null, 'hạng'), 'Định tính'],
  ])('writes %o as %s', (t, expected) => {
    expect(formatTarget(t)).toBe(expected);
  });

  it('takes the qualitative wording from the caller', () => {
    expect(formatTarget(target('qualitative', null, null), { qualitative: 'Qualitative' })).toBe('Qualitative');
  });

  it('shows a range without an upper bound as its lower figure', () => {
    expect(formatTarget(target('between', 3, '%', null))).toBe('3%');
  });
});

describe(formatVietnameseNumber.name, () => {
  it.each([
    [0, '0'],
    [100, '100'],
    [1000, '1.000'],
    [0.35, '0,35'],
    [0.1 + 0.2, '0,3'],
    [-2500.5, '-2.500,5'],
  ])('writes %d as %s', (value, expected) => {
    expect(formatVietnameseNumber(value)).toBe(expected);
  });
});
