import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobName, JobSchedulers, QueueName, REMINDER_JOB_OPTIONS, SCHEDULER_TIME_ZONE, WorkPackageReminderData } from '../../queue/queue.constants';
import { withTimeout } from '../../queue/queue-connection';
import { isOpen, PackageReminderState } from './reminder-state';
import { effectiveRules, jobIdsToRemove, nextReminder, PlannedReminder, ReminderClock, reminderClockOf } from './reminder-schedule';

export interface ReminderEntry {
  workPackageId: string;
  dueDate: string;
  reminder: PlannedReminder;
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
   * Brings BullMQ in line with each package: a moved or ended deadline loses its waiting jobs; an open one gets its next reminder.
   * `reschedule` also replaces jobs of an unchanged deadline (rules changed, so the instants did).
   */
  async apply(states: PackageReminderState[], reschedule: ReadonlySet<string> = new Set(), now = new Date()): Promise<void> {
    await this.assertConnected();
    const removals: string[] = [];
    const additions: ReminderEntry[] = [];
    for (const state of states) {
      const rules = effectiveRules(state.planRules, this.clock);
      const open = isOpen(state) && state.dueDate !== null;
      const moved = state.scheduledDueDate !== null && (!open || state.scheduledDueDate !== state.dueDate || reschedule.has(state.workPackageId));
      if (moved) removals.push(...jobIdsToRemove(state.workPackageId, state.scheduledDueDate as string, rules, this.clock, now));
      const entry = open ? this.nextEntry(state, now, rules) : null;
      if (entry) additions.push(entry);
    }
    await this.timed(Promise.all(removals.map((id) => this.removeWaiting(id))), 'removing reminder jobs');
    await this.timed(this.addReminders(additions, now), 'adding reminder jobs');
  }

  /** The one job an open package with a deadline should have waiting now, or null when none is left. */
  nextEntry(state: PackageReminderState, now: Date, rules = effectiveRules(state.planRules, this.clock)): ReminderEntry | null {
    const dueDate = state.dueDate as string;
    const reminder = nextReminder(state.workPackageId, dueDate, rules, this.clock, now);
    return reminder ? { workPackageId: state.workPackageId, dueDate, reminder } : null;
  }

  /** Adds one reminder job per entry; an id already in the queue (waiting, delayed or done) is left as it is. */
  async addReminders(entries: ReminderEntry[], now = new Date()): Promise<void> {
    if (entries.length === 0) return;
    // addBulk keeps custom job ids (an existing id is skipped, as with add) and sends one round trip per batch.
    await this.queue.addBulk(
      entries.map(({ workPackageId, dueDate, reminder }) => ({
        name: JobName.WorkPackageReminder,
        data: { workPackageId, kind: reminder.kind, dueDate } satisfies WorkPackageReminderData,
        opts: { ...REMINDER_JOB_OPTIONS, jobId: reminder.jobId, delay: Math.max(0, reminder.at.getTime() - now.getTime()) },
      })),
    );
  }

  async addReminder(workPackageId: string, dueDate: string, reminder: PlannedReminder): Promise<void> {
    await this.timed(this.addReminders([{ workPackageId, dueDate, reminder }]), 'adding a reminder job');
  }

  /** Recurring work; upsert keeps one scheduler per id however often the worker starts. */
  async upsertSchedulers(): Promise<void> {
    for (const scheduler of Object.values(JobSchedulers)) {
      await this.timed(
        this.queue.upsertJobScheduler(scheduler.id, { pattern: scheduler.pattern, tz: SCHEDULER_TIME_ZONE }, { name: scheduler.name, data: {}, opts: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } } }),
        `upserting scheduler ${scheduler.id}`,
      );
    }
  }

  /** The worker's connection queues commands while Redis is away; the relay must fail instead, so its intents stay in Postgres. */
  async assertConnected(): Promise<void> {
    const client = await this.timed(this.queue.getBackend().client, 'connecting to Redis');
    if (client.status !== 'ready') throw new Error(`Redis is ${client.status}`);
  }

  private async removeWaiting(jobId: string): Promise<void> {
    try {
      const job = await this.queue.getJob(jobId);
      if (!job) return;
      const state = await job.getState();
      if (state === 'delayed' || state === 'waiting' || state === 'prioritized') await job.remove();
    } catch (error) {
      // An active job cannot be removed; it re-reads the package and sends nothing stale.
      this.logger.debug(`Reminder job ${jobId} not removed: ${(error as Error).message}`);
    }
  }

  private timed<T>(promise: Promise<T>, what: string): Promise<T> {
    return withTimeout(promise, this.config.REDIS_COMMAND_TIMEOUT_MS, what);
  }
}
