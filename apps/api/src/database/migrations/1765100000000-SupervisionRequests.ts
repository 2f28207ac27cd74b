import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The HĐND's supervision register: requests, their thread of rounds, files on the evidence storage, per-kind response days,
 * and the reminder and notification plumbing of packages extended to requests (outbox, deliveries, notifications).
 */
export class SupervisionRequests1765100000000 implements MigrationInterface {
  name = 'SupervisionRequests1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supervision_settings (
        kind text PRIMARY KEY CHECK (kind IN ('kien_nghi', 'chat_van', 'yeu_cau_bao_cao')),
        response_days integer NOT NULL CHECK (response_days BETWEEN 1 AND 365),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO supervision_settings (kind, response_days) VALUES ('kien_nghi', 30), ('chat_van', 20), ('yeu_cau_bao_cao', 15)`);
    await q.query(`
      CREATE TABLE supervision_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('kien_nghi', 'chat_van', 'yeu_cau_bao_cao')),
        subject_type text NOT NULL CHECK (subject_type IN ('plan', 'item', 'work_package', 'indicator', 'department')),
        subject_id uuid NOT NULL,
        subject_title text NOT NULL,
        plan_id uuid REFERENCES plans(id) ON DELETE CASCADE,
        addressee_department_id uuid REFERENCES departments(id) ON DELETE RESTRICT,
        content text NOT NULL CHECK (length(btrim(content)) BETWEEN 1 AND 10000),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
        round integer NOT NULL DEFAULT 1 CHECK (round >= 1),
        due_date date NOT NULL,
        answered_on date,
        raised_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        reminder_job_id text CHECK (length(reminder_job_id) <= 200),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CHECK (status = 'open' OR answered_on IS NOT NULL OR status = 'closed')
      )`);
    await q.query(`CREATE INDEX supervision_requests_subject_idx ON supervision_requests (subject_id)`);
    await q.query(`CREATE INDEX supervision_requests_addressee_idx ON supervision_requests (addressee_department_id, created_at DESC)`);
    await q.query(`CREATE INDEX supervision_requests_open_idx ON supervision_requests (due_date) WHERE status = 'open'`);
    await q.query(`CREATE INDEX supervision_requests_created_idx ON supervision_requests (created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE supervision_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES supervision_requests(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('request', 'response', 'reopen', 'close')),
        round integer NOT NULL CHECK (round >= 1),
        content text NOT NULL DEFAULT '' CHECK (length(content) <= 10000),
        due_date date,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX supervision_messages_request_idx ON supervision_messages (request_id, created_at)`);
    // Response files use the evidence storage and its sweeper, which keeps only files an attachments row refers to.
    await q.query(`ALTER TABLE attachments ALTER COLUMN work_package_id DROP NOT NULL`);
    await q.query(`ALTER TABLE attachments ADD COLUMN supervision_message_id uuid REFERENCES supervision_messages(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE attachments ADD CONSTRAINT attachments_owner_check CHECK (work_package_id IS NOT NULL OR supervision_message_id IS NOT NULL)`);
    await q.query(`CREATE INDEX attachments_supervision_message_idx ON attachments (supervision_message_id) WHERE supervision_message_id IS NOT NULL`);
    // One outbox for every reminder intent: a package's or a request's.
    await q.query(`ALTER TABLE reminder_outbox ALTER COLUMN work_package_id DROP NOT NULL`);
    await q.query(`ALTER TABLE reminder_outbox ADD COLUMN supervision_request_id uuid`);
    await q.query(`ALTER TABLE reminder_outbox DROP CONSTRAINT reminder_outbox_reason_check`);
    await q.query(`ALTER TABLE reminder_outbox ADD CONSTRAINT reminder_outbox_reason_check CHECK (reason IN ('deadline', 'rules', 'supervision'))`);
    await q.query(`ALTER TABLE reminder_outbox ADD CONSTRAINT reminder_outbox_target_check CHECK ((work_package_id IS NULL) <> (supervision_request_id IS NULL))`);
    // Deliveries of a request (its reminders and events) are keyed by it as well, so each happens once per recipient and channel.
    await q.query(`ALTER TABLE reminder_deliveries ADD COLUMN supervision_request_id uuid REFERENCES supervision_requests(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_once`);
    await q.query(
      `ALTER TABLE reminder_deliveries ADD CONSTRAINT reminder_deliveries_once UNIQUE NULLS NOT DISTINCT (work_package_id, supervision_request_id, kind, due_date, recipient_user_id, channel)`,
    );
    await q.query(`CREATE INDEX reminder_deliveries_supervision_idx ON reminder_deliveries (supervision_request_id) WHERE supervision_request_id IS NOT NULL`);
    await q.query(`ALTER TABLE notifications ADD COLUMN supervision_request_id uuid REFERENCES supervision_requests(id) ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN supervision_request_id`);
    await q.query(`DELETE FROM reminder_deliveries WHERE supervision_request_id IS NOT NULL`);
    await q.query(`ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_once`);
    await q.query(`ALTER TABLE reminder_deliveries DROP COLUMN supervision_request_id`);
    await q.query(`ALTER TABLE reminder_deliveries ADD CONSTRAINT reminder_deliveries_once UNIQUE NULLS NOT DISTINCT (work_package_id, kind, due_date, recipient_user_id, channel)`);
    await q.query(`DELETE FROM reminder_outbox WHERE supervision_request_id IS NOT NULL`);
    await q.query(`ALTER TABLE reminder_outbox DROP CONSTRAINT reminder_outbox_target_check`);
    await q.query(`ALTER TABLE reminder_outbox DROP COLUMN supervision_request_id`);
    await q.query(`ALTER TABLE reminder_outbox DROP CONSTRAINT reminder_outbox_reason_check`);
    await q.query(`ALTER TABLE reminder_outbox ADD CONSTRAINT reminder_outbox_reason_check CHECK (reason IN ('deadline', 'rules'))`);
    await q.query(`ALTER TABLE reminder_outbox ALTER COLUMN work_package_id SET NOT NULL`);
    await q.query(`DELETE FROM attachments WHERE work_package_id IS NULL`);
    await q.query(`ALTER TABLE attachments DROP CONSTRAINT attachments_owner_check`);
    await q.query(`ALTER TABLE attachments DROP COLUMN supervision_message_id`);
    await q.query(`ALTER TABLE attachments ALTER COLUMN work_package_id SET NOT NULL`);
    await q.query(`DROP TABLE supervision_messages`);
    await q.query(`DROP TABLE supervision_requests`);
    await q.query(`DROP TABLE supervision_settings`);
  }
}
