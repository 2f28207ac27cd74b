import { MigrationInterface, QueryRunner } from 'typeorm';

/** The UBND office marks one plan current: the board, the deadlines and the home pages open on it. */
export class CurrentPlan1765200000000 implements MigrationInterface {
  name = 'CurrentPlan1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans ADD COLUMN is_current boolean NOT NULL DEFAULT false`);
    // At most one current plan, held by the database whatever the caller does.
    await q.query(`CREATE UNIQUE INDEX plans_one_current_idx ON plans ((true)) WHERE is_current`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX plans_one_current_idx`);
    await q.query(`ALTER TABLE plans DROP COLUMN is_current`);
  }
}
