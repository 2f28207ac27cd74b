import type { CalendarDate, DeadlineCategory, WorkPackageStatus } from '@mandate/domain';

/** What an appendix export selects: the plan, the as-of date of the categories, and the board's or list's filters. */
export interface AppendixExportParams {
  planId: string;
  asOf: CalendarDate;
  departmentId?: string;
  status?: WorkPackageStatus;
  category?: DeadlineCategory;
  q?: string;
  dueFrom?: CalendarDate;
  dueTo?: CalendarDate;
}
