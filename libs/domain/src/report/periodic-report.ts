import type { CategoryCounts } from '../work-package/deadline-category';
import type { DeadlineCategory } from '../work-package/work-package';
import type { MeasurementKind, TargetStatus } from '../indicator/indicator';
import type { IndicatorGroup } from '../plan-document/plan-document.types';
import type { SupervisionKind } from '../supervision/supervision-request';
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

/** One target of an indicator, with its status as of the cut-off (the figures entered by then). */
export interface PeriodicReportIndicator {
  code: string;
  name: string;
  group: IndicatorGroup;
  /** The target as people write it ("> 74.000 tỷ đồng"), or the target's label first when it has one. */
  target: string;
  unit: string | null;
  latest: { period: string; kind: MeasurementKind; value: number } | null;
  percentOfTarget: number | null;
  status: TargetStatus;
}

/** A supervision request on the plan answered within the period, up to the cut-off. */
export interface PeriodicReportSupervision {
  id: string;
  kind: SupervisionKind;
  subjectTitle: string;
  /** The addressee department's name, or the UBND's when the request went to it. */
  addressee: string;
  dueDate: string;
  answeredOn: string;
  answeredOnTime: boolean;
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
  /** Every target of the plan's indicators, grouped economy, society, environment, other. */
  indicators: PeriodicReportIndicator[];
  supervisionAnswered: PeriodicReportSupervision[];
}
