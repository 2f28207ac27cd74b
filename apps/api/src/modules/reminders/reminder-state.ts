import type { ReminderRules, WorkPackageStatus } from '@mandate/domain';
import { EntityManager } from 'typeorm';

/** What scheduling needs of a package: its deadline, whether it is still open, its plan's rules and what was last scheduled. */
export interface PackageReminderState {
  workPackageId: string;
  title: string;
  status: WorkPackageStatus;
  dueDate: string | null;
  leadDepartmentId: string;
  planRules: Partial<ReminderRules> | null;
  scheduledDueDate: string | null;
}

export const isOpen = (state: Pick<PackageReminderState, 'status'>): boolean => state.status !== 'done' && state.status !== 'cancelled';

const STATE_SQL = `
  SELECT p.id AS "workPackageId", p.title, p.status, to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate", p.lead_department_id AS "leadDepartmentId",
         pl.reminder_rules AS "planRules", to_char(s.due_date, 'YYYY-MM-DD') AS "scheduledDueDate"
  FROM work_packages p
  LEFT JOIN plans pl ON pl.id = p.plan_id
  LEFT JOIN reminder_schedules s ON s.work_package_id = p.id`;

export async function loadReminderStates(manager: EntityManager, ids: string[]): Promise<PackageReminderState[]> {
  if (ids.length === 0) return [];
  return manager.query(`${STATE_SQL} WHERE p.id = ANY($1::uuid[])`, [ids]);
}

/** Open packages with a deadline, in id order from `afterId`, for reconciliation in pages. */
export async function loadOpenReminderStates(manager: EntityManager, afterId: string | null, limit: number): Promise<PackageReminderState[]> {
  return manager.query(
    `${STATE_SQL} WHERE p.status NOT IN ('done', 'cancelled') AND p.due_date IS NOT NULL AND ($1::uuid IS NULL OR p.id > $1::uuid) ORDER BY p.id LIMIT $2`,
    [afterId, limit],
  );
}

/** Remembers what the relay put into BullMQ, so the next move knows which jobs to remove. */
export async function saveScheduledDueDates(manager: EntityManager, states: PackageReminderState[]): Promise<void> {
  if (states.length === 0) return;
  await manager.query(
    `INSERT INTO reminder_schedules (work_package_id, due_date, updated_at)
     SELECT * FROM unnest($1::uuid[], $2::date[]) AS s(id, due), now()
     ON CONFLICT (work_package_id) DO UPDATE SET due_date = EXCLUDED.due_date, updated_at = now()`,
    [states.map((s) => s.workPackageId), states.map((s) => (isOpen(s) ? s.dueDate : null))],
  );
}
