import type { FieldRule, FieldRuleParams } from '../errors/field-rules';
import type { IndicatorTarget } from '../plan-document';
import { FieldProblem } from '../errors/domain-error';
import { parseIndicatorPeriod } from './indicator-period';
import { MEASUREMENT_KINDS } from './indicator';

export const MEASUREMENT_SOURCE_MAX = 1000;
export const MEASUREMENT_NOTE_MAX = 2000;
// Larger than any figure a plan states (budget revenue in VND would be ~1e14), small enough to stay exact in numeric and JS.
const MAX_ABS_VALUE = 1e15;

export interface MeasurementInputCandidate {
  period?: unknown;
  kind?: unknown;
  values?: unknown;
  source?: unknown;
  note?: unknown;
}

/**
 * Every problem with a figure set for an indicator, naming the field: a period of the plan's year, a kind, one finite number per
 * quantitative target of this indicator (each at most once, at least one), and where the figures come from.
 */
export function validateMeasurementInput(input: MeasurementInputCandidate, targets: readonly (Pick<IndicatorTarget, 'comparator' | 'value'> & { id: string })[], planYear: number | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string, rule: FieldRule, params?: FieldRuleParams) => problems.push({ field, message, rule, ...(params && { params }) });
  const period = parseIndicatorPeriod(input.period);
  if (!period) add('period', 'must be a period written 2026, 2026-H1, 2026-9M, 2026-Q3 or 2026-06', 'isPeriod');
  else if (planYear !== null && period.year !== planYear) add('period', `must be in the plan year ${planYear}`, 'notInPlanYear', { year: planYear });
  if (!MEASUREMENT_KINDS.includes(input.kind as never)) add('kind', `must be one of ${MEASUREMENT_KINDS.join(', ')}`, 'isIn');
  if (typeof input.source !== 'string' || input.source.trim().length === 0) add('source', 'is required: say where the figures come from', 'required');
  else if (input.source.length > MEASUREMENT_SOURCE_MAX) add('source', `must be at most ${MEASUREMENT_SOURCE_MAX} characters`, 'maxLength', { max: MEASUREMENT_SOURCE_MAX });
  if (input.note !== undefined && input.note !== null && (typeof input.note !== 'string' || input.note.length > MEASUREMENT_NOTE_MAX)) add('note', `must be text of at most ${MEASUREMENT_NOTE_MAX} characters`, 'maxLength', { max: MEASUREMENT_NOTE_MAX });
  if (!Array.isArray(input.values) || input.values.length === 0) {
    add('values', 'must list at least one {targetId, value}', 'arrayMinSize', { min: 1 });
    return problems;
  }
  const byId = new Map(targets.map((t) => [t.id, t]));
  const seen = new Set<string>();
  input.values.forEach((entry: unknown, i) => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as { targetId?: unknown; value?: unknown };
    const target = typeof item.targetId === 'string' ? byId.get(item.targetId) : undefined;
    if (!target) add(`values[${i}].targetId`, 'is not a target of this indicator', 'notFound');
    else if (target.comparator === 'qualitative' || target.value === null) add(`values[${i}].targetId`, 'is a qualitative target: it takes an assessment, not a figure', 'measuredOnly');
    else if (seen.has(target.id)) add(`values[${i}].targetId`, 'is given twice', 'arrayUnique');
    if (target) seen.add(target.id);
    if (typeof item.value !== 'number' || !Number.isFinite(item.value)) add(`values[${i}].value`, 'must be a number', 'isNumber');
    else if (Math.abs(item.value) > MAX_ABS_VALUE) add(`values[${i}].value`, 'is out of range', 'max', { max: MAX_ABS_VALUE });
  });
  return problems;
}
