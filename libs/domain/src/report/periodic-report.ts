import type { CategoryCounts } from '../work-package/deadline-category';
import type { DeadlineCategory } from '../work-package/work-package';
import type { ReportPeriod } from './report-period';

export interface PeriodicReportPackage {
  id: string;
  title: string;
  itemRef: string | null;
  leadDepartment: string;
  dueDate: string | null;
  originalDueDate: string | null;
  completedOn: string | null;
  progress: number;
  category: DeadlineCategory;
}

export interface PeriodicReportExtension {
  workPackageId: string;
  title: string;
  leadDepartment: string;
  fromDate: string;
  toDate: string;
  decidedOn: string;
}

/** A plan's report for a period, figures as of the cut-off (categories computed on that day). */
export interface PeriodicReport {
  plan: { id: string; number: string | null; title: string; planYear: number | null };
  period: ReportPeriod;
  cutOff: string;
  total: number;
  byCategory: CategoryCounts;
  byDepartment: { departmentId: string; departmentName: string; total: number; byCategory: CategoryCounts }[];
  /** Approved as done with a completion date within the period, up to the cut-off. */
  completed: PeriodicReportPackage[];
  /** Open and past their due date on the cut-off, longest overdue first. */
  overdue: (PeriodicReportPackage & { daysOverdue: number })[];
  /** Extensions approved within the period, up to the cut-off. */
  extensions: PeriodicReportExtension[];
}
