import { isOpenStatus, ReminderRules, WorkPackageStatus } from '@mandate/domain';
import { EntityManager } from 'typeorm';
import { openStatusSql } from '../work-packages/work-package.sql';

/** What scheduling needs of a package: its deadline, whether it is open, its plan's rules, what was delivered and what is waiting. */
export interface PackageReminderState {
  workPackageId: string;
  title: string;
  status: WorkPackageStatus;
  dueDate: string | null;
  leadDepartmentId: string;
  planRules: Partial<ReminderRules> | null;
  /** Reminder kinds already delivered for the current deadline (reminder_deliveries), whatever the rules were then. */
  deliveredKinds: string[];
  /** The reminder job the last scheduling left waiting, if any. */
  scheduledJobId: string | null;
}

export const isOpen = (state: Pick<PackageReminderState, 'status'>): boolean => isOpenStatus(state.status);

const STATE_SQL = `
  SELECT p.id AS "workPackageId", p.title, p.status, to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate", p.lead_department_id AS "leadDepartmentId",
         pl.reminder_rules AS "planRules", s.job_id AS "scheduledJobId",
         ARRAY(SELECT DISTINCT d.kind FROM reminder_deliveries d WHERE d.work_package_id = p.id AND d.due_date = p.due_date) AS "deliveredKinds"
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
    `${STATE_SQL} WHERE ${openStatusSql('p.status')} AND p.due_date IS NOT NULL AND ($1::uuid IS NULL OR p.id > $1::uuid) ORDER BY p.id LIMIT $2`,
    [afterId, limit],
  );
}

/** Remembers the job each package has waiting (null: none), so the next change removes exactly that one. */
export async function saveScheduledJobs(manager: EntityManager, jobs: { workPackageId: string; dueDate: string | null; jobId: string | null }[]): Promise<void> {
  if (jobs.length === 0) return;
  await manager.query(
    `INSERT INTO reminder_schedules (work_package_id, due_date, job_id, updated_at)
     SELECT s.id, s.due, s.job, now() FROM unnest($1::uuid[], $2::date[], $3::text[]) AS s(id, due, job)
     ON CONFLICT (work_package_id) DO UPDATE SET due_date = EXCLUDED.due_date, job_id = EXCLUDED.job_id, updated_at = now()`,
    [jobs.map((j) => j.workPackageId), jobs.map((j) => j.dueDate), jobs.map((j) => j.jobId)],
  );
}
