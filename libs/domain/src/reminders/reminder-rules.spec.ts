import { DomainError } from '../errors/domain-error';
import { DEFAULT_REMINDER_RULES, ReminderRules, assertValidReminderRules, validateReminderRules } from './reminder-rules';

describe('DEFAULT_REMINDER_RULES', () => {
  it('holds the design defaults', () => {
    expect(DEFAULT_REMINDER_RULES).toEqual({
      offsetsDays: [7, 3, 1, 0],
      hourOfDay: '08:00',
      overdueDaily: true,
      escalateToUbndFromDay: 3,
      monthlyReportDay: 15,
    });
  });

  it('is valid and cannot be changed by accident', () => {
    expect(validateReminderRules(DEFAULT_REMINDER_RULES)).toEqual([]);
    expect(Object.isFrozen(DEFAULT_REMINDER_RULES)).toBe(true);
  });
});

describe('validateReminderRules', () => {
  it.each<[string, Partial<Record<keyof ReminderRules, unknown>>, string[]]>([
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
  ])('%s → %j', (_case, change, fields) => {
    expect(validateReminderRules({ ...DEFAULT_REMINDER_RULES, ...change }).map((p) => p.field)).toEqual(fields);
  });

  it('assertValidReminderRules throws VALIDATION_FAILED with the problems', () => {
    expect(() => assertValidReminderRules({ ...DEFAULT_REMINDER_RULES, hourOfDay: 'morning' })).toThrow(DomainError);
    expect(assertValidReminderRules(DEFAULT_REMINDER_RULES)).toBe(DEFAULT_REMINDER_RULES);
  });
});
