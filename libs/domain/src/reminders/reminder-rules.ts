import { isValidLocalTime, LocalTime } from '../calendar';
import { DomainError, FieldProblem } from '../errors/domain-error';
import type { FieldRule, FieldRuleParams } from '../errors/field-rules';

/** When reminders go out; the defaults are the design's, editable per plan. */
export interface ReminderRules {
  /** Days before the due date (0 is the due day itself). */
  offsetsDays: number[];
  /** Hà Nội wall-clock time every dated reminder is sent at. */
  hourOfDay: LocalTime;
  /** Remind the lead department every day a package is overdue; if false, only on day 1 and on the escalation day. */
  overdueDaily: boolean;
  /** The overdue day (1 = the day after the due date) from which the UBND office is told too. */
  escalateToUbndFromDay: number;
  /** Day of the month for the progress-report reminder; a day past the month's end means its last day. */
  monthlyReportDay: number;
}

export const DEFAULT_REMINDER_RULES: Readonly<ReminderRules> = Object.freeze({
  offsetsDays: [7, 3, 1, 0],
  hourOfDay: '08:00',
  overdueDaily: true,
  escalateToUbndFromDay: 3,
  monthlyReportDay: 15,
});

const MAX_OFFSET_DAYS = 366;

const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Every problem with a rule set (e.g. a plan's settings form); empty when valid. */
export const validateReminderRules = (rules: { [K in keyof ReminderRules]?: unknown }): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string, rule: FieldRule, params?: FieldRuleParams) => problems.push({ field, message, rule, ...(params && { params }) });
  const { offsetsDays, hourOfDay, overdueDaily, escalateToUbndFromDay, monthlyReportDay } = rules;

  if (!Array.isArray(offsetsDays) || !offsetsDays.every((n) => isWholeIn(n, 0, MAX_OFFSET_DAYS))) {
    add('offsetsDays', `offsetsDays must be a list of whole days from 0 to ${MAX_OFFSET_DAYS}`, 'intRange', { min: 0, max: MAX_OFFSET_DAYS });
  } else if (new Set(offsetsDays).size !== offsetsDays.length) {
    add('offsetsDays', 'offsetsDays lists the same day twice', 'arrayUnique');
  }
  if (!isValidLocalTime(hourOfDay)) add('hourOfDay', 'hourOfDay must be a time written HH:mm', 'isTime');
  if (typeof overdueDaily !== 'boolean') add('overdueDaily', 'overdueDaily must be true or false', 'isBoolean');
  if (!isWholeIn(escalateToUbndFromDay, 1, MAX_OFFSET_DAYS)) add('escalateToUbndFromDay', `escalateToUbndFromDay must be a whole day from 1 to ${MAX_OFFSET_DAYS}`, 'intRange', { min: 1, max: MAX_OFFSET_DAYS });
  if (!isWholeIn(monthlyReportDay, 1, 31)) add('monthlyReportDay', 'monthlyReportDay must be a day of the month from 1 to 31', 'intRange', { min: 1, max: 31 });
  return problems;
};

export const assertValidReminderRules = (rules: { [K in keyof ReminderRules]?: unknown }): ReminderRules => {
  const problems = validateReminderRules(rules);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'The reminder rules are not valid', problems);
  return rules as ReminderRules;
};
