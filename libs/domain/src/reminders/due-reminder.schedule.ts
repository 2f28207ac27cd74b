import { CalendarDate, daysBetween, localTimeToUtc } from '../calendar';
import { DomainError } from '../errors/domain-error';
import { ReminderRules } from './reminder-rules';

export type DueReminderKind = `due-in-${number}` | 'due-today';
export type OverdueReminderKind = `overdue-${number}`;
export type ReminderKind = DueReminderKind | OverdueReminderKind;

export interface ScheduledReminder<K extends ReminderKind = ReminderKind> {
  kind: K;
  at: Date;
}

export interface OverdueReminder extends ScheduledReminder<OverdueReminderKind> {
  dayNumber: number;
  /** Also to the UBND office, not only the lead department. */
  escalate: boolean;
}

export const dueReminderKind = (offsetDays: number): DueReminderKind => (offsetDays === 0 ? 'due-today' : `due-in-${offsetDays}`);

export const overdueReminderKind = (dayNumber: number): OverdueReminderKind => `overdue-${dayNumber}`;

/** The instant every offset counts from: `hourOfDay` Hà Nội on the due date (08:00 → 01:00Z). */
export const dueInstant = (dueDate: CalendarDate, rules: Pick<ReminderRules, 'hourOfDay'>): Date => localTimeToUtc(dueDate, rules.hourOfDay);

/**
 * Reminders before an arbitrary due instant, earliest first: each offset is `offset × unitMs` earlier.
 * Tests that compress time pass a near instant and `unitMs = 1000`.
 */
export const dueRemindersBefore = (due: Date, rules: Pick<ReminderRules, 'offsetsDays' | 'unitMs'>): ScheduledReminder<DueReminderKind>[] =>
  [...new Set(rules.offsetsDays)]
    .sort((a, b) => b - a)
    .map((offset) => ({ kind: dueReminderKind(offset), at: new Date(due.getTime() - offset * rules.unitMs) }));

/**
 * The due-soon reminders of a package, earliest first, including past ones (the caller drops those
 * before now). With the production unit each lands at `hourOfDay` Hà Nội, since UTC+7 has no DST.
 */
export const dueReminderInstants = (dueDate: CalendarDate, rules: ReminderRules): ScheduledReminder<DueReminderKind>[] =>
  dueRemindersBefore(dueInstant(dueDate, rules), rules);

export const shouldEscalate = (dayNumber: number, rules: Pick<ReminderRules, 'escalateToUbndFromDay'>): boolean =>
  dayNumber >= 1 && dayNumber >= rules.escalateToUbndFromDay;

const sendsOnOverdueDay = (dayNumber: number, rules: ReminderRules): boolean =>
  dayNumber >= 1 && (rules.overdueDaily || dayNumber === 1 || dayNumber === rules.escalateToUbndFromDay);

const assertDayNumber = (dayNumber: number): void => {
  if (!Number.isInteger(dayNumber) || dayNumber < 1) throw new DomainError('VALIDATION_FAILED', `An overdue day number is a whole number from 1, got ${dayNumber}`);
};

/** When the overdue reminder of day `dayNumber` (1 = the day after the due date) goes out; null when the rules send none that day. */
export const overdueReminderAt = (dueDate: CalendarDate, dayNumber: number, rules: ReminderRules): Date | null => {
  assertDayNumber(dayNumber);
  if (!sendsOnOverdueDay(dayNumber, rules)) return null;
  return new Date(dueInstant(dueDate, rules).getTime() + dayNumber * rules.unitMs);
};

/** How many days overdue a package is on a Hà Nội date; 0 on or before the due date. */
export const overdueDayNumber = (dueDate: CalendarDate, asOf: CalendarDate): number => Math.max(0, daysBetween(dueDate, asOf));

/** The first overdue reminder strictly after `after`, so the worker can chain one job to the next. */
export const nextOverdueReminder = (dueDate: CalendarDate, after: Date, rules: ReminderRules): OverdueReminder | null => {
  const due = dueInstant(dueDate, rules).getTime();
  // floor(x) + 1 > x, so this day's reminder falls strictly after `after`.
  let dayNumber = Math.max(1, Math.floor((after.getTime() - due) / rules.unitMs) + 1);
  if (!rules.overdueDaily) {
    dayNumber = [1, rules.escalateToUbndFromDay].filter((day) => day >= dayNumber).sort((a, b) => a - b)[0] ?? Number.NaN;
    if (Number.isNaN(dayNumber)) return null;
  }
  return {
    kind: overdueReminderKind(dayNumber),
    at: new Date(due + dayNumber * rules.unitMs),
    dayNumber,
    escalate: shouldEscalate(dayNumber, rules),
  };
};
