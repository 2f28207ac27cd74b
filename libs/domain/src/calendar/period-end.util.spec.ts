import { DomainError } from '../errors/domain-error';
import { Quarter, endOfMonth, endOfQuarter, endOfYear, lastDayOfMonth, lastDayOfQuarter, lastDayOfYear, quarterOf } from './period-end.util';

describe('quarterOf and endOfQuarter', () => {
  it.each([
    ['2026-01-01', 1, '2026-03-31'],
    ['2026-03-31', 1, '2026-03-31'],
    ['2026-04-01', 2, '2026-06-30'],
    ['2026-08-15', 3, '2026-09-30'],
    ['2026-10-01', 4, '2026-12-31'],
    ['2026-12-31', 4, '2026-12-31'],
  ])('%s is in quarter %i, which ends %s', (date, quarter, end) => {
    expect(quarterOf(date)).toBe(quarter);
    expect(endOfQuarter(date)).toBe(end);
  });
});

describe('lastDayOfQuarter', () => {
  it.each([
    [2026, 1, '2026-03-31'],
    [2026, 2, '2026-06-30'],
    [2026, 3, '2026-09-30'],
    [2026, 4, '2026-12-31'],
  ] as const)('quý %i năm %i ends %s', (year, quarter, expected) => {
    expect(lastDayOfQuarter(year, quarter)).toBe(expected);
  });

  it('refuses quarter 5', () => {
    expect(() => lastDayOfQuarter(2026, 5 as Quarter)).toThrow(DomainError);
  });
});

describe('month and year ends', () => {
  it.each([
    ['2026-02-10', '2026-02-28', '2026-12-31'],
    ['2028-02-10', '2028-02-29', '2028-12-31'],
    ['2026-12-31', '2026-12-31', '2026-12-31'],
    ['2027-06-01', '2027-06-30', '2027-12-31'],
  ])('%s: month ends %s, year ends %s', (date, month, year) => {
    expect(endOfMonth(date)).toBe(month);
    expect(endOfYear(date)).toBe(year);
  });

  it.each([
    [2026, 2, '2026-02-28'],
    [2024, 2, '2024-02-29'],
    [2026, 11, '2026-11-30'],
  ])('lastDayOfMonth(%i, %i) is %s', (year, month, expected) => {
    expect(lastDayOfMonth(year, month)).toBe(expected);
  });

  it('the plan year 2026 ends 2026-12-31', () => {
    expect(lastDayOfYear(2026)).toBe('2026-12-31');
  });
});
