import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ReminderClock } from '@mandate/domain';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobName, ReminderSchedulers, QueueName, REMINDER_JOB_OPTIONS, SCHEDULER_TIME_ZONE, WorkPackageReminderData } from '../../queue/queue.constants';
import { withTimeout } from '../../queue/queue-connection';
import { nextEntry, ReminderEntry, reminderClockOf } from './reminder-schedule';
import { isOpen, PackageReminderState } from './reminder-state';

/** What a package has waiting after scheduling, for `saveScheduledJobs`. */
export interface ScheduledJob {
  workPackageId: string;
  dueDate: string | null;
  jobId: string | null;
}

/** Puts reminders into BullMQ. Every call is idempotent: job ids are natural keys, so adding twice keeps one job. */
@Injectable()
export class ReminderSchedulerService {
  private readonly logger = new Logger(ReminderSchedulerService.name);
  readonly clock: ReminderClock;

  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.clock = reminderClockOf(config);
  }

  /**
   * Brings BullMQ in line with each package: its next undelivered reminder is added first, then the job the last
   * scheduling left waiting is removed if it differs, so a failure in between leaves a spare job (harmless) and never none.
   */
  async apply(states: PackageReminderState[]): Promise<ScheduledJob[]> {
    await this.assertConnected();
    return this.replace(states);
  }

  /**
   * Reconciliation: a package whose recorded job is still in Redis keeps it (after a stopped worker it may be late, and
   * running it chains the rest); any other open package gets its next undelivered reminder, so lost jobs come back.
   */
  async restoreMissing(states: PackageReminderState[]): Promise<ScheduledJob[]> {
    await this.assertConnected();
    const jobStates = await inBatches(states, (batch) => this.timed(Promise.all(batch.map((s) => (s.scheduledJobId ? this.queue.getJobState(s.scheduledJobId) : 'unknown'))), 'reading reminder jobs'));
    const alive = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);
    const missing = states.filter((_, i) => !alive.has(jobStates[i]));
    const restored = await this.replace(missing);
    const kept = states.filter((_, i) => alive.has(jobStates[i])).map((s) => ({ workPackageId: s.workPackageId, dueDate: s.dueDate, jobId: s.scheduledJobId }));
    return [...kept, ...restored];
  }

  private async replace(states: PackageReminderState[]): Promise<ScheduledJob[]> {
    const planned = states.map((state) => ({ state, entry: nextEntry(state, this.clock) }));
    await this.addReminders(planned.flatMap(({ entry }) => entry ?? []));
    const replaced = planned.flatMap(({ state, entry }) => (state.scheduledJobId && state.scheduledJobId !== entry?.jobId ? [state.scheduledJobId] : []));
    await inBatches(replaced, (batch) => this.timed(Promise.all(batch.map((id) => this.removeWaiting(id))), 'removing replaced reminder jobs'));
    return planned.map(({ state, entry }) => ({ workPackageId: state.workPackageId, dueDate: isOpen(state) ? state.dueDate : null, jobId: entry?.jobId ?? null }));
  }

  /** Adds one reminder job per entry; an id already waiting is left as it is. */
  async addReminders(entries: ReminderEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const now = this.clock.now().getTime();
    // addBulk keeps custom job ids (an existing id is skipped, as with add) and sends one round trip per batch.
    await inBatches(entries, (batch) =>
      this.timed(
        this.queue.addBulk(
          batch.map(({ workPackageId, dueDate, reminder, jobId }) => ({
            name: JobName.WorkPackageReminder,
            data: { workPackageId, dueDate, kind: reminder.kind, at: reminder.at.getTime() } satisfies WorkPackageReminderData,
            opts: { ...REMINDER_JOB_OPTIONS, jobId, delay: Math.max(0, reminder.at.getTime() - now) },
          })),
        ),
        'adding reminder jobs',
      ),
    );
  }

  /**
   * Recurring work; upsert keeps one scheduler per id however often the worker starts. A scheduler of this queue that is
   * no longer in the list goes: earlier versions put the export sweep here too, where it failed every ten minutes.
   */
  async upsertSchedulers(): Promise<void> {
    const wanted = new Set<string>(Object.values(ReminderSchedulers).map((s) => s.id));
    for (const scheduler of Object.values(ReminderSchedulers)) {
      await this.timed(
        this.queue.upsertJobScheduler(scheduler.id, { pattern: scheduler.pattern, tz: SCHEDULER_TIME_ZONE }, { name: scheduler.name, data: {}, opts: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } } }),
        `upserting scheduler ${scheduler.id}`,
      );
    }
    for (const stale of (await this.timed(this.queue.getJobSchedulers(), 'listing schedulers')).filter((s) => !wanted.has(s.key))) {
      await this.timed(this.queue.removeJobScheduler(stale.key), `removing scheduler ${stale.key}`);
    }
  }

  /** The worker's connection queues commands while Redis is away; the relay must fail instead, so its intents stay in Postgres. */
  async assertConnected(): Promise<void> {
    const client = await this.timed(this.queue.getBackend().client, 'connecting to Redis');
    if (client.status !== 'ready') throw new Error(`Redis is ${client.status}`);
  }

  async removeWaiting(jobId: string): Promise<void> {
    try {
      const job = await this.queue.getJob(jobId);
      if (!job) return;
      const state = await job.getState();
      if (state === 'delayed' || state === 'waiting' || state === 'prioritized') await job.remove();
    } catch (error) {
      // An active job cannot be removed; it re-reads the package and rules and sends nothing stale.
      this.logger.debug(`Reminder job ${jobId} not removed: ${(error as Error).message}`);
    }
  }

  private timed<T>(promise: Promise<T>, what: string): Promise<T> {
    return withTimeout(promise, this.config.REDIS_COMMAND_TIMEOUT_MS, what);
  }
}

/**
 * Redis work in batches of REDIS_BATCH, one after another: a reconciliation of thousands of packages keeps a
 * bounded number of commands in flight (and in memory), and each batch gets the whole command timeout, so a busy
 * machine does not time out a 2,000-job call and start the whole reconciliation again.
 */
const REDIS_BATCH = 250;

async function inBatches<T, R>(items: readonly T[], run: (batch: T[]) => Promise<R[] | R | void>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += REDIS_BATCH) {
    const result = await run(items.slice(start, start + REDIS_BATCH));
    if (Array.isArray(result)) results.push(...result);
  }
  return results;
}
