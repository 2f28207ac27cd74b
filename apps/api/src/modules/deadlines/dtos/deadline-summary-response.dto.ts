import { CalendarDate, DeadlineCategory } from '@mandate/domain';

export type CategoryCounts = Record<DeadlineCategory, number>;

export interface DeadlineSummaryResponse {
  asOf: CalendarDate;
  total: number;
  /** Every category is present, zero included. */
  byCategory: CategoryCounts;
  /** By lead department, most packages first. */
  byDepartment: { departmentId: string; total: number; byCategory: CategoryCounts }[];
}
