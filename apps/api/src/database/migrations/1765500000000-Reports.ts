import { MigrationInterface, QueryRunner } from 'typeorm';

/** Report exports kept for a day (the worker's files, readable by the requester's role) and the UBND's opt-in public page per plan. */
export class Reports1765500000000 implements MigrationInterface {
  name = 'Reports1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans ADD COLUMN published_at timestamptz`);
    await q.query(`
      CREATE TABLE report_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('appendix')),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        requester_id uuid NOT NULL REFERENCES users(id),
        requester_role text NOT NULL,
        requester_department_id uuid,
        params jsonb NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        file_name text NOT NULL,
        file_key text,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX report_exports_expires_idx ON report_exports (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_exports`);
    await q.query(`ALTER TABLE plans DROP COLUMN published_at`);
  }
}
