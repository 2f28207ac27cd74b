import { CalendarDate, calendarDateOf, compareDates } from '../calendar/calendar-date.util';
import { lastDayOfMonth } from '../calendar/period-end.util';
import { formatDateVi } from '../calendar/vietnamese-date-format.util';
import { DomainError } from '../errors/domain-error';

export const REPORT_PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

/** A reporting period written as the indicator periods are: `2026-06`, `2026-Q2`, `2026-H1`, `2026`. */
export interface ReportPeriod {
  key: string;
  kind: ReportPeriodKind;
  year: number;
  from: CalendarDate;
  to: CalendarDate;
  label: { vi: string; en: string };
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

const periodOf = (key: string, kind: ReportPeriodKind, year: number, firstMonth: number, lastMonth: number, vi: string, en: string): ReportPeriod => ({
  key,
  kind,
  year,
  from: calendarDateOf(year, firstMonth, 1),
  to: lastDayOfMonth(year, lastMonth),
  label: { vi, en },
});

const badPeriod = (field: string, value: unknown): DomainError => {
  const message = `must be a month (2026-06), a quarter (2026-Q2), a half year (2026-H1) or a year (2026); got "${String(value)}"`;
  return new DomainError('VALIDATION_FAILED', `${field} ${message}`, [{ field, message, rule: 'isPeriod' }]);
};

/** The period a key names, or VALIDATION_FAILED naming the field. */
export function parseReportPeriod(value: unknown, field = 'period'): ReportPeriod {
  const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/.exec(text);
  if (!match) throw badPeriod(field, value);
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) throw badPeriod(field, value);
  if (match[2]) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) throw badPeriod(field, value);
    return periodOf(text, 'month', year, month, month, `Tháng ${month}/${year}`, `${year}-${match[2]}`);
  }
  if (match[3]) {
    const q = Number(match[3]);
    return periodOf(text, 'quarter', year, q * 3 - 2, q * 3, `Quý ${ROMAN_QUARTERS[q - 1]}/${year}`, `Q${q} ${year}`);
  }
  if (match[4]) {
    const h = Number(match[4]);
    return h === 1
      ? periodOf(text, 'half', year, 1, 6, `6 tháng đầu năm ${year}`, `First half of ${year}`)
      : periodOf(text, 'half', year, 7, 12, `6 tháng cuối năm ${year}`, `Second half of ${year}`);
  }
  return periodOf(text, 'year', year, 1, 12, `Năm ${year}`, `Year ${year}`);
}

/** Provincial reports close their figures on the 14th of the period's last month. */
export const defaultCutOff = (period: ReportPeriod): CalendarDate => {
  const [year, month] = period.to.split('-').map(Number);
  return calendarDateOf(year, month, 14);
};

/** The cut-off asked for (default the 14th of the last month); one outside the period is VALIDATION_FAILED on `cutOff`. */
export function resolveCutOff(period: ReportPeriod, cutOff: CalendarDate | undefined): CalendarDate {
  if (cutOff === undefined) return defaultCutOff(period);
  if (compareDates(cutOff, period.from) < 0 || compareDates(cutOff, period.to) > 0) {
    const message = `must fall within the period (${formatDateVi(period.from)}–${formatDateVi(period.to)})`;
    throw new DomainError('VALIDATION_FAILED', `cutOff ${message}`, [{ field: 'cutOff', message, rule: 'outsidePeriod' }]);
  }
  return cutOff;
}
