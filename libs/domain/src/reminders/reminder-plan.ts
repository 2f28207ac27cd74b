import { CalendarDate } from '../calendar';
import { DueReminderKind, dueReminderKind, OverdueReminderKind, overdueReminderKind, parseReminderKind } from './reminder-kind';
import { dueInstant, ReminderClock } from './reminder-clock';
import { ReminderRules } from './reminder-rules';

export type PlannedReminder =
  | { type: 'due'; kind: DueReminderKind; at: Date; offsetDays: number }
  | {
      type: 'overdue';
      kind: OverdueReminderKind;
      at: Date;
      dayNumber: number;
      /** Also to the UBND office, not only the lead department. */
      escalate: boolean;
    };

type Frame = Pick<ReminderClock, 'unitMs' | 'originMs' | 'overdueMaxDays'>;

export const shouldEscalate = (dayNumber: number, rules: Pick<ReminderRules, 'escalateToUbndFromDay'>): boolean =>
  dayNumber >= 1 && dayNumber >= rules.escalateToUbndFromDay;

const sendsOnOverdueDay = (dayNumber: number, rules: ReminderRules, clock: Frame): boolean =>
  dayNumber >= 1 && dayNumber <= clock.overdueMaxDays && (rules.overdueDaily || dayNumber === 1 || dayNumber === rules.escalateToUbndFromDay);

const dueReminder = (due: number, offsetDays: number, clock: Frame): PlannedReminder => ({
  type: 'due',
  kind: dueReminderKind(offsetDays),
  at: new Date(due - offsetDays * clock.unitMs),
  offsetDays,
});

const overdueReminder = (due: number, dayNumber: number, rules: ReminderRules, clock: Frame): PlannedReminder => ({
  type: 'overdue',
  kind: overdueReminderKind(dayNumber),
  at: new Date(due + dayNumber * clock.unitMs),
  dayNumber,
  escalate: shouldEscalate(dayNumber, rules),
});

/** Every reminder the rules define for a deadline strictly after `after`, earliest first; lazy, since overdue days run long. */
export function* remindersAfter(dueDate: CalendarDate, rules: ReminderRules, clock: Frame, after: Date): Generator<PlannedReminder> {
  const due = dueInstant(dueDate, rules, clock).getTime();
  const from = after.getTime();
  for (const offset of [...new Set(rules.offsetsDays)].sort((a, b) => b - a)) {
    const reminder = dueReminder(due, offset, clock);
    if (reminder.at.getTime() > from) yield reminder;
  }
  // floor(x) + 1 > x, so the first day tried falls strictly after `after`.
  for (let day = Math.max(1, Math.floor((from - due) / clock.unitMs) + 1); day <= clock.overdueMaxDays; day++) {
    if (sendsOnOverdueDay(day, rules, clock)) yield overdueReminder(due, day, rules, clock);
  }
}

/** The reminder of a stored kind under the current rules, or null when the rules no longer send it. */
export const reminderOfKind = (dueDate: CalendarDate, kind: string, rules: ReminderRules, clock: Frame): PlannedReminder | null => {
  const parts = parseReminderKind(kind);
  if (!parts) return null;
  const due = dueInstant(dueDate, rules, clock).getTime();
  if (parts.type === 'due') return rules.offsetsDays.includes(parts.offsetDays) ? dueReminder(due, parts.offsetDays, clock) : null;
  return sendsOnOverdueDay(parts.dayNumber, rules, clock) ? overdueReminder(due, parts.dayNumber, rules, clock) : null;
};

export interface NextReminderInput {
  dueDate: CalendarDate;
  rules: ReminderRules;
  clock: ReminderClock;
  /** Kinds already delivered for this deadline (the deliveries table), whatever the rules were then. */
  delivered: ReadonlySet<string>;
  /** The reminder just sent, when chaining: the next one follows it however late the worker runs, so an outage drops nothing. */
  following?: PlannedReminder;
}

/**
 * The one reminder a deadline should have waiting: the earliest not yet delivered and later than every delivered one
 * (so a rule change never sends "3 days left" after "1 day left"). Without a reminder to follow (a new deadline, new
 * rules, reconciliation) it is also no older than one schedule day, so a new package does not get last week's reminders.
 */
export const nextReminder = ({ dueDate, rules, clock, delivered, following }: NextReminderInput): PlannedReminder | null => {
  let after = following ? following.at.getTime() : clock.now().getTime() - clock.unitMs;
  const sent = following ? new Set([...delivered, following.kind]) : delivered;
  for (const kind of sent) {
    const sent = reminderOfKind(dueDate, kind, rules, clock);
    if (sent && sent.at.getTime() > after) after = sent.at.getTime();
  }
  for (const reminder of remindersAfter(dueDate, rules, clock, new Date(after))) {
    if (!sent.has(reminder.kind)) return reminder;
  }
  return null;
};
