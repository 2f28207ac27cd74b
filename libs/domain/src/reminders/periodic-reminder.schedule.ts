import { calendarDateOf, daysInMonth, localTimeToUtc } from '../calendar';
import { DomainError } from '../errors/domain-error';
import { ReminderRules } from './reminder-rules';

/** The monthly progress-report reminder: `monthlyReportDay` (clamped to the month's last day) at `hourOfDay` Hà Nội. */
export const monthlyReportInstant = (year: number, month: number, rules: Pick<ReminderRules, 'monthlyReportDay' | 'hourOfDay'>): Date => {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError('VALIDATION_FAILED', `No month ${year}-${month}`);
  }
  const day = Math.min(rules.monthlyReportDay, daysInMonth(year, month));
  return localTimeToUtc(calendarDateOf(year, month, day), rules.hourOfDay);
};
