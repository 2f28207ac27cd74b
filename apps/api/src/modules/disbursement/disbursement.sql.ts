import type { DisbursementMonth, DisbursementMonthDelta, DisbursementProjectRow } from '@mandate/domain';
import { EntityManager } from 'typeorm';

/** What each month added plan-wide: a project's cumulative minus its previous reported one, summed per month. */
export async function monthDeltas(manager: EntityManager, planId: string): Promise<DisbursementMonthDelta[]> {
  const rows = await manager.query<{ month: string; added: string }[]>(
    `SELECT month, sum(added)::text AS added FROM (
       SELECT month, cumulative - coalesce(lag(cumulative) OVER (PARTITION BY project_id ORDER BY month), 0) AS added
       FROM disbursement_figures WHERE plan_id = $1
     ) d GROUP BY month ORDER BY month`,
    [planId],
  );
  return rows.map((r) => ({ month: r.month, added: Number(r.added) }));
}

/** Every project of the plan with its latest figure at or before the month (none when no month is given). */
export async function projectsAsOf(manager: EntityManager, planId: string, month: DisbursementMonth | null): Promise<DisbursementProjectRow[]> {
  const rows = await manager.query<{ id: string; code: string; name: string; investor: string; source: string; allocated: string; version: number; month: string | null; cumulative: string | null }[]>(
    `SELECT p.id, p.code, p.name, p.investor_department_id AS investor, p.capital_source AS source, p.allocated::text AS allocated, p.version, l.month, l.cumulative::text AS cumulative
     FROM disbursement_projects p
     LEFT JOIN LATERAL (
       SELECT f.month, f.cumulative FROM disbursement_figures f WHERE f.project_id = p.id AND f.month <= $2 ORDER BY f.month DESC LIMIT 1
     ) l ON $2::text IS NOT NULL
     WHERE p.plan_id = $1
     ORDER BY p.code`,
    [planId, month],
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    investorDepartmentId: r.investor,
    capitalSource: r.source,
    allocated: Number(r.allocated),
    disbursed: r.cumulative === null ? 0 : Number(r.cumulative),
    reportedMonth: r.month,
    version: r.version,
  }));
}

export async function latestReportedMonth(manager: EntityManager, planId: string): Promise<DisbursementMonth | null> {
  const [row] = await manager.query<{ month: string | null }[]>(`SELECT max(month) AS month FROM disbursement_figures WHERE plan_id = $1`, [planId]);
  return row?.month ?? null;
}

export interface StoredRow {
  code: string;
  month: string;
  name: string;
  investor: string;
  source: string;
  allocated: string;
  this_month: string | null;
  before: string | null;
}

/** For each stored project and each month a workbook names: its fields, that month's figure and the latest one before. */
export function storedStates(manager: EntityManager, planId: string, months: DisbursementMonth[]): Promise<StoredRow[]> {
  return manager.query<StoredRow[]>(
    `SELECT p.code, m.month, p.name, p.investor_department_id AS investor, p.capital_source AS source, p.allocated::text AS allocated,
       (SELECT f.cumulative::text FROM disbursement_figures f WHERE f.project_id = p.id AND f.month = m.month) AS this_month,
       (SELECT f.cumulative::text FROM disbursement_figures f WHERE f.project_id = p.id AND f.month < m.month ORDER BY f.month DESC LIMIT 1) AS before
     FROM disbursement_projects p CROSS JOIN unnest($2::text[]) AS m(month)
     WHERE p.plan_id = $1`,
    [planId, months],
  );
}
