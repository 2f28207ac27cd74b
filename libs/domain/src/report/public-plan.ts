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
}

/** Whether a plan is on the public page, for the UBND's switch. */
export interface PlanPublication {
  planId: string;
  published: boolean;
  publishedAt: string | null;
}
