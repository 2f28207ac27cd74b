import { ReminderRules } from '../reminders/reminder-rules';
import { parseReminderKind, ReminderKind } from '../reminders/reminder-kind';

/**
 * Reminders of a response deadline, on the package reminder schedule: 3 days before, and once on the first overdue day
 * (escalated, so the UBND office hears of it too).
 */
export const SUPERVISION_REMINDER_RULES: ReminderRules = { offsetsDays: [3], hourOfDay: '08:00', overdueDaily: false, escalateToUbndFromDay: 1, monthlyReportDay: 15 };

const PREFIX = 'supervision-r';

/** The kind a request's reminder or event is stored and keyed under: the round first, so a reopened request starts afresh. */
export const supervisionDeliveryKind = (round: number, kind: ReminderKind | 'raised' | 'answered' | 'reopened' | 'closed'): string => `${PREFIX}${round}-${kind}`;

/** The reminder kind of a stored delivery kind of this round, or null (an event, another round). */
export const supervisionReminderKindOf = (stored: string, round: number): ReminderKind | null => {
  const prefix = `${PREFIX}${round}-`;
  if (!stored.startsWith(prefix)) return null;
  const rest = stored.slice(prefix.length);
  return parseReminderKind(rest) ? (rest as ReminderKind) : null;
};

/** `supervision-<request>-r<round>-<kind>-<epoch ms>`: deterministic, no `:`. */
export const supervisionReminderJobId = (requestId: string, round: number, kind: ReminderKind, at: Date): string => `supervision-${requestId}-r${round}-${kind}-${at.getTime()}`;
