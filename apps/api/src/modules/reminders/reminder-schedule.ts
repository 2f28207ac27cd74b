import { DEFAULT_REMINDER_RULES, nextReminder, PlannedReminder, ReminderClock, ReminderRules, reminderJobId, systemReminderClock, validateReminderRules } from '@mandate/domain';
import { AppConfig } from '../../config/app-config';
import { isOpen, PackageReminderState } from './reminder-state';

/** The deployment's reminder clock: real days in production, compressed units anchored at an origin in tests and benchmarks. */
export const reminderClockOf = (config: Pick<AppConfig, 'REMINDER_UNIT_MS' | 'REMINDER_TIME_ORIGIN_MS' | 'REMINDER_OVERDUE_MAX_DAYS'>): ReminderClock =>
  systemReminderClock({ unitMs: config.REMINDER_UNIT_MS, originMs: config.REMINDER_TIME_ORIGIN_MS, overdueMaxDays: config.REMINDER_OVERDUE_MAX_DAYS });

/** A plan's stored rules over the defaults; keys that are no longer rules (an old `weeklyDigest`, `unitMs`) are dropped. */
export function reminderRulesOf(stored: Partial<ReminderRules> | null | undefined): ReminderRules {
  const { offsetsDays, hourOfDay, overdueDaily, escalateToUbndFromDay, monthlyReportDay } = { ...DEFAULT_REMINDER_RULES, ...(stored ?? {}) };
  return { offsetsDays, hourOfDay, overdueDaily, escalateToUbndFromDay, monthlyReportDay };
}

/** The rules scheduling uses: invalid stored rules fall back to the defaults. */
export function effectiveRules(stored: Partial<ReminderRules> | null | undefined): ReminderRules {
  const rules = reminderRulesOf(stored);
  return validateReminderRules(rules).length === 0 ? rules : { ...DEFAULT_REMINDER_RULES };
}

export interface ReminderEntry {
  workPackageId: string;
  dueDate: string;
  reminder: PlannedReminder;
  jobId: string;
}

/** The one job an open package with a deadline should have waiting, from what was delivered (and the reminder just sent); null when none is left. */
export function nextEntry(state: PackageReminderState, clock: ReminderClock, following?: PlannedReminder): ReminderEntry | null {
  if (!isOpen(state) || state.dueDate === null) return null;
  const reminder = nextReminder({ dueDate: state.dueDate, rules: effectiveRules(state.planRules), clock, delivered: new Set(state.deliveredKinds), following });
  if (!reminder) return null;
  return { workPackageId: state.workPackageId, dueDate: state.dueDate, reminder, jobId: reminderJobId({ workPackageId: state.workPackageId, kind: reminder.kind, at: reminder.at }) };
}
