import { DEFAULT_REMINDER_RULES } from './reminder-rules';
import { monthlyReportInstant } from './periodic-reminder.schedule';

describe('monthlyReportInstant', () => {
  it.each<[number, number, number, string]>([
    [2026, 1, 15, '2026-01-15T01:00:00.000Z'],
    [2026, 12, 15, '2026-12-15T01:00:00.000Z'],
    [2026, 2, 31, '2026-02-28T01:00:00.000Z'],
    [2028, 2, 30, '2028-02-29T01:00:00.000Z'],
    [2026, 4, 31, '2026-04-30T01:00:00.000Z'],
    [2026, 3, 1, '2026-03-01T01:00:00.000Z'],
  ])('%i-%i, day %i, is sent at %s', (year, month, day, expected) => {
    expect(monthlyReportInstant(year, month, { ...DEFAULT_REMINDER_RULES, monthlyReportDay: day }).toISOString()).toBe(expected);
  });

  it.each([
    [2026, 0],
    [2026, 13],
    [2026.5, 1],
  ])('refuses %p-%p', (year, month) => {
    expect(() => monthlyReportInstant(year, month, DEFAULT_REMINDER_RULES)).toThrow();
  });
});
