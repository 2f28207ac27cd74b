import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { EXPORT_JOB_OPTIONS, exportJobId, ExportReportData, JobName, QueueName } from '../../queue/queue.constants';
import { producerConnection, withTimeout } from '../../queue/queue-connection';

/** The API's producer side of the exports queue; connects on first use and fails fast while Redis is down. */
@Injectable()
export class ExportQueue implements OnModuleDestroy {
  private readonly logger = new Logger(ExportQueue.name);
  private queue: Queue | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async add(exportId: string): Promise<void> {
    const data: ExportReportData = { exportId };
    await withTimeout(this.connected().add(JobName.ExportReport, data, { ...EXPORT_JOB_OPTIONS, jobId: exportJobId(exportId) }), this.config.REDIS_COMMAND_TIMEOUT_MS, 'Queueing the export');
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }

  private connected(): Queue {
    if (!this.queue) {
      this.queue = new Queue(QueueName.Exports, { connection: producerConnection(this.config), prefix: this.config.QUEUE_PREFIX });
      this.queue.on('error', (error) => this.logger.debug(`Queue ${QueueName.Exports}: ${error.message}`));
    }
    return this.queue;
  }
}
