import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { reminderOfKind } from '@mandate/domain';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobName, QueueName, SupervisionReminderData, WORKER_CONCURRENCY, WorkPackageReminderData } from '../../queue/queue.constants';
import { SupervisionRemindersService } from '../supervision/jobs/supervision-reminders.service';
import { PeriodicRemindersService } from './periodic-reminders.service';
import { ReminderDeliveryService, packageRecipients } from './reminder-delivery.service';
import { ReminderReconciliationService } from './reminder-reconciliation.service';
import { effectiveRules, nextEntry } from './reminder-schedule';
import { ReminderSchedulerService } from './reminder-scheduler.service';
import { isOpen, loadReminderStates, saveScheduledJobs } from './reminder-state';
import { reminderTitle } from './reminder-texts';

export type ReminderOutcome = 'sent' | 'skipped-gone' | 'skipped-closed' | 'skipped-moved' | 'skipped-rules';

@Processor(QueueName.Reminders, { concurrency: WORKER_CONCURRENCY[QueueName.Reminders] })
export class ReminderProcessor extends WorkerHost {
  private readonly logger = new Logger(ReminderProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: ReminderSchedulerService,
    private readonly deliveries: ReminderDeliveryService,
    private readonly periodic: PeriodicRemindersService,
    private readonly reconciliation: ReminderReconciliationService,
    private readonly supervision: SupervisionRemindersService,
  ) {
    super();
  }

  async process(job: Job): Promise<ReminderOutcome | unknown> {
    switch (job.name) {
      case JobName.WorkPackageReminder:
        return this.remind(job.data as WorkPackageReminderData);
      case JobName.SupervisionReminder:
        return this.supervision.remind(job.data as SupervisionReminderData);
      case JobName.MonthlyReportReminder:
        return this.periodic.monthlyReport(new Date());
      case JobName.IndicatorReportReminder:
        return this.periodic.indicatorReport(new Date());
      case JobName.WeeklyDigest:
        return this.periodic.weeklyDigest(new Date());
      case JobName.ReconcileReminders:
        return this.reconciliation.reconcile();
      default:
        throw new UnrecoverableError(`Unknown job ${job.name} on ${QueueName.Reminders}`);
    }
  }

  /** Re-reads the package and its plan's rules: a finished, cancelled, moved or gone deadline, or a kind the rules now put elsewhere, sends nothing. */
  async remind(data: WorkPackageReminderData): Promise<ReminderOutcome> {
    const [state] = await loadReminderStates(this.dataSource.manager, [data.workPackageId]);
    if (!state) return 'skipped-gone';
    if (!isOpen(state)) return 'skipped-closed';
    if (state.dueDate !== data.dueDate) return 'skipped-moved';
    const reminder = reminderOfKind(state.dueDate, data.kind, effectiveRules(state.planRules), this.scheduler.clock);
    // The relay added the job the current rules want; this one was planned under rules that changed since.
    if (!reminder || reminder.at.getTime() !== data.at) return 'skipped-rules';

    const isOverdue = reminder.type === 'overdue';
    const recipients = await packageRecipients(this.dataSource.manager, state.workPackageId, state.leadDepartmentId, { assignees: !isOverdue, ubnd: isOverdue && reminder.escalate });
    await this.deliveries.deliver({ workPackageId: state.workPackageId, kind: reminder.kind, dueDate: state.dueDate }, reminderTitle(reminder, state.title, state.dueDate), recipients);

    // The chain: each reminder queues the next undelivered one; a failure here retries this job, and sends are idempotent.
    const next = nextEntry(state, this.scheduler.clock, reminder);
    if (next) await this.scheduler.addReminders([next]);
    await saveScheduledJobs(this.dataSource.manager, [{ workPackageId: state.workPackageId, dueDate: state.dueDate, jobId: next?.jobId ?? null }]);
    return 'sent';
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`Reminder job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Reminder worker: ${error.message}`);
  }
}
