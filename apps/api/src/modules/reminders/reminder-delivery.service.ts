import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobName, MAIL_JOB_OPTIONS, QueueName, SendEmailData } from '../../queue/queue.constants';
import { withTimeout } from '../../queue/queue-connection';
import { notificationTitle } from './reminder-texts';
import { leadDepartmentUserSql } from '../work-packages/work-package.sql';

export interface DeliveryKey {
  workPackageId: string | null;
  /** Set for a supervision request's reminders and events (work package null then). */
  supervisionRequestId?: string | null;
  kind: string;
  dueDate: string;
}

export interface Recipient {
  userId: string;
  notifyInApp: boolean;
  notifyEmail: boolean;
  hasEmail: boolean;
  displayName?: string;
  locale?: 'vi' | 'en';
}

/** What a workflow event adds: the plain kind and the facts the web renders, and each recipient's title and e-mail body in their language. */
export interface EventContent {
  notificationKind: string;
  params: object;
  render: (recipient: Recipient) => { title: string; body: string };
}

/** Delivers reminders from the worker: records them (see `recordDeliveries`) and queues their e-mails. */
@Injectable()
export class ReminderDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Mail) private readonly mailQueue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(key: DeliveryKey, title: string, recipients: Recipient[]): Promise<{ inApp: number; email: number }> {
    const created = await this.dataSource.transaction((manager) => recordDeliveries(manager, key, title, recipients, Boolean(this.config.SMTP_URL)));
    await this.enqueuePendingEmails(key);
    return created;
  }

  /** Queues every pending e-mail of this reminder, including those a crash left behind; mail job ids are the delivery ids. */
  async enqueuePendingEmails(key: DeliveryKey): Promise<void> {
    const pending: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM reminder_deliveries WHERE work_package_id IS NOT DISTINCT FROM $1 AND supervision_request_id IS NOT DISTINCT FROM $4 AND kind = $2 AND due_date = $3
       AND channel = 'email' AND status IN ('pending', 'sending')`,
      [key.workPackageId, key.kind, key.dueDate, key.supervisionRequestId ?? null],
    );
    await this.enqueue(pending);
  }

  /** Queues the pending e-mails of these packages' workflow events (those written with an e-mail body). */
  async enqueuePendingEventEmails(manager: EntityManager, workPackageIds: string[]): Promise<void> {
    if (workPackageIds.length === 0) return;
    const pending: { id: string }[] = await manager.query(
      `SELECT id FROM reminder_deliveries WHERE work_package_id = ANY($1::uuid[]) AND body IS NOT NULL AND channel = 'email' AND status IN ('pending', 'sending')`,
      [workPackageIds],
    );
    await this.enqueue(pending);
  }

  private async enqueue(pending: { id: string }[]): Promise<void> {
    if (pending.length === 0) return;
    await withTimeout(
      this.mailQueue.addBulk(pending.map(({ id }) => ({ name: JobName.SendEmail, data: { deliveryId: id } satisfies SendEmailData, opts: { ...MAIL_JOB_OPTIONS, jobId: `mail-${id}` } }))),
      this.config.REDIS_COMMAND_TIMEOUT_MS,
      'queueing reminder e-mails',
    );
  }
}

/**
 * Writes what one reminder or event sends, through the caller's transaction. The unique key on reminder_deliveries makes
 * each (reminder, user, channel) happen once: in-app rows and their notifications commit together; e-mail rows commit as
 * pending, and a mail job (queued by the worker) sends each.
 */
export async function recordDeliveries(
  manager: EntityManager,
  key: DeliveryKey,
  title: string,
  recipients: Recipient[],
  emailEnabled: boolean,
  event?: EventContent,
): Promise<{ inApp: number; email: number }> {
  const users: string[] = [];
  const channels: string[] = [];
  const titles: string[] = [];
  const bodies: (string | null)[] = [];
  for (const r of recipients) {
    const wanted = [r.notifyInApp && 'in_app', r.notifyEmail && r.hasEmail && emailEnabled && 'email'].filter((c): c is string => Boolean(c));
    const text = wanted.length > 0 ? event?.render(r) : undefined;
    for (const channel of wanted) {
      users.push(r.userId);
      channels.push(channel);
      titles.push(notificationTitle(text?.title ?? title));
      bodies.push(channel === 'email' ? (text?.body ?? null) : null);
    }
  }
  if (users.length === 0) return { inApp: 0, email: 0 };
  const rows: { id: string; userId: string; channel: string; title: string }[] = await manager.query(
    `INSERT INTO reminder_deliveries (work_package_id, supervision_request_id, kind, due_date, recipient_user_id, channel, title, status, sent_at, body)
     SELECT $1, $7, $2, $3, r.user_id, r.channel, r.title, CASE r.channel WHEN 'in_app' THEN 'sent' ELSE 'pending' END, CASE r.channel WHEN 'in_app' THEN now() END, r.body
     FROM unnest($5::uuid[], $6::text[], $4::text[], $8::text[]) AS r(user_id, channel, title, body)
     ON CONFLICT ON CONSTRAINT reminder_deliveries_once DO NOTHING
     RETURNING id, recipient_user_id AS "userId", channel, title`,
    [key.workPackageId, key.kind, key.dueDate, titles, users, channels, key.supervisionRequestId ?? null, bodies],
  );
  const inApp = rows.filter((r) => r.channel === 'in_app');
  if (inApp.length > 0) {
    await manager.query(
      `INSERT INTO notifications (user_id, kind, title, work_package_id, supervision_request_id, delivery_id, params)
       SELECT r.user_id, $1, r.title, $2, $5, r.delivery_id, $6::jsonb FROM unnest($3::uuid[], $4::uuid[], $7::text[]) AS r(user_id, delivery_id, title)`,
      [
        event?.notificationKind ?? key.kind,
        key.workPackageId,
        inApp.map((r) => r.userId),
        inApp.map((r) => r.id),
        key.supervisionRequestId ?? null,
        event ? JSON.stringify(event.params) : null,
        inApp.map((r) => r.title),
      ],
    );
  }
  return { inApp: inApp.length, email: rows.length - inApp.length };
}

const RECIPIENT_COLUMNS = `u.id AS "userId", u.notify_in_app AS "notifyInApp", u.notify_email AS "notifyEmail", (u.email IS NOT NULL AND u.email <> '') AS "hasEmail",
  u.display_name AS "displayName", u.locale`;

/** The lead department's users and the package's assignees; the UBND office too when escalating. Digest-only users are skipped. */
export async function packageRecipients(manager: EntityManager, workPackageId: string, leadDepartmentId: string, options: { assignees: boolean; ubnd: boolean }): Promise<Recipient[]> {
  return manager.query(
    `SELECT DISTINCT ${RECIPIENT_COLUMNS} FROM users u
     WHERE u.active AND NOT u.digest_only AND (
       ${leadDepartmentUserSql('u', '$2')}
       OR ($3 AND u.id IN (SELECT a.user_id FROM work_package_assignees a WHERE a.work_package_id = $1))
       OR ($4 AND u.role = 'ubnd'))`,
    [workPackageId, leadDepartmentId, options.assignees, options.ubnd],
  );
}

export async function recipientsWhere(manager: EntityManager, condition: string, params: unknown[]): Promise<Recipient[]> {
  return manager.query(`SELECT ${RECIPIENT_COLUMNS} FROM users u WHERE u.active AND ${condition}`, params);
}
