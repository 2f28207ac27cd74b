import { MigrationInterface, QueryRunner } from 'typeorm';

/** An e-mail delivery is marked `sending` before the SMTP call, so a send interrupted by a crash is known when it is retried. */
export class MailSending1764930000000 implements MigrationInterface {
  name = 'MailSending1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_status_check`);
    await q.query(`ALTER TABLE reminder_deliveries ADD CONSTRAINT reminder_deliveries_status_check CHECK (status IN ('pending', 'sending', 'sent', 'failed'))`);
    await q.query(`ALTER TABLE reminder_deliveries ADD COLUMN send_attempts integer NOT NULL DEFAULT 0, ADD COLUMN sending_at timestamptz`);
    await q.query(`DROP INDEX reminder_deliveries_pending_idx`);
    await q.query(`CREATE INDEX reminder_deliveries_pending_idx ON reminder_deliveries (created_at) WHERE status IN ('pending', 'sending')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE reminder_deliveries SET status = 'pending' WHERE status = 'sending'`);
    await q.query(`DROP INDEX reminder_deliveries_pending_idx`);
    await q.query(`CREATE INDEX reminder_deliveries_pending_idx ON reminder_deliveries (created_at) WHERE status = 'pending'`);
    await q.query(`ALTER TABLE reminder_deliveries DROP COLUMN send_attempts, DROP COLUMN sending_at`);
    await q.query(`ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_status_check`);
    await q.query(`ALTER TABLE reminder_deliveries ADD CONSTRAINT reminder_deliveries_status_check CHECK (status IN ('pending', 'sent', 'failed'))`);
  }
}
