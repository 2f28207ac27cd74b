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
export async function recordDeliveries(manager: EntityManager, key: DeliveryKey, title: string, recipients: Recipient[], emailEnabled: boolean): Promise<{ inApp: number; email: number }> {
  const users: string[] = [];
  const channels: string[] = [];
  for (const r of recipients) {
    const wanted = [r.notifyInApp && 'in_app', r.notifyEmail && r.hasEmail && emailEnabled && 'email'].filter((c): c is string => Boolean(c));
    for (const channel of wanted) {
      users.push(r.userId);
      channels.push(channel);
    }
  }
  if (users.length === 0) return { inApp: 0, email: 0 };
  const rows: { id: string; userId: string; channel: string }[] = await manager.query(
    `INSERT INTO reminder_deliveries (work_package_id, supervision_request_id, kind, due_date, recipient_user_id, channel, title, status, sent_at)
     SELECT $1, $7, $2, $3, r.user_id, r.channel, $4, CASE r.channel WHEN 'in_app' THEN 'sent' ELSE 'pending' END, CASE r.channel WHEN 'in_app' THEN now() END
     FROM unnest($5::uuid[], $6::text[]) AS r(user_id, channel)
     ON CONFLICT ON CONSTRAINT reminder_deliveries_once DO NOTHING
     RETURNING id, recipient_user_id AS "userId", channel`,
    [key.workPackageId, key.kind, key.dueDate, notificationTitle(title), users, channels, key.supervisionRequestId ?? null],
  );
  const inApp = rows.filter((r) => r.channel === 'in_app');
  if (inApp.length > 0) {
    await manager.query(
      `INSERT INTO notifications (user_id, kind, title, work_package_id, supervision_request_id, delivery_id)
       SELECT r.user_id, $1, $2, $3, $6, r.delivery_id FROM unnest($4::uuid[], $5::uuid[]) AS r(user_id, delivery_id)`,
      [key.kind, notificationTitle(title), key.workPackageId, inApp.map((r) => r.userId), inApp.map((r) => r.id), key.supervisionRequestId ?? null],
    );
  }
  return { inApp: inApp.length, email: rows.length - inApp.length };
}

const RECIPIENT_COLUMNS = `u.id AS "userId", u.notify_in_app AS "notifyInApp", u.notify_email AS "notifyEmail", (u.email IS NOT NULL AND u.email <> '') AS "hasEmail"`;

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
