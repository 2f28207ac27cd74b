import type { CalendarDate } from '../calendar';

/** A calendar month, `YYYY-MM`; figures are cumulative to the month's last day. */
export type DisbursementMonth = string;

/** A date the UBND sets on the way to 100%: by 30/06 at least 40% disbursed. Rates are percentages 0–100. */
export interface DisbursementMilestone {
  date: CalendarDate;
  rate: number;
}

/** The plan's curve: 0% at the start of the year, the milestones, 100% on the target date (31/12 of the plan year). */
export interface DisbursementSettings {
  planId: string;
  targetDate: CalendarDate;
  milestones: DisbursementMilestone[];
  /** The work package that carries the disbursement target (3.1.d in the sample); it shows the plan's figure. */
  workPackageId: string | null;
  version: number;
}

/** A public-investment project of the plan's capital plan; amounts are whole đồng. */
export interface DisbursementProject {
  id: string;
  code: string;
  name: string;
  investorDepartmentId: string;
  capitalSource: string;
  allocated: number;
  /** The cumulative disbursed amount as of the view's month (the latest figure at or before it). */
  disbursed: number;
  /** The month that figure was reported for, or null when none yet. */
  reportedMonth: DisbursementMonth | null;
  rate: number;
  targetRate: number;
  belowCurve: boolean;
  version: number;
}

export interface DisbursementMonthPoint {
  month: DisbursementMonth;
  /** Plan-wide cumulative disbursed to the month's end; null for a month nobody has reported yet. */
  cumulative: number | null;
  rate: number | null;
  targetRate: number;
}

export interface DisbursementInvestor {
  departmentId: string;
  allocated: number;
  disbursed: number;
  rate: number;
  projects: number;
  belowCurve: number;
  rank: number;
}

/** `GET /api/plans/:id/disbursement` (contracts/api.md). */
export interface DisbursementOverview {
  planId: string;
  asOfMonth: DisbursementMonth | null;
  allocated: number;
  disbursed: number;
  rate: number;
  targetRate: number;
  settings: DisbursementSettings;
  months: DisbursementMonthPoint[];
  investors: DisbursementInvestor[];
  projects: DisbursementProject[];
}

/** The figure a work package shows: the same plan-wide numbers as the Disbursement page. */
export interface DisbursementSummary {
  planId: string;
  asOfMonth: DisbursementMonth | null;
  allocated: number;
  disbursed: number;
  rate: number;
  targetRate: number;
  workPackageId: string | null;
}
