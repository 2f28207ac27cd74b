import { foldText } from '../plan-document/text-fold.util';
import type { IndicatorTarget } from '../plan-document';
import { comparePeriods, IndicatorPeriod, parseIndicatorPeriod } from './indicator-period';
import { Accumulation, AssessmentStatus, MeasurementKind, TargetStatus, Trend } from './indicator';

/** A figure short of what the period needs by at most this share of it is `at_risk`; further short is `off_track`. */
export const AT_RISK_TOLERANCE = 0.1;

const CUMULATIVE_UNITS = ['ty dong', 'trieu dong', 'nghin ty', 'dong', 'doanh nghiep', 'luot', 'khach', 'du an', 'hop tac xa', 'tan', 'nguoi'];
const RATE_WORDS = ['toc do tang', 'tang truong', 'toc do'];

/**
 * The default accumulation from the unit: money and counts add up through the year (cumulative); a percentage is a
 * growth rate when the indicator names one ("tốc độ tăng", "tăng trưởng"), else a level read at a moment; anything else is a level.
 */
export function defaultAccumulation(unit: string | null, name = ''): Accumulation {
  const foldedUnit = foldText(unit ?? '');
  if (foldedUnit.includes('%')) return RATE_WORDS.some((w) => foldText(name).includes(w)) ? 'rate' : 'point_in_time';
  if (CUMULATIVE_UNITS.some((u) => foldedUnit === u || foldedUnit.startsWith(`${u}/`) || foldedUnit.startsWith(`${u} `))) return 'cumulative';
  return 'point_in_time';
}

/** The share of the annual target a cumulative figure should have reached by the period's end: months covered / 12. */
export const expectedShare = (accumulation: Accumulation, period: IndicatorPeriod): number => (accumulation === 'cumulative' ? period.lastMonth / 12 : 1);

export interface StatusInput {
  target: Pick<IndicatorTarget, 'comparator' | 'value' | 'max'>;
  accumulation: Accumulation;
  /** The latest figure of this target (see `latestFigure`), or null. */
  latest: { period: string; value: number } | null;
  /** A manual assessment: the status of a qualitative target. */
  assessment?: { status: AssessmentStatus } | null;
}

const round = (n: number): number => Math.round(n * 1e9) / 1e9;

/**
 * A target's status from its comparator, the latest figure and how the figure accumulates:
 * - no figure: `no_data`; a qualitative target: its manual assessment, else `no_data`;
 * - what the period needs: the target value, times months covered / 12 for a cumulative figure (year to date);
 * - the figure meets what the period needs: `achieved` when the period is the whole year (or a cumulative figure already
 *   reaches the annual value), else `on_track`;
 * - short by at most 10 % of what the period needs: `at_risk`; further short: `off_track`.
 * "Short" is below for >, ≥, ≈ and the lower bound of a range; above for < and ≤ (a range's upper bound is no shortfall).
 */
export function targetStatus({ target, accumulation, latest, assessment }: StatusInput): TargetStatus {
  if (target.comparator === 'qualitative' || target.value === null) return assessment?.status ?? 'no_data';
  if (!latest) return 'no_data';
  const period = parseIndicatorPeriod(latest.period);
  if (!period) return 'no_data';
  const share = expectedShare(accumulation, period);
  const needed = round(target.value * share);
  const figure = latest.value;
  const lowerIsBetter = target.comparator === 'lt' || target.comparator === 'lte';
  const meets = (bound: number, inclusive: boolean): boolean => {
    if (lowerIsBetter) return inclusive ? figure <= bound : figure < bound;
    return inclusive ? figure >= bound : figure > bound;
  };
  const inclusive = target.comparator !== 'gt' && target.comparator !== 'lt';
  if (meets(needed, inclusive)) {
    const wholeYear = period.kind === 'year' || (accumulation === 'cumulative' && meets(target.value, inclusive));
    return wholeYear ? 'achieved' : 'on_track';
  }
  const gap = Math.abs(figure - needed);
  const allowed = Math.abs(needed) * AT_RISK_TOLERANCE;
  return gap <= allowed ? 'at_risk' : 'off_track';
}

const KIND_RANK: Record<MeasurementKind, number> = { estimate: 0, official: 1 };

export interface FigureCandidate {
  period: string;
  kind: MeasurementKind;
  value: number;
  confirmed: boolean;
}

/** Sorts figures oldest first: by period (see `comparePeriods`), an official one after an estimate of the same period. */
export function sortFigures<T extends Pick<FigureCandidate, 'period' | 'kind'>>(figures: readonly T[]): T[] {
  return figures
    .map((f) => ({ f, p: parseIndicatorPeriod(f.period) }))
    .filter((x): x is { f: T; p: IndicatorPeriod } => x.p !== null)
    .sort((a, b) => comparePeriods(a.p, b.p) || KIND_RANK[a.f.kind] - KIND_RANK[b.f.kind])
    .map((x) => x.f);
}

/** The figure that speaks for a target now: the latest period, official over estimate. */
export function latestFigure<T extends Pick<FigureCandidate, 'period' | 'kind'>>(figures: readonly T[]): T | null {
  const sorted = sortFigures(figures);
  return sorted.length > 0 ? sorted[sorted.length - 1] : null;
}

/** Which way the latest figure moved against the one before it (of another period); null with fewer than two periods. */
export function trendOf(figures: readonly Pick<FigureCandidate, 'period' | 'kind' | 'value'>[]): Trend | null {
  const byPeriod = new Map<string, Pick<FigureCandidate, 'period' | 'kind' | 'value'>>();
  for (const f of sortFigures(figures)) byPeriod.set(f.period, f);
  const periods = sortFigures([...byPeriod.values()]);
  if (periods.length < 2) return null;
  const [previous, last] = periods.slice(-2);
  if (last.value > previous.value) return 'up';
  if (last.value < previous.value) return 'down';
  return 'flat';
}

/** The latest figure as a percentage of the target value (one decimal); null when either is missing or the target is 0. */
export function percentOfTarget(value: number | null | undefined, target: Pick<IndicatorTarget, 'value'>): number | null {
  if (value === null || value === undefined || target.value === null || target.value === 0) return null;
  return Math.round((value / target.value) * 1000) / 10;
}

/** Counts per status, every status present (0 when none). */
export function countStatuses(statuses: readonly TargetStatus[]): Record<TargetStatus, number> {
  const counts: Record<TargetStatus, number> = { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}
