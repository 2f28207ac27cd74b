import { DEFAULT_REMINDER_RULES } from './reminder-rules';
import { monthlyReportInstant, weeklyDigestInstant } from './periodic-reminder.schedule';

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

describe('weeklyDigestInstant', () => {
  it.each<[string, string]>([
    ['2026-12-24T05:00:00.000Z', '2026-12-28T00:30:00.000Z'],
    ['2026-12-27T17:00:00.000Z', '2026-12-28T00:30:00.000Z'],
    ['2026-12-28T00:30:00.000Z', '2026-12-28T00:30:00.000Z'],
    ['2026-12-28T00:30:00.001Z', '2027-01-04T00:30:00.000Z'],
    ['2026-12-27T16:59:59.999Z', '2026-12-28T00:30:00.000Z'],
  ])('after %s the Monday 07:30 digest is at %s', (after, expected) => {
    expect(weeklyDigestInstant(new Date(after), DEFAULT_REMINDER_RULES).toISOString()).toBe(expected);
  });

  it('honours another weekday and hour', () => {
    const friday = { weeklyDigest: { weekday: 5, hour: '16:00' } };
    expect(weeklyDigestInstant(new Date('2026-12-28T00:00:00Z'), friday).toISOString()).toBe('2027-01-01T09:00:00.000Z');
  });
});
