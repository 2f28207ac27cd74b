import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workflow notifications (submitted, approved, returned, extension decided, comment) on the reminder delivery path: an event's
 * e-mail body is written with the event (it names the reason, the actor, the new date), its in-app row keeps the facts the web
 * renders in the reader's language, its delivery kind carries the event id (longer than a reminder's kind), and an outbox
 * row of reason `event` wakes the relay to queue its e-mails.
 */
export class WorkflowNotifications1766100000000 implements MigrationInterface {
  name = 'WorkflowNotifications1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reminder_deliveries ADD COLUMN body text`);
    await q.query(`ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_kind_check`);
    await q.query(`ALTER TABLE reminder_deliveries ADD CONSTRAINT reminder_deliveries_kind_check CHECK (length(kind) BETWEEN 1 AND 80)`);
    await q.query(`ALTER TABLE notifications ADD COLUMN params jsonb CHECK (params IS NULL OR jsonb_typeof(params) = 'object')`);
    await q.query(`ALTER TABLE reminder_outbox DROP CONSTRAINT reminder_outbox_reason_check`);
    await q.query(`ALTER TABLE reminder_outbox ADD CONSTRAINT reminder_outbox_reason_check CHECK (reason IN ('deadline', 'rules', 'supervision', 'event'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM reminder_outbox WHERE reason = 'event'`);
    await q.query(`ALTER TABLE reminder_outbox DROP CONSTRAINT reminder_outbox_reason_check`);
    await q.query(`ALTER TABLE reminder_outbox ADD CONSTRAINT reminder_outbox_reason_check CHECK (reason IN ('deadline', 'rules', 'supervision'))`);
    await q.query(`ALTER TABLE notifications DROP COLUMN params`);
    await q.query(`DELETE FROM reminder_deliveries WHERE length(kind) > 40`);
    await q.query(`ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_kind_check`);
    await q.query(`ALTER TABLE reminder_deliveries ADD CONSTRAINT reminder_deliveries_kind_check CHECK (length(kind) BETWEEN 1 AND 40)`);
    await q.query(`ALTER TABLE reminder_deliveries DROP COLUMN body`);
  }
}
