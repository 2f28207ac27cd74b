import { CalendarDate, calendarDateOf, compareDates, daysBetween, isValidIsoDate, lastDayOfMonth } from '../calendar';
import { FieldProblem } from '../errors/domain-error';
import { DisbursementMilestone, DisbursementMonth } from './disbursement';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isDisbursementMonth = (value: unknown): value is DisbursementMonth => typeof value === 'string' && MONTH.test(value);

export const monthOf = (date: CalendarDate): DisbursementMonth => date.slice(0, 7);

export const lastDayOfDisbursementMonth = (month: DisbursementMonth): CalendarDate => {
  const [year, mon] = month.split('-').map(Number);
  return lastDayOfMonth(year, mon);
};

export const nextMonth = (month: DisbursementMonth): DisbursementMonth => {
  const [year, mon] = month.split('-').map(Number);
  return mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
};

/** Every month from `from` to `to`, both included. */
export const monthsBetween = (from: DisbursementMonth, to: DisbursementMonth): DisbursementMonth[] => {
  const months: DisbursementMonth[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
};

/** Percent, two decimals: 45.67 means 45,67%. An empty allocation has nothing to disburse, so its rate is 0. */
export const disbursementRate = (disbursed: number, allocated: number): number => (allocated > 0 ? Math.round((disbursed / allocated) * 10_000) / 100 : 0);

/** The curve starts at 0% on 31/12 of the year before the target date's year. */
export const curveStartOf = (targetDate: CalendarDate): CalendarDate => calendarDateOf(Number(targetDate.slice(0, 4)) - 1, 12, 31);

/**
 * The target cumulative rate on a day: linear between the points 0% at the curve's start, each milestone, and 100% on the
 * target date; 0 before the start, 100 after the target date. Two decimals.
 */
export function targetRateOn(date: CalendarDate, targetDate: CalendarDate, milestones: readonly DisbursementMilestone[]): number {
  const points: DisbursementMilestone[] = [{ date: curveStartOf(targetDate), rate: 0 }, ...[...milestones].sort((a, b) => compareDates(a.date, b.date)), { date: targetDate, rate: 100 }];
  if (compareDates(date, points[0].date) <= 0) return 0;
  for (let i = 1; i < points.length; i++) {
    const [from, to] = [points[i - 1], points[i]];
    if (compareDates(date, to.date) <= 0) {
      const span = daysBetween(from.date, to.date);
      const rate = span === 0 ? to.rate : from.rate + ((to.rate - from.rate) * daysBetween(from.date, date)) / span;
      return Math.round(rate * 100) / 100;
    }
  }
  return 100;
}

export const targetRateOfMonth = (month: DisbursementMonth, targetDate: CalendarDate, milestones: readonly DisbursementMilestone[]): number =>
  targetRateOn(lastDayOfDisbursementMonth(month), targetDate, milestones);

/** Below the curve: the project's cumulative rate is under the target for the month it is judged at. */
export const isBelowCurve = (rate: number, targetRate: number): boolean => rate < targetRate;

/** Milestones fall strictly inside the curve, on distinct days, with rates that never go down. */
export function validateMilestones(value: unknown, targetDate: CalendarDate): FieldProblem[] {
  if (!Array.isArray(value)) return [{ field: 'milestones', message: 'must be a list of {date, rate}', rule: 'isArray' }];
  const problems: FieldProblem[] = [];
  const start = curveStartOf(targetDate);
  value.forEach((m: unknown, i) => {
    const field = `milestones[${i}]`;
    const candidate = (typeof m === 'object' && m !== null ? m : {}) as { date?: unknown; rate?: unknown };
    if (!isValidIsoDate(candidate.date)) problems.push({ field: `${field}.date`, message: 'must be a date YYYY-MM-DD', rule: 'isDate' });
    else if (compareDates(candidate.date, start) <= 0 || compareDates(candidate.date, targetDate) >= 0) problems.push({ field: `${field}.date`, message: `must fall after ${start} and before ${targetDate}`, rule: 'outsideCurve' });
    if (typeof candidate.rate !== 'number' || !Number.isFinite(candidate.rate) || candidate.rate <= 0 || candidate.rate >= 100) problems.push({ field: `${field}.rate`, message: 'must be a percentage above 0 and below 100', rule: 'exclusiveRange', params: { min: 0, max: 100 } });
  });
  if (problems.length > 0) return problems;
  const sorted = [...(value as DisbursementMilestone[])].sort((a, b) => compareDates(a.date, b.date));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].date === sorted[i - 1].date) problems.push({ field: 'milestones', message: `two milestones on ${sorted[i].date}`, rule: 'notAscending' });
    else if (sorted[i].rate < sorted[i - 1].rate) problems.push({ field: 'milestones', message: `the rate on ${sorted[i].date} is below an earlier milestone's`, rule: 'notAscending' });
  }
  return problems;
}
