import { addDays, assertIsoDate, calendarDateOf, CalendarDate, compareDates, daysBetween, daysInMonth, lastDayOfMonth } from '../calendar';
import { DomainError } from '../errors/domain-error';
import type { FieldRule } from '../errors/field-rules';
import type { SupervisionCategory } from '../supervision';
import { CategoryCounts, DeadlineCategory } from '../work-package';
import { parseReportPeriod, ReportPeriodKind } from './report-period';

/**
 * What one league table counts. With a period, the packages due within [from, to], categorized as of the period's
 * end (or today while it runs); without one, every package of the plan as of `asOf`, exactly as the deadline summary.
 */
export interface LeagueWindow {
  from: CalendarDate | null;
  to: CalendarDate | null;
  asOf: CalendarDate;
}

/** The categories whose deadline has come: the base of the rates (done ones count whenever they were finished). */
export const LEAGUE_DUE_CATEGORIES = ['done_on_time', 'done_late', 'open_overdue'] as const satisfies readonly DeadlineCategory[];
/** The categories whose days late are averaged. */
export const LEAGUE_LATE_CATEGORIES = ['done_late', 'open_overdue'] as const satisfies readonly DeadlineCategory[];

/**
 * The ranking rule, in order: higher on-time rate; then lower overdue rate; then fewer average days late; departments
 * with nothing due yet come last. Equal keys share a rank. The API orders by exactly these keys (LEAGUE_RANK_ORDER_SQL).
 */
/** The timeliness words a supervision request can take, in the order the league's drill-down lists them. */
export const LEAGUE_REQUEST_CATEGORIES = ['done_on_time', 'done_late', 'open_overdue', 'open_on_time', 'cancelled'] as const satisfies readonly SupervisionCategory[];

/**
 * The supervision requests addressed to a department, counted as its packages are: due in the window (or all, as of
 * a date), each categorized by the one package rule (answered = done on the answer's date, open = in progress).
 */
export interface LeagueRequests {
  total: number;
  byCategory: Record<SupervisionCategory, number>;
  /** done_on_time + done_late + open_overdue: requests whose response deadline has come. */
  due: number;
}

export const LEAGUE_RANKING_RULE = ['onTimeRate desc', 'overdueRate asc', 'avgDaysLate asc', 'nothing due last'] as const;

export interface LeagueRow {
  departmentId: string;
  /** Packages in the window, cancelled ones included (as in the deadline summary). */
  total: number;
  byCategory: CategoryCounts;
  /** done_on_time + done_late + open_overdue: the base of the rates. */
  due: number;
  /** done_on_time / due, 0..1; null when nothing is due. */
  onTimeRate: number | null;
  /** open_overdue / due, 0..1; null when nothing is due. */
  overdueRate: number | null;
  /** Mean days past the due date of late packages (finished late: until completion; still open: until asOf); null when none. */
  avgDaysLate: number | null;
  rank: number;
  /** Supervision requests addressed to the department (not part of the rank: the rule ranks the packages). */
  requests: LeagueRequests;
  /** Requests answered on time / requests due, 0..1; null when none is due. */
  requestsOnTimeRate: number | null;
  /** The same department in the previous window; null when it had no row there. */
  previous: { onTimeRate: number | null; overdueRate: number | null; avgDaysLate: number | null; rank: number; requestsOnTimeRate: number | null } | null;
}

/** `GET /api/reports/league`. */
export interface LeagueTable {
  planId: string | null;
  window: LeagueWindow;
  previousWindow: LeagueWindow;
  ranking: typeof LEAGUE_RANKING_RULE;
  items: LeagueRow[];
}

const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (compareDates(a, b) <= 0 ? a : b);

/** The same day one month earlier, clamped to the month's end (31/03 → 28/02 or 29/02). */
export const oneMonthBefore = (date: CalendarDate): CalendarDate => {
  const [year, month, day] = assertIsoDate(date).split('-').map(Number);
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return calendarDateOf(y, m, Math.min(day, daysInMonth(y, m)));
};

/** The number of calendar months [from, to] spans when it starts on a 1st and ends on a month's last day, else null. */
const wholeMonths = (from: CalendarDate, to: CalendarDate): number | null => {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  if (fd !== 1 || to !== lastDayOfMonth(ty, tm)) return null;
  return (ty - fy) * 12 + (tm - fm) + 1;
};

const monthsBefore = (firstOfMonth: CalendarDate, months: number): CalendarDate => {
  const [year, month] = firstOfMonth.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  return calendarDateOf(Math.floor(index / 12), (index % 12) + 1, 1);
};

const invalid = (field: string, message: string, rule: FieldRule): DomainError => new DomainError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message, rule }]);

/**
 * The window asked for and the one it is compared with. A period [from, to] is compared with the period of the same
 * length just before it; an as-of date with the same date one month earlier.
 */
export const resolveLeagueWindows = (input: { from?: string; to?: string; asOf?: string }, today: CalendarDate): { current: LeagueWindow; previous: LeagueWindow } => {
  if (input.from !== undefined || input.to !== undefined) {
    if (input.from === undefined) throw invalid('from', 'is required with to', 'required');
    if (input.to === undefined) throw invalid('to', 'is required with from', 'required');
    if (input.asOf !== undefined) throw invalid('asOf', 'cannot be combined with from and to', 'notWithRange');
    const from = assertIsoDate(input.from, 'from');
    const to = assertIsoDate(input.to, 'to');
    if (compareDates(from, to) > 0) throw invalid('to', 'must not be before from', 'notBeforeStart');
    const previousTo = addDays(from, -1);
    const months = wholeMonths(from, to);
    // Whole months compare with as many months before (Q2 with Q1); any other range with the same number of days before.
    const previousFrom = months === null ? addDays(previousTo, -daysBetween(from, to)) : monthsBefore(from, months);
    return {
      current: { from, to, asOf: minDate(to, today) },
      previous: { from: previousFrom, to: previousTo, asOf: minDate(previousTo, today) },
    };
  }
  const asOf = input.asOf === undefined ? today : assertIsoDate(input.asOf, 'asOf');
  return { current: { from: null, to: null, asOf }, previous: { from: null, to: null, asOf: oneMonthBefore(asOf) } };
};

/** The reporting period of a kind (month, quarter, 6 months, year) that contains `date`, as the periodic report reads it. */
export const periodContaining = (kind: ReportPeriodKind, date: CalendarDate): { from: CalendarDate; to: CalendarDate } => {
  const [year, month] = assertIsoDate(date).split('-').map(Number);
  const key = { month: `${year}-${String(month).padStart(2, '0')}`, quarter: `${year}-Q${Math.ceil(month / 3)}`, half: `${year}-H${month <= 6 ? 1 : 2}`, year: `${year}` }[kind];
  const { from, to } = parseReportPeriod(key);
  return { from, to };
};
