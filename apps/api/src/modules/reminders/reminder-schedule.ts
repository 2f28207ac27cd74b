import {
  CalendarDate,
  DEFAULT_REMINDER_RULES,
  REMINDER_DAY_MS,
  ReminderKind,
  ReminderRules,
  daysBetween,
  dueInstant,
  dueReminderInstants,
  nextOverdueReminder,
  reminderJobId,
  shouldEscalate,
  todayIn,
  validateReminderRules,
} from '@mandate/domain';
import { AppConfig } from '../../config/app-config';

/** How reminder "days" map onto real time: production days, or compressed units anchored at an origin (tests, benchmarks). */
export interface ReminderClock {
  unitMs: number;
  originMs?: number;
  overdueMaxDays: number;
}

export const reminderClockOf = (config: Pick<AppConfig, 'REMINDER_UNIT_MS' | 'REMINDER_TIME_ORIGIN_MS' | 'REMINDER_OVERDUE_MAX_DAYS'>): ReminderClock => ({
  unitMs: config.REMINDER_UNIT_MS,
  originMs: config.REMINDER_TIME_ORIGIN_MS,
  overdueMaxDays: config.REMINDER_OVERDUE_MAX_DAYS,
});

export interface PlannedReminder {
  kind: ReminderKind;
  at: Date;
  jobId: string;
  dayNumber: number | null;
  escalate: boolean;
}

/** A plan's stored rules over the defaults; the unit is the deployment's, never a plan's. Invalid stored rules fall back to the defaults. */
export function effectiveRules(stored: Partial<ReminderRules> | null | undefined, clock: ReminderClock): ReminderRules {
  const merged = { ...DEFAULT_REMINDER_RULES, ...(stored ?? {}), unitMs: clock.unitMs };
  return validateReminderRules(merged).length === 0 ? merged : { ...DEFAULT_REMINDER_RULES, unitMs: clock.unitMs };
}

/**
 * Milliseconds added to the domain's instants. 0 in production; with a compressed unit and an origin, the due date that is
 * "today" at the origin falls on the origin and each later date one unit after, so a test's due dates land seconds away.
 */
function shiftMs(dueDate: CalendarDate, rules: ReminderRules, clock: ReminderClock): number {
  if (clock.originMs === undefined || clock.unitMs === REMINDER_DAY_MS) return 0;
  const compressedDue = clock.originMs + daysBetween(todayIn(new Date(clock.originMs)), dueDate) * clock.unitMs;
  return compressedDue - dueInstant(dueDate, rules).getTime();
}

/** Every reminder of a deadline strictly after `after`, earliest first, until the first overdue one (later ones are chained). */
function remindersAfter(workPackageId: string, dueDate: CalendarDate, rules: ReminderRules, clock: ReminderClock, after: Date): PlannedReminder[] {
  const shift = shiftMs(dueDate, rules, clock);
  const planned: PlannedReminder[] = dueReminderInstants(dueDate, rules)
    .map(({ kind, at }) => ({ kind, at: new Date(at.getTime() + shift), jobId: reminderJobId({ workPackageId, kind, dueDate }), dayNumber: null, escalate: false }))
    .filter(({ at }) => at.getTime() > after.getTime());
  const overdue = nextOverdueReminder(dueDate, new Date(after.getTime() - shift), rules);
  if (overdue && overdue.dayNumber <= clock.overdueMaxDays) {
    planned.push({
      kind: overdue.kind,
      at: new Date(overdue.at.getTime() + shift),
      jobId: reminderJobId({ workPackageId, kind: overdue.kind, dueDate }),
      dayNumber: overdue.dayNumber,
      escalate: overdue.escalate,
    });
  }
  return planned;
}

/**
 * The one reminder a package should have waiting in BullMQ: the first after `now - catchUp`. One job per package keeps
 * Redis small; each processed reminder chains the next. The catch-up unit resends one that a Redis loss or a stopped worker missed.
 */
export function nextReminder(workPackageId: string, dueDate: CalendarDate, rules: ReminderRules, clock: ReminderClock, now: Date): PlannedReminder | null {
  return remindersAfter(workPackageId, dueDate, rules, clock, new Date(now.getTime() - clock.unitMs))[0] ?? null;
}

/** The reminder after a given one, for chaining. */
export function reminderAfter(workPackageId: string, dueDate: CalendarDate, current: PlannedReminder, rules: ReminderRules, clock: ReminderClock): PlannedReminder | null {
  return remindersAfter(workPackageId, dueDate, rules, clock, current.at)[0] ?? null;
}

/** The reminder of this kind for this deadline under the current rules, or null when the rules no longer send it. */
export function plannedReminderOf(workPackageId: string, dueDate: CalendarDate, kind: string, rules: ReminderRules, clock: ReminderClock): PlannedReminder | null {
  const shift = shiftMs(dueDate, rules, clock);
  const dueSoon = dueReminderInstants(dueDate, rules).find((r) => r.kind === kind);
  if (dueSoon) return { kind: dueSoon.kind, at: new Date(dueSoon.at.getTime() + shift), jobId: reminderJobId({ workPackageId, kind: dueSoon.kind, dueDate }), dayNumber: null, escalate: false };
  const match = /^overdue-(\d+)$/.exec(kind);
  if (!match) return null;
  const dayNumber = Number(match[1]);
  if (dayNumber < 1 || dayNumber > clock.overdueMaxDays) return null;
  // The reminder that follows the instant just before day N is day N itself, if the rules send one that day.
  const before = new Date(dueInstant(dueDate, rules).getTime() + (dayNumber - 1) * rules.unitMs);
  const overdue = nextOverdueReminder(dueDate, before, rules);
  if (!overdue || overdue.dayNumber !== dayNumber) return null;
  return { kind: overdue.kind, at: new Date(overdue.at.getTime() + shift), jobId: reminderJobId({ workPackageId, kind: overdue.kind, dueDate }), dayNumber, escalate: shouldEscalate(dayNumber, rules) };
}

/** Job ids a deadline may have waiting, to remove when it moves or ends: every due-soon kind and the overdue ones near now. */
export function jobIdsToRemove(workPackageId: string, dueDate: CalendarDate, rules: ReminderRules, clock: ReminderClock, now: Date): string[] {
  const ids = new Set(dueReminderInstants(dueDate, rules).map(({ kind }) => reminderJobId({ workPackageId, kind, dueDate })));
  const next = remindersAfter(workPackageId, dueDate, rules, clock, new Date(now.getTime() - clock.unitMs)).find((r) => r.dayNumber !== null);
  if (next?.dayNumber) {
    for (const day of [next.dayNumber - 1, next.dayNumber, next.dayNumber + 1]) {
      if (day >= 1) ids.add(reminderJobId({ workPackageId, kind: `overdue-${day}`, dueDate }));
    }
  }
  return [...ids];
}
