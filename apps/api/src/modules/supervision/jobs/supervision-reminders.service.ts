import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  nextReminder,
  PlannedReminder,
  reminderOfKind,
  SUPERVISION_REMINDER_RULES,
  supervisionDeliveryKind,
  supervisionReminderJobId,
  supervisionReminderKindOf,
  SupervisionKind,
  SupervisionStatus,
} from '@mandate/domain';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { JobName, QueueName, REMINDER_JOB_OPTIONS, SupervisionReminderData } from '../../../queue/queue.constants';
import { withTimeout } from '../../../queue/queue-connection';
import { DeliveryKey, ReminderDeliveryService } from '../../reminders/reminder-delivery.service';
import { ReminderSchedulerService } from '../../reminders/reminder-scheduler.service';
import { supervisionRecipients } from '../supervision-recipients';
import { supervisionTexts } from '../supervision-texts';

export type SupervisionReminderOutcome = 'sent' | 'skipped-gone' | 'skipped-closed' | 'skipped-moved' | 'skipped-rules';

interface RequestReminderState {
  id: string;
  kind: SupervisionKind;
  status: SupervisionStatus;
  round: number;
  dueDate: string;
  subjectTitle: string;
  addresseeDepartmentId: string | null;
  raisedBy: string;
  scheduledJobId: string | null;
  deliveredKinds: string[];
}

interface Entry {
  reminder: PlannedReminder;
  jobId: string;
}

const STATE_SQL = `
  SELECT r.id, r.kind, r.status, r.round, to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate", r.subject_title AS "subjectTitle",
         r.addressee_department_id AS "addresseeDepartmentId", r.raised_by AS "raisedBy", r.reminder_job_id AS "scheduledJobId",
         ARRAY(SELECT DISTINCT d.kind FROM reminder_deliveries d WHERE d.supervision_request_id = r.id AND d.due_date = r.due_date) AS "deliveredKinds"
  FROM supervision_requests r`;

/**
 * A request's response-deadline reminders, on the package reminder path: the relay schedules from the outbox, the processor
 * re-reads the request and sends through reminder_deliveries (once per round, kind, user and channel), reconciliation restores.
 */
@Injectable()
export class SupervisionRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    private readonly scheduler: ReminderSchedulerService,
    private readonly deliveries: ReminderDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Relay: inside its transaction, brings each request's waiting job in line and queues the e-mails of its events. */
  async apply(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.scheduler.assertConnected();
    await manager.query(`SELECT 1 FROM supervision_requests WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
    const states: RequestReminderState[] = await manager.query(`${STATE_SQL} WHERE r.id = ANY($1::uuid[])`, [ids]);
    await this.replace(manager, states);
    const keys: DeliveryKey[] = await manager.query(
      `SELECT DISTINCT NULL::uuid AS "workPackageId", supervision_request_id AS "supervisionRequestId", kind, to_char(due_date, 'YYYY-MM-DD') AS "dueDate"
       FROM reminder_deliveries WHERE supervision_request_id = ANY($1::uuid[]) AND channel = 'email' AND status IN ('pending', 'sending')`,
      [ids],
    );
    for (const key of keys) await this.deliveries.enqueuePendingEmails(key);
  }

  /** Reconciliation: every open request whose recorded job is gone from Redis gets its next reminder again. */
  async reconcile(): Promise<number> {
    await this.scheduler.assertConnected();
    const states: RequestReminderState[] = await this.dataSource.query(`${STATE_SQL} WHERE r.status = 'open'`);
    const alive = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);
    const jobStates = await this.timed(Promise.all(states.map((s) => (s.scheduledJobId ? this.queue.getJobState(s.scheduledJobId) : 'unknown'))), 'reading supervision reminder jobs');
    const missing = states.filter((_, i) => !alive.has(jobStates[i]));
    await this.replace(this.dataSource.manager, missing);
    return missing.length;
  }

  /** The processor: re-reads the request; a closed, answered, reopened or moved one sends nothing stale. */
  async remind(data: SupervisionReminderData): Promise<SupervisionReminderOutcome> {
    const [state]: RequestReminderState[] = await this.dataSource.query(`${STATE_SQL} WHERE r.id = $1`, [data.supervisionRequestId]);
    if (!state) return 'skipped-gone';
    if (state.status !== 'open') return 'skipped-closed';
    if (state.round !== data.round || state.dueDate !== data.dueDate) return 'skipped-moved';
    const reminder = reminderOfKind(state.dueDate, data.kind, SUPERVISION_REMINDER_RULES, this.scheduler.clock);
    if (!reminder || reminder.at.getTime() !== data.at) return 'skipped-rules';

    const overdue = reminder.type === 'overdue';
    const recipients = await supervisionRecipients(this.dataSource.manager, {
      addresseeDepartmentId: state.addresseeDepartmentId,
      addressee: true,
      ubnd: overdue && reminder.escalate,
      userIds: overdue ? [state.raisedBy] : [],
      exceptUserId: null,
    });
    await this.deliveries.deliver(
      { workPackageId: null, supervisionRequestId: state.id, kind: supervisionDeliveryKind(state.round, reminder.kind), dueDate: state.dueDate },
      supervisionTexts.reminder(reminder, state),
      recipients,
    );
    const next = this.nextEntry(state, reminder);
    if (next) await this.add(state, next);
    await this.dataSource.query(`UPDATE supervision_requests SET reminder_job_id = $2 WHERE id = $1`, [state.id, next?.jobId ?? null]);
    return 'sent';
  }

  private nextEntry(state: RequestReminderState, following?: PlannedReminder): Entry | null {
    if (state.status !== 'open') return null;
    const delivered = new Set(state.deliveredKinds.flatMap((k) => supervisionReminderKindOf(k, state.round) ?? []));
    const reminder = nextReminder({ dueDate: state.dueDate, rules: SUPERVISION_REMINDER_RULES, clock: this.scheduler.clock, delivered, following });
    return reminder ? { reminder, jobId: supervisionReminderJobId(state.id, state.round, reminder.kind, reminder.at) } : null;
  }

  /** Adds the next job first, then removes the one it replaces, so a failure in between leaves a spare job and never none. */
  private async replace(manager: EntityManager, states: RequestReminderState[]): Promise<void> {
    for (const state of states) {
      const entry = this.nextEntry(state);
      if (entry) await this.add(state, entry);
      if (state.scheduledJobId && state.scheduledJobId !== entry?.jobId) await this.timed(this.scheduler.removeWaiting(state.scheduledJobId), 'removing a replaced supervision reminder');
      await manager.query(`UPDATE supervision_requests SET reminder_job_id = $2 WHERE id = $1`, [state.id, entry?.jobId ?? null]);
    }
  }

  private async add(state: RequestReminderState, { reminder, jobId }: Entry): Promise<void> {
    const data: SupervisionReminderData = { supervisionRequestId: state.id, round: state.round, dueDate: state.dueDate, kind: reminder.kind, at: reminder.at.getTime() };
    const delay = Math.max(0, reminder.at.getTime() - this.scheduler.clock.now().getTime());
    await this.timed(this.queue.add(JobName.SupervisionReminder, data, { ...REMINDER_JOB_OPTIONS, jobId, delay }), 'adding a supervision reminder');
  }

  private timed<T>(promise: Promise<T>, what: string): Promise<T> {
    return withTimeout(promise, this.config.REDIS_COMMAND_TIMEOUT_MS, what);
  }
}
