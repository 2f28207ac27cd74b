import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobName, QueueName, SendEmailData, WORKER_CONCURRENCY } from '../../queue/queue.constants';
import { isPermanentMailError, MailService } from './mail.service';
import { reminderEmailText } from './reminder-email';

interface DeliveryRow {
  id: string;
  status: string;
  kind: string;
  title: string;
  dueDate: string;
  workPackageId: string | null;
  supervisionRequestId: string | null;
  packageTitle: string | null;
  email: string | null;
  displayName: string;
  /** Written with a workflow event; a reminder's body is built here. */
  body: string | null;
}

/** `<delivery-<id>@<app host>>`: the same for every attempt at one delivery. */
export const deliveryMessageId = (deliveryId: string, appOrigin: string): string => `<delivery-${deliveryId}@${new URL(appOrigin).hostname}>`;

/** Sends one pending e-mail delivery; a sent or failed one is never sent again. At least once: see docs/operations.md. */
@Processor(QueueName.Mail, { concurrency: WORKER_CONCURRENCY[QueueName.Mail] })
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<'sent' | 'skipped'> {
    if (job.name !== JobName.SendEmail) throw new UnrecoverableError(`Unknown job ${job.name} on ${QueueName.Mail}`);
    const { deliveryId } = job.data as SendEmailData;
    const [row]: DeliveryRow[] = await this.dataSource.query(
      `SELECT d.id, d.status, d.kind, d.title, to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", d.work_package_id AS "workPackageId", d.supervision_request_id AS "supervisionRequestId",
              p.title AS "packageTitle", u.email, u.display_name AS "displayName", d.body
       FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id LEFT JOIN work_packages p ON p.id = d.work_package_id
       WHERE d.id = $1 AND d.channel = 'email'`,
      [deliveryId],
    );
    if (!row || (row.status !== 'pending' && row.status !== 'sending')) return 'skipped';
    if (!row.email) return this.fail(row.id, 'The recipient has no e-mail address');
    const messageId = deliveryMessageId(row.id, this.config.APP_ORIGIN);
    // A row found 'sending' was interrupted between the SMTP call and its record: it may have gone out already.
    if (row.status === 'sending') this.logger.warn(`E-mail ${messageId} is sent again after an interrupted attempt; clients collapse it by its Message-ID`);
    await this.dataSource.query(`UPDATE reminder_deliveries SET status = 'sending', sending_at = now(), send_attempts = send_attempts + 1 WHERE id = $1`, [row.id]);
    try {
      await this.mail.send({ to: row.email, subject: row.title, text: row.body ?? reminderEmailText({ ...row, appOrigin: this.config.APP_ORIGIN }), messageId });
    } catch (error) {
      if (isPermanentMailError(error)) return this.fail(row.id, (error as Error).message);
      throw error;
    }
    await this.dataSource.query(`UPDATE reminder_deliveries SET status = 'sent', sent_at = now(), error = NULL WHERE id = $1`, [row.id]);
    return 'sent';
  }

  private async fail(id: string, reason: string): Promise<never> {
    await this.dataSource.query(`UPDATE reminder_deliveries SET status = 'failed', error = $2 WHERE id = $1`, [id, reason.slice(0, 1000)]);
    throw new UnrecoverableError(reason);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`Mail job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Mail worker: ${error.message}`);
  }
}
