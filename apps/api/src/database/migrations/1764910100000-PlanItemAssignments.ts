import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who the document itself gives each item to (lead, co-operating, time, product as written), for the break-down to propose. */
export class PlanItemAssignments1764910100000 implements MigrationInterface {
  name = 'PlanItemAssignments1764910100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plan_items ADD COLUMN assignment jsonb CHECK (assignment IS NULL OR jsonb_typeof(assignment) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plan_items DROP COLUMN assignment`);
  }
}
