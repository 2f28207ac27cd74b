import type { CalendarDate } from '../calendar';
import type { ParsedDeadline } from '../plan-document';
import type { PlanSummary } from '../plan';
import type { LeagueRow } from '../report';
import type { SupervisionRequest } from '../supervision';
import type { CategoryCounts, DeadlineCategory, WorkPackageStatus } from '../work-package';

/** How far ahead a department's home looks for packages coming due. */
export const HOME_DUE_SOON_DAYS = 7;
/** Packages listed per block of a home page; each block also carries its full count. */
export const HOME_LIST_LIMIT = 8;
/** Departments shown at each end of the league on the HĐND home. */
export const HOME_LEAGUE_EDGE = 3;

/** A package as a home page lists it (a card: every role reads it). */
export interface HomePackage {
  id: string;
  title: string;
  status: WorkPackageStatus;
  category: DeadlineCategory;
  dueDate: CalendarDate | null;
  leadDepartmentId: string;
}

export interface HomeList<T = HomePackage> {
  count: number;
  items: T[];
}

/** A package sent back by the UBND office, with the reason given. */
export interface ReturnedPackage extends HomePackage {
  reason: string | null;
  /** ISO instant of the return. */
  returnedAt: string;
}

export interface PendingExtension {
  id: string;
  workPackageId: string;
  title: string;
  leadDepartmentId: string;
  currentDueDate: CalendarDate;
  requestedDueDate: CalendarDate;
  reason: string;
}

/**
 * Supervision requests still waiting for an answer (status `open`), overdue first, then soonest due; `overdue` counts
 * those past their response deadline (the `open_overdue` category).
 */
export interface HomeRequests extends HomeList<SupervisionRequest> {
  overdue: number;
}

interface HomeBase {
  asOf: CalendarDate;
  /** The plan the page shows: the one asked for, else the current plan, else the latest; null when there is none. */
  plan: PlanSummary | null;
  /** The plan's explicit deadlines (e.g. 31/12/2026 disbursement), soonest first, for the countdown. */
  deadlines: ParsedDeadline[];
  /** The plan's packages by category as of `asOf` (the deadline summary's numbers). */
  byCategory: CategoryCounts;
  total: number;
  /**
   * Open supervision requests of the plan (and those tied to no plan, e.g. about a department): for the UBND every
   * one (it answers any), for a department those addressed to it, for the HĐND and the admin every one.
   */
  requests: HomeRequests;
}

/** The UBND office: what waits for its decision and who is behind. */
export interface UbndHome extends HomeBase {
  kind: 'ubnd';
  submitted: HomeList;
  extensions: HomeList<PendingExtension>;
  /** Departments with overdue open packages, most first. */
  overdueByDepartment: { departmentId: string; overdue: number }[];
}

/** A department: its own work. */
export interface DepartmentHome extends HomeBase {
  kind: 'department';
  departmentId: string;
  dueSoon: HomeList;
  overdue: HomeList;
  returned: HomeList<ReturnedPackage>;
  blocked: HomeList;
  /** Its row of the league table as of `asOf` (on-time rate, rank). */
  league: LeagueRow | null;
  /** How many departments the league ranks. */
  ranked: number;
}

/** The HĐND (and the admin): the plan at a glance. */
export interface OverviewHome extends HomeBase {
  kind: 'overview';
  leagueTop: LeagueRow[];
  leagueBottom: LeagueRow[];
  ranked: number;
}

/** `GET /api/home`: one answer per role. */
export type HomeView = UbndHome | DepartmentHome | OverviewHome;
