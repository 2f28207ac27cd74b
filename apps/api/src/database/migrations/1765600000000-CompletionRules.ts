import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Completion rules (issue 15): a plan may relax the evidence a completion report needs; a report the UBND office files for
 * the lead department records whose it is and why; an approved extension keeps the date the office granted.
 */
export class CompletionRules1765600000000 implements MigrationInterface {
  name = 'CompletionRules1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans ADD COLUMN completion_evidence_required boolean NOT NULL DEFAULT true`);
    await q.query(
      `ALTER TABLE progress_reports
         ADD COLUMN on_behalf_department_id uuid REFERENCES departments (id),
         ADD COLUMN on_behalf_reporter_name text,
         ADD COLUMN on_behalf_reason text,
         ADD CONSTRAINT progress_reports_on_behalf_check CHECK ((on_behalf_department_id IS NULL) = (on_behalf_reason IS NULL))`,
    );
    await q.query(`ALTER TABLE deadline_extensions ADD COLUMN granted_due_date date`);
    await q.query(`UPDATE deadline_extensions SET granted_due_date = requested_due_date WHERE status = 'approved'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadline_extensions DROP COLUMN granted_due_date`);
    await q.query(`ALTER TABLE progress_reports DROP CONSTRAINT progress_reports_on_behalf_check, DROP COLUMN on_behalf_department_id, DROP COLUMN on_behalf_reporter_name, DROP COLUMN on_behalf_reason`);
    await q.query(`ALTER TABLE plans DROP COLUMN completion_evidence_required`);
  }
}
