import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SupervisionRemindersService } from '../supervision/jobs/supervision-reminders.service';
import { DeliveryKey, ReminderDeliveryService } from './reminder-delivery.service';
import { ReminderSchedulerService } from './reminder-scheduler.service';
import { loadOpenReminderStates, saveScheduledJobs } from './reminder-state';

const PAGE = 2000;

/**
 * Rebuilds BullMQ from Postgres: every open deadline (of a package or a supervision request) gets its next undelivered reminder job (an existing id is kept), and every pending
 * e-mail its mail job. Runs at worker start, when Redis comes back, and nightly, so an emptied Redis is repaired.
 */
@Injectable()
export class ReminderReconciliationService {
  private readonly logger = new Logger(ReminderReconciliationService.name);
  private running: Promise<{ packages: number; emails: number }> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: ReminderSchedulerService,
    private readonly deliveries: ReminderDeliveryService,
    private readonly supervision: SupervisionRemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One run at a time; a call during a run waits for it. */
  reconcile(): Promise<{ packages: number; emails: number }> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<{ packages: number; emails: number }> {
    let afterId: string | null = null;
    let packages = 0;
    for (;;) {
      const states = await loadOpenReminderStates(this.dataSource.manager, afterId, PAGE);
      if (states.length === 0) break;
      const jobs = await this.scheduler.restoreMissing(states);
      await saveScheduledJobs(this.dataSource.manager, jobs);
      packages += jobs.filter((job) => job.jobId !== null).length;
      afterId = states[states.length - 1].workPackageId;
      if (states.length < PAGE) break;
    }
    packages += await this.supervision.reconcile();
    const pending: DeliveryKey[] = await this.dataSource.query(
      `SELECT DISTINCT work_package_id AS "workPackageId", supervision_request_id AS "supervisionRequestId", kind, to_char(due_date, 'YYYY-MM-DD') AS "dueDate"
       FROM reminder_deliveries WHERE channel = 'email' AND status IN ('pending', 'sending')`,
    );
    for (const key of pending) await this.deliveries.enqueuePendingEmails(key);
    if (packages > 0 || pending.length > 0) this.logger.log(`Reconciled ${packages} reminder jobs and ${pending.length} pending e-mail groups (timeout ${this.config.REDIS_COMMAND_TIMEOUT_MS} ms per call)`);
    return { packages, emails: pending.length };
  }
}
