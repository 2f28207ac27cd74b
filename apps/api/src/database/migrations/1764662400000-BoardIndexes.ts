import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes in the order the board's columns and the filtered lists read packages (see modules/board/QUERY-PLANS.md). */
export class BoardIndexes1764662400000 implements MigrationInterface {
  name = 'BoardIndexes1764662400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX work_packages_plan_status_due_idx ON work_packages (plan_id, status, due_date, id)`);
    await q.query(`CREATE INDEX work_packages_plan_lead_due_idx ON work_packages (plan_id, lead_department_id, due_date, id)`);
    await q.query(`CREATE INDEX work_packages_plan_lead_id_idx ON work_packages (plan_id, lead_department_id, id)`);
    await q.query(`CREATE INDEX work_packages_lead_id_idx ON work_packages (lead_department_id, id)`);
    // Covers the deadline summary: an index-only scan of a plan's packages, with every column categorize() reads.
    await q.query(`CREATE INDEX work_packages_plan_summary_idx ON work_packages (plan_id, lead_department_id, status, due_date, completed_on)`);
    // Superseded by the wider indexes above.
    await q.query(`DROP INDEX work_packages_plan_status_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX work_packages_plan_status_idx ON work_packages (plan_id, status)`);
    await q.query(`DROP INDEX work_packages_plan_summary_idx`);
    await q.query(`DROP INDEX work_packages_lead_id_idx`);
    await q.query(`DROP INDEX work_packages_plan_lead_id_idx`);
    await q.query(`DROP INDEX work_packages_plan_lead_due_idx`);
    await q.query(`DROP INDEX work_packages_plan_status_due_idx`);
  }
}
