import { addDays, calendarDateOf, daysInMonth, localTimeToUtc, todayIn, weekdayOf } from '../calendar';
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

/** The next weekly digest at or after an instant (the same instant if it is exactly digest time). */
export const weeklyDigestInstant = (onOrAfter: Date, rules: Pick<ReminderRules, 'weeklyDigest'>): Date => {
  const today = todayIn(onOrAfter);
  const daysAhead = (rules.weeklyDigest.weekday - weekdayOf(today) + 7) % 7;
  const candidate = localTimeToUtc(addDays(today, daysAhead), rules.weeklyDigest.hour);
  return candidate.getTime() >= onOrAfter.getTime() ? candidate : localTimeToUtc(addDays(today, daysAhead + 7), rules.weeklyDigest.hour);
};
