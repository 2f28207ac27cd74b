import {
  Accumulation,
  AssessmentStatus,
  defaultAccumulation,
  IndicatorGroup,
  IndicatorView,
  latestFigure,
  MeasurementKind,
  MeasurementValue,
  percentOfTarget,
  targetStatus,
  TargetComparator,
  trendOf,
} from '@mandate/domain';

export interface IndicatorRow {
  id: string;
  code: string;
  group: IndicatorGroup;
  name: string;
  responsibleDepartmentId: string | null;
  accumulation: Accumulation | null;
  version: number;
}

export interface TargetRow {
  id: string;
  indicatorId: string;
  comparator: TargetComparator;
  value: number | null;
  max: number | null;
  unit: string | null;
  label: string | null;
  assessmentStatus: AssessmentStatus | null;
  assessmentNote: string | null;
  assessedBy: string | null;
  assessedAt: Date | string | null;
  version: number;
}

export interface FigureRow {
  indicatorId: string;
  period: string;
  kind: MeasurementKind;
  values: MeasurementValue[];
  confirmed: boolean;
}

/** The indicator's accumulation: chosen, else the default from its first target's unit and its name. */
export const accumulationOf = (indicator: Pick<IndicatorRow, 'accumulation' | 'name'>, targets: readonly Pick<TargetRow, 'unit'>[]): Accumulation =>
  indicator.accumulation ?? defaultAccumulation(targets[0]?.unit ?? null, indicator.name);

/** An indicator with each target's status, latest figure, share of target and trend, from its current figure sets. */
export function indicatorViewOf(indicator: IndicatorRow, targets: readonly TargetRow[], figures: readonly FigureRow[]): IndicatorView {
  const accumulation = accumulationOf(indicator, targets);
  return {
    id: indicator.id,
    code: indicator.code,
    group: indicator.group,
    name: indicator.name,
    responsibleDepartmentId: indicator.responsibleDepartmentId,
    accumulation,
    accumulationIsDefault: indicator.accumulation === null,
    version: indicator.version,
    targets: targets.map((t) => {
      const own = figures.flatMap((f) => f.values.filter((v) => v.targetId === t.id).map((v) => ({ period: f.period, kind: f.kind, value: v.value, confirmed: f.confirmed })));
      const latest = latestFigure(own);
      const assessment = t.assessmentStatus && t.assessedAt ? { status: t.assessmentStatus, note: t.assessmentNote ?? '', assessedBy: t.assessedBy, assessedAt: new Date(t.assessedAt).toISOString() } : null;
      return {
        id: t.id,
        label: t.label,
        comparator: t.comparator,
        value: t.value,
        max: t.max,
        unit: t.unit,
        status: targetStatus({ target: t, accumulation, latest, assessment }),
        latest,
        percentOfTarget: percentOfTarget(latest?.value, t),
        trend: trendOf(own),
        assessment,
        version: t.version,
      };
    }),
  };
}
