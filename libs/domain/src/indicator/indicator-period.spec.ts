import { indicatorPeriodLabelVi, parseIndicatorPeriod } from './indicator-period';
import { validateMeasurementInput } from './indicator-measurement.validation';

describe('parseIndicatorPeriod', () => {
  it.each([
    ['2026-06', 'month', 6, 6, '2026-06-30'],
    ['2026-Q3', 'quarter', 7, 9, '2026-09-30'],
    ['2026-H1', 'half', 1, 6, '2026-06-30'],
    ['2026-H2', 'half', 7, 12, '2026-12-31'],
    ['2026-9M', 'nine_months', 1, 9, '2026-09-30'],
    ['2026', 'year', 1, 12, '2026-12-31'],
  ] as const)('%s', (code, kind, firstMonth, lastMonth, end) => {
    expect(parseIndicatorPeriod(code)).toEqual({ code, kind, year: 2026, firstMonth, lastMonth, end });
  });

  it.each(['2026-13', '2026-Q5', '26-Q1', '2026-q1 x', '', 'Q1', 2026, null])('refuses %p', (code) => {
    expect(parseIndicatorPeriod(code)).toBeNull();
  });
});

describe(indicatorPeriodLabelVi.name, () => {
  it.each([
    ['2026-06', 'Tháng 6/2026'],
    ['2026-Q3', 'Quý III/2026'],
    ['2026-H1', '6 tháng đầu năm 2026'],
    ['2026-H2', '6 tháng cuối năm 2026'],
    ['2026-9M', '9 tháng năm 2026'],
    ['2026', 'Năm 2026'],
    ['not a period', 'not a period'],
  ])('%s reads %s', (code, label) => expect(indicatorPeriodLabelVi(code)).toBe(label));
});

describe('validateMeasurementInput', () => {
  const targets = [
    { id: 't1', comparator: 'gt' as const, value: 12.5 },
    { id: 't2', comparator: 'qualitative' as const, value: null },
  ];
  const valid = { period: '2026-Q1', kind: 'estimate', values: [{ targetId: 't1', value: 11 }], source: 'Cục Thống kê' };

  it('accepts a figure set', () => {
    expect(validateMeasurementInput(valid, targets, 2026)).toEqual([]);
  });

  it('names every field at fault', () => {
    const fields = validateMeasurementInput(
      { period: '2025-Q1', kind: 'guess', source: ' ', values: [{ targetId: 't1', value: 'abc' }, { targetId: 'x', value: 1 }, { targetId: 't2', value: 1 }, { targetId: 't1', value: 2 }] },
      targets,
      2026,
    ).map((p) => p.field);
    expect(fields).toEqual(['period', 'kind', 'source', 'values[0].value', 'values[1].targetId', 'values[2].targetId', 'values[3].targetId']);
    expect(validateMeasurementInput({ ...valid, values: [] }, targets, 2026).map((p) => p.field)).toEqual(['values']);
  });
});
