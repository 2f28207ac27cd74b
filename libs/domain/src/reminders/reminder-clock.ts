import { CalendarDate, daysBetween, localTimeToUtc, todayIn } from '../calendar';
import { ReminderRules } from './reminder-rules';

/** One "day" of the schedule in production; tests and benchmarks shrink it (1000 makes every day a second). */
export const REMINDER_DAY_MS = 86_400_000;

/**
 * Where reminder planning reads the time and how schedule days map onto it. Injected, so tests drive time by hand;
 * production uses real days, tests compress them into `unitMs` with the due date that is "today" at `originMs` falling on the origin.
 */
export interface ReminderClock {
  now(): Date;
  unitMs: number;
  originMs?: number;
  /** Overdue reminders stop after this many days. */
  overdueMaxDays: number;
}

export const systemReminderClock = (frame: Omit<ReminderClock, 'now'>): ReminderClock => ({ ...frame, now: () => new Date() });

/** The instant every offset counts from: `hourOfDay` Hà Nội on the due date (08:00 → 01:00Z), or its compressed stand-in. */
export const dueInstant = (dueDate: CalendarDate, rules: Pick<ReminderRules, 'hourOfDay'>, clock: Pick<ReminderClock, 'unitMs' | 'originMs'>): Date => {
  if (clock.originMs === undefined || clock.unitMs === REMINDER_DAY_MS) return localTimeToUtc(dueDate, rules.hourOfDay);
  return new Date(clock.originMs + daysBetween(todayIn(new Date(clock.originMs)), dueDate) * clock.unitMs);
};
