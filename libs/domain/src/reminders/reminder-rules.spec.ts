import { DomainError } from '../errors/domain-error';
import { DEFAULT_REMINDER_RULES, REMINDER_DAY_MS, ReminderRules, assertValidReminderRules, validateReminderRules } from './reminder-rules';

describe('DEFAULT_REMINDER_RULES', () => {
  it('holds the design defaults', () => {
    expect(DEFAULT_REMINDER_RULES).toEqual({
      offsetsDays: [7, 3, 1, 0],
      hourOfDay: '08:00',
      overdueDaily: true,
      escalateToUbndFromDay: 3,
      monthlyReportDay: 15,
      weeklyDigest: { weekday: 1, hour: '07:30' },
      unitMs: 86_400_000,
    });
    expect(REMINDER_DAY_MS).toBe(86_400_000);
  });

  it('is valid and cannot be changed by accident', () => {
    expect(validateReminderRules(DEFAULT_REMINDER_RULES)).toEqual([]);
    expect(Object.isFrozen(DEFAULT_REMINDER_RULES)).toBe(true);
  });
});

describe('validateReminderRules', () => {
  it.each<[string, Partial<Record<keyof ReminderRules, unknown>>, string[]]>([
    ['test-time compression', { unitMs: 1000 }, []],
    ['no due-soon reminders at all', { offsetsDays: [] }, []],
    ['a 14-day reminder', { offsetsDays: [14, 7, 0] }, []],
    ['a negative offset', { offsetsDays: [7, -1] }, ['offsetsDays']],
    ['a fractional offset', { offsetsDays: [1.5] }, ['offsetsDays']],
    ['a repeated offset', { offsetsDays: [3, 3] }, ['offsetsDays']],
    ['offsets not a list', { offsetsDays: 7 }, ['offsetsDays']],
    ['an hour without minutes', { hourOfDay: '8' }, ['hourOfDay']],
    ['hour 24:00', { hourOfDay: '24:00' }, ['hourOfDay']],
    ['overdueDaily as text', { overdueDaily: 'yes' }, ['overdueDaily']],
    ['escalation from day 0', { escalateToUbndFromDay: 0 }, ['escalateToUbndFromDay']],
    ['a monthly day 31 (last day)', { monthlyReportDay: 31 }, []],
    ['a monthly day 32', { monthlyReportDay: 32 }, ['monthlyReportDay']],
    ['weekday 0', { weeklyDigest: { weekday: 0, hour: '07:30' } }, ['weeklyDigest.weekday']],
    ['weekday 7 (Sunday)', { weeklyDigest: { weekday: 7, hour: '07:30' } }, []],
    ['a digest hour of 7:30', { weeklyDigest: { weekday: 1, hour: '7:30' } }, ['weeklyDigest.hour']],
    ['no digest', { weeklyDigest: null }, ['weeklyDigest.weekday', 'weeklyDigest.hour']],
    ['unit 0', { unitMs: 0 }, ['unitMs']],
    ['a unit longer than a day', { unitMs: REMINDER_DAY_MS + 1 }, ['unitMs']],
  ])('%s → %j', (_case, change, fields) => {
    expect(validateReminderRules({ ...DEFAULT_REMINDER_RULES, ...change }).map((p) => p.field)).toEqual(fields);
  });

  it('assertValidReminderRules throws VALIDATION_FAILED with the problems', () => {
    expect(() => assertValidReminderRules({ ...DEFAULT_REMINDER_RULES, hourOfDay: 'morning' })).toThrow(DomainError);
    expect(assertValidReminderRules(DEFAULT_REMINDER_RULES)).toBe(DEFAULT_REMINDER_RULES);
  });
});
