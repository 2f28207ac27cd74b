import type { IndicatorGroup, TargetComparator } from '../plan-document';

/** ước tính (estimate) or chính thức (official); an official figure outranks an estimate of the same period. */
export const MEASUREMENT_KINDS = ['estimate', 'official'] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

/**
 * How a figure builds up over the year: `cumulative` adds up (budget revenue, new enterprises: a figure is the year to date),
 * `point_in_time` is a level read at a moment (forest cover, trained workers), `rate` is a growth rate for the year to date (GRDP growth).
 */
export const ACCUMULATIONS = ['cumulative', 'point_in_time', 'rate'] as const;
export type Accumulation = (typeof ACCUMULATIONS)[number];

export const TARGET_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

type Labels = { readonly vi: string; readonly en: string };

/** The words the Indicators page uses, for what is written outside the web (Excel sheets, reports). */
export const TARGET_STATUS_LABELS: Readonly<Record<TargetStatus, Labels>> = {
  achieved: { vi: 'Đạt', en: 'Achieved' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track' },
  at_risk: { vi: 'Có nguy cơ', en: 'At risk' },
  off_track: { vi: 'Chậm tiến độ', en: 'Off track' },
  no_data: { vi: 'Chưa có số liệu', en: 'No data' },
};

/** The order the resolution lists its indicator groups in, which tables and reports keep. */
export const INDICATOR_GROUP_ORDER: readonly IndicatorGroup[] = ['economy', 'society', 'environment', 'other'];

export const INDICATOR_GROUP_LABELS: Readonly<Record<IndicatorGroup, Labels>> = {
  economy: { vi: 'Kinh tế', en: 'Economy' },
  society: { vi: 'Xã hội', en: 'Society' },
  environment: { vi: 'Môi trường', en: 'Environment' },
  other: { vi: 'Khác', en: 'Other' },
};

export const MEASUREMENT_KIND_LABELS: Readonly<Record<MeasurementKind, Labels>> = {
  estimate: { vi: 'Ước tính', en: 'Estimate' },
  official: { vi: 'Chính thức', en: 'Official' },
};

/** What a manual assessment of a qualitative target may say (no_data is its absence). */
export const ASSESSMENT_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export type Trend = 'up' | 'down' | 'flat';

export interface TargetAssessment {
  status: AssessmentStatus;
  note: string;
  assessedBy: string | null;
  assessedAt: string;
}

export interface MeasurementFigure {
  period: string;
  kind: MeasurementKind;
  value: number;
}

/** One target of `GET /api/plans/:id/indicators`. */
export interface IndicatorTargetView {
  id: string;
  label: string | null;
  comparator: TargetComparator;
  value: number | null;
  max: number | null;
  unit: string | null;
  status: TargetStatus;
  latest: (MeasurementFigure & { confirmed: boolean }) | null;
  /** Latest figure as a percentage of the (annual) target value; null without figure or target value. */
  percentOfTarget: number | null;
  trend: Trend | null;
  assessment: TargetAssessment | null;
  /** The target's own version (its assessment is locked optimistically). */
  version: number;
}

/** One row of `GET /api/plans/:id/indicators`. */
export interface IndicatorView {
  id: string;
  code: string;
  group: IndicatorGroup;
  name: string;
  responsibleDepartmentId: string | null;
  accumulation: Accumulation;
  /** True when no one chose the accumulation: it is the default from the unit. */
  accumulationIsDefault: boolean;
  version: number;
  targets: IndicatorTargetView[];
}

export interface IndicatorList {
  asOf: string;
  items: IndicatorView[];
}

export interface MeasurementValue {
  targetId: string;
  value: number;
}

/** A stored figure set of one indicator for one period and kind. */
export interface IndicatorMeasurement {
  id: string;
  indicatorId: string;
  period: string;
  kind: MeasurementKind;
  values: MeasurementValue[];
  source: string;
  note: string | null;
  evidence: { fileName: string; sizeBytes: number; contentType: string } | null;
  enteredBy: string;
  enteredByName: string;
  enteredAt: string;
  confirmedBy: string | null;
  confirmedByName: string | null;
  confirmedAt: string | null;
  /** The measurement this one corrected (an explicit correction of the same period and kind). */
  correctsId: string | null;
  version: number;
}

export interface LinkedPackage {
  id: string;
  title: string;
  status: string;
  progress: number;
  dueDate: string | null;
  leadDepartmentId: string;
}

/** `GET /api/indicators/:id`: the indicator with its targets' statuses, every current figure and the packages serving it. */
export interface IndicatorDetail extends IndicatorView {
  planId: string;
  planYear: number | null;
  text: string;
  measurements: IndicatorMeasurement[];
  packages: LinkedPackage[];
}
