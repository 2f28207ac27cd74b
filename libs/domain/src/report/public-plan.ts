import type { DisbursementMonthPoint } from '../disbursement/disbursement';
import type { TargetStatus } from '../indicator/indicator';
import type { CategoryCounts } from '../work-package/deadline-category';

/**
 * The published transparency summary of a plan: counts and names of departments only, never a person, comment,
 * report text, evidence or supervision content.
 */
export interface PublicPlanSummary {
  plan: { id: string; number: string | null; title: string; issuer: string | null; planYear: number | null };
  asOf: string;
  /** The latest change to the plan's packages, an instant. */
  lastUpdatedAt: string;
  publishedAt: string;
  packages: {
    total: number;
    byCategory: CategoryCounts;
    byDepartment: { departmentName: string; total: number; byCategory: CategoryCounts }[];
  };
  /** Each key indicator's targets with their status and latest figure (no assessment notes, no reporter). */
  indicators: {
    code: string;
    name: string;
    group: string;
    targets: { label: string | null; comparator: string; value: number | null; max: number | null; unit: string | null; status: TargetStatus; latestValue: number | null; latestPeriod: string | null; percentOfTarget: number | null }[];
  }[];
  /** The plan's disbursement curve against its target; null when the plan has no public-investment projects. */
  disbursement: { allocated: number; disbursed: number; rate: number; targetRate: number; asOfMonth: string | null; months: DisbursementMonthPoint[] } | null;
}

/** Whether a plan is on the public page, for the UBND's switch. */
export interface PlanPublication {
  planId: string;
  published: boolean;
  publishedAt: string | null;
}
