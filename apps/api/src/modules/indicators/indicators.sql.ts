import { EntityManager } from 'typeorm';
import { FigureRow, IndicatorRow, TargetRow } from './indicator-view';

const INDICATOR_COLUMNS = `i.id, i.code, i."group", i.name, i.responsible_department_id AS "responsibleDepartmentId", i.accumulation, i.version`;
const TARGET_COLUMNS = `t.id, t.indicator_id AS "indicatorId", t.comparator, t.value, t.max, t.unit, t.label, t.assessment_status AS "assessmentStatus",
  t.assessment_note AS "assessmentNote", t.assessed_by AS "assessedBy", t.assessed_at AS "assessedAt", t.version`;

/** A plan's indicators, their targets and current figure sets entered by `enteredBefore`, in three indexed reads. */
export async function loadPlanIndicators(manager: EntityManager, planId: string, enteredBefore: Date): Promise<{ indicators: IndicatorRow[]; targets: TargetRow[]; figures: FigureRow[] }> {
  const [indicators, targets, figures] = await Promise.all([
    manager.query<IndicatorRow[]>(`SELECT ${INDICATOR_COLUMNS} FROM plan_indicators i WHERE i.plan_id = $1 ORDER BY i.position`, [planId]),
    manager.query<TargetRow[]>(`SELECT ${TARGET_COLUMNS} FROM indicator_targets t JOIN plan_indicators i ON i.id = t.indicator_id WHERE i.plan_id = $1 ORDER BY t.indicator_id, t.position`, [planId]),
    manager.query<FigureRow[]>(
      `SELECT m.indicator_id AS "indicatorId", m.period, m.kind, m."values", m.confirmed_at IS NOT NULL AS confirmed
       FROM indicator_measurements m JOIN plan_indicators i ON i.id = m.indicator_id
       WHERE i.plan_id = $1 AND m.superseded_at IS NULL AND m.entered_at <= $2`,
      [planId, enteredBefore],
    ),
  ]);
  return { indicators, targets, figures };
}

export async function loadIndicatorTargets(manager: EntityManager, indicatorId: string): Promise<TargetRow[]> {
  return manager.query<TargetRow[]>(`SELECT ${TARGET_COLUMNS} FROM indicator_targets t WHERE t.indicator_id = $1 ORDER BY t.position`, [indicatorId]);
}

export async function loadIndicatorRow(manager: EntityManager, indicatorId: string): Promise<(IndicatorRow & { planId: string; planYear: number | null; text: string }) | null> {
  const rows = await manager.query<(IndicatorRow & { planId: string; planYear: number | null; text: string })[]>(
    `SELECT ${INDICATOR_COLUMNS}, i.plan_id AS "planId", p.plan_year AS "planYear", i.text FROM plan_indicators i JOIN plans p ON p.id = i.plan_id WHERE i.id = $1`,
    [indicatorId],
  );
  return rows[0] ?? null;
}
