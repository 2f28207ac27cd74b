import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DomainError, QueuesOverview } from '@mandate/domain';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { QUEUE_NAMES, QueueName } from '../../queue/queue.constants';
import { producerConnection, withTimeout } from '../../queue/queue-connection';
import { isCodedError, TransportError } from '../../common/errors/transport-error';

const LAST_FAILURES = 20;

/** Reads BullMQ for admins; Redis calls time out into 503 rather than hanging a request. Queues connect on first use. */
@Injectable()
export class QueuesAdminService implements OnModuleDestroy {
  private readonly logger = new Logger(QueuesAdminService.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async overview(): Promise<QueuesOverview> {
    return this.redis(async () => {
      const queues = await Promise.all(
        QUEUE_NAMES.map(async (name) => {
          const counts = await this.queue(name).getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized', 'wait');
          return { name, waiting: (counts.waiting ?? 0) + (counts.wait ?? 0) + (counts.prioritized ?? 0), delayed: counts.delayed ?? 0, active: counts.active ?? 0, completed: counts.completed ?? 0, failed: counts.failed ?? 0 };
        }),
      );
      const failed = await Promise.all(
        QUEUE_NAMES.map(async (name) =>
          (await this.queue(name).getFailed(0, LAST_FAILURES - 1)).map((job) => ({
            queue: name,
            id: job.id ?? '',
            name: job.name,
            failedReason: job.failedReason ?? '',
            attemptsMade: job.attemptsMade,
            timestamp: job.finishedOn ?? job.timestamp,
          })),
        ),
      );
      const failures = failed.flat().sort((a, b) => b.timestamp - a.timestamp).slice(0, LAST_FAILURES);
      return { queues, failures };
    });
  }

  async retry(queueName: string, jobId: string): Promise<{ queue: string; id: string; state: string }> {
    if (!(QUEUE_NAMES as readonly string[]).includes(queueName)) throw new DomainError('NOT_FOUND', `No queue "${queueName}".`);
    return this.redis(async () => {
      const job = await this.queue(queueName as QueueName).getJob(jobId);
      if (!job) throw new DomainError('NOT_FOUND', 'Job not found.');
      const state = await job.getState();
      if (state !== 'failed') throw new DomainError('JOB_NOT_RETRYABLE', `Only a failed job can be retried; this one is ${state}.`);
      await job.retry('failed');
      return { queue: queueName, id: jobId, state: await job.getState() };
    });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: producerConnection(this.config), prefix: this.config.QUEUE_PREFIX });
      queue.on('error', (error) => this.logger.debug(`Queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  private async redis<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await withTimeout(work(), this.config.REDIS_REQUEST_TIMEOUT_MS, 'Reading the queues');
    } catch (error) {
      if (isCodedError(error)) throw error;
      throw new TransportError('SERVICE_UNAVAILABLE', 'The job queues cannot be reached right now; try again shortly.');
    }
  }
}
