import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1764576000000 implements MigrationInterface {
  name = 'Reminders1764576000000';

  async up(q: QueryRunner): Promise<void> {
    // Null means the design defaults; the API validates the shape with validateReminderRules.
    await q.query(`ALTER TABLE plans ADD COLUMN reminder_rules jsonb CHECK (reminder_rules IS NULL OR jsonb_typeof(reminder_rules) = 'object')`);
    await q.query(`
      ALTER TABLE users
        ADD COLUMN notify_in_app boolean NOT NULL DEFAULT true,
        ADD COLUMN notify_email boolean NOT NULL DEFAULT true,
        ADD COLUMN digest_only boolean NOT NULL DEFAULT false`);
    // Intents written in the same transaction as the deadline change; the worker's relay drains them into BullMQ.
    await q.query(`
      CREATE TABLE reminder_outbox (
        id bigserial PRIMARY KEY,
        work_package_id uuid NOT NULL,
        reason text NOT NULL CHECK (reason IN ('deadline', 'rules')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // What the relay last put into BullMQ per package, so a moved deadline's old jobs can be removed.
    await q.query(`
      CREATE TABLE reminder_schedules (
        work_package_id uuid PRIMARY KEY REFERENCES work_packages(id) ON DELETE CASCADE,
        due_date date,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE reminder_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        work_package_id uuid REFERENCES work_packages(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
        due_date date NOT NULL,
        recipient_user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('in_app', 'email')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        title text NOT NULL,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT reminder_deliveries_once UNIQUE NULLS NOT DISTINCT (work_package_id, kind, due_date, recipient_user_id, channel)
      )`);
    await q.query(`CREATE INDEX reminder_deliveries_pending_idx ON reminder_deliveries (created_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        work_package_id uuid REFERENCES work_packages(id) ON DELETE CASCADE,
        delivery_id uuid UNIQUE REFERENCES reminder_deliveries(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    // Dev only: what the local mail catcher received.
    await q.query(`
      CREATE TABLE caught_mail (
        id bigserial PRIMARY KEY,
        mail_from text,
        rcpt_to text[] NOT NULL DEFAULT '{}',
        subject text,
        raw text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE caught_mail`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE reminder_deliveries`);
    await q.query(`DROP TABLE reminder_schedules`);
    await q.query(`DROP TABLE reminder_outbox`);
    await q.query(`ALTER TABLE users DROP COLUMN notify_in_app, DROP COLUMN notify_email, DROP COLUMN digest_only`);
    await q.query(`ALTER TABLE plans DROP COLUMN reminder_rules`);
  }
}
