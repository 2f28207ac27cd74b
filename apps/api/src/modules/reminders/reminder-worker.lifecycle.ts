import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { QueueName } from '../../queue/queue.constants';
import { withTimeout } from '../../queue/queue-connection';
import { ReminderReconciliationService } from './reminder-reconciliation.service';
import { ReminderRelayService } from './reminder-relay.service';
import { ReminderSchedulerService } from './reminder-scheduler.service';

const WATCH_MS = 2000;

/**
 * At worker start, and whenever Redis answers again after being unreachable (a restarted Redis may be empty):
 * upsert the job schedulers and rebuild missing reminder jobs from Postgres.
 */
@Injectable()
export class ReminderWorkerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderWorkerLifecycle.name);
  private timer: NodeJS.Timeout | null = null;
  private synced = false;
  private stopped = false;
  private busy: Promise<void> | null = null;

  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    @InjectQueue(QueueName.Mail) private readonly mailQueue: Queue,
    private readonly scheduler: ReminderSchedulerService,
    private readonly reconciliation: ReminderReconciliationService,
    private readonly relay: ReminderRelayService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Without a listener BullMQ prints every connection error; the watcher below reports outages once.
    for (const queue of [this.queue, this.mailQueue]) queue.on('error', (error) => this.logger.debug(`Queue ${queue.name}: ${error.message}`));
    this.busy = this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.busy;
  }

  /** Resolves once the first sync after start has finished (tests wait on it). */
  async whenSynced(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.synced) {
      if (Date.now() > deadline) throw new Error('The reminder worker did not sync with Redis in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async tick(): Promise<void> {
    try {
      await this.scheduler.assertConnected();
      await withTimeout(this.queue.getJobCounts('delayed'), this.config.REDIS_COMMAND_TIMEOUT_MS, 'Redis check');
      if (!this.synced) {
        await this.scheduler.upsertSchedulers();
        const result = await this.reconciliation.reconcile();
        this.synced = true;
        this.relay.nudge();
        this.logger.log(`Reminders in sync with Redis (${result.packages} packages checked)`);
      }
    } catch (error) {
      if (this.synced) this.logger.warn(`Redis unreachable; reminders will be rebuilt when it is back: ${(error as Error).message}`);
      this.synced = false;
    }
    if (!this.stopped) {
      this.timer = setTimeout(() => {
        this.busy = this.tick();
      }, WATCH_MS);
    }
  }
}
