import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ExportSchedulers, QueueName, SCHEDULER_TIME_ZONE } from '../../queue/queue.constants';
import { withTimeout } from '../../queue/queue-connection';

const RETRY_MS = 5000;

/** Upserts the export sweep's job scheduler at worker start, retrying while Redis is unreachable. */
@Injectable()
export class ReportExportLifecycle implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReportExportLifecycle.name);

  constructor(
    @InjectQueue(QueueName.Exports) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.on('error', (error) => this.logger.debug(`Queue ${this.queue.name}: ${error.message}`));
    void this.schedule();
  }

  private async schedule(): Promise<void> {
    const { id, pattern, name } = ExportSchedulers.sweepExports;
    try {
      await withTimeout(this.queue.upsertJobScheduler(id, { pattern, tz: SCHEDULER_TIME_ZONE }, { name }), this.config.REDIS_COMMAND_TIMEOUT_MS, 'Scheduling the export sweep');
    } catch (error) {
      this.logger.warn(`Export sweep not scheduled yet: ${(error as Error).message}`);
      setTimeout(() => void this.schedule(), RETRY_MS).unref();
    }
  }
}
