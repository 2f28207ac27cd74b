import { CalendarDate, assertIsoDate, compareDates, daysBetween, todayIn } from '../calendar';
import { DEADLINE_CATEGORIES, DeadlineCategory, WorkPackage, isOpenStatus } from './work-package';

export type CategorizablePackage = Pick<WorkPackage, 'status' | 'dueDate' | 'completedOn'>;

/** Usual "orange" horizon of provincial systems; plans may configure another. */
export const DEFAULT_DUE_SOON_DAYS = 3;

/**
 * The reporting category as of a Hà Nội calendar date. Precedence: cancelled; done (completion date
 * against the due date); no due date; open and past due; not started; open on time.
 */
export const categorize = (pkg: CategorizablePackage, asOf: CalendarDate): DeadlineCategory => {
  assertIsoDate(asOf, 'asOf');
  if (pkg.status === 'cancelled') return 'cancelled';
  if (pkg.status === 'done') {
    // Approval always records completedOn; without one (or without a deadline) nothing shows it was late.
    if (pkg.completedOn === null || pkg.dueDate === null) return 'done_on_time';
    return compareDates(pkg.completedOn, pkg.dueDate) <= 0 ? 'done_on_time' : 'done_late';
  }
  if (pkg.dueDate === null) return 'no_deadline';
  if (compareDates(asOf, pkg.dueDate) > 0) return 'open_overdue';
  if (pkg.status === 'not_started') return 'not_started';
  return 'open_on_time';
};

/** The category at an instant, using that instant's Hà Nội date whatever the server's zone. */
export const categoryAt = (pkg: CategorizablePackage, instant: Date): DeadlineCategory => categorize(pkg, todayIn(instant));

/** A view predicate (the orange badge), not a state: open, due today or within `days` days. */
export const dueSoon = (pkg: CategorizablePackage, asOf: CalendarDate, days: number = DEFAULT_DUE_SOON_DAYS): boolean => {
  assertIsoDate(asOf, 'asOf');
  if (!isOpenStatus(pkg.status) || pkg.dueDate === null) return false;
  const left = daysBetween(asOf, pkg.dueDate);
  return left >= 0 && left <= days;
};

/** Counts per category with every category present, for summaries and dashboards. */
export const countByCategory = (pkgs: readonly CategorizablePackage[], asOf: CalendarDate): Record<DeadlineCategory, number> => {
  const counts = Object.fromEntries(DEADLINE_CATEGORIES.map((category) => [category, 0])) as Record<DeadlineCategory, number>;
  for (const pkg of pkgs) counts[categorize(pkg, asOf)] += 1;
  return counts;
};

/** Packages per reporting category; every category is present, zero included. */
export type CategoryCounts = Record<DeadlineCategory, number>;

/** The answer of `GET /deadlines/summary`. */
export interface DeadlineSummary {
  asOf: CalendarDate;
  total: number;
  byCategory: CategoryCounts;
  /** By lead department, most packages first. */
  byDepartment: { departmentId: string; total: number; byCategory: CategoryCounts }[];
}
