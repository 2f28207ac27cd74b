import type { ReminderKind } from '@mandate/domain';
import type { JobsOptions } from 'bullmq';

/** Every queue, job name and retry policy of the product, in one place. */
export const QueueName = {
  Reminders: 'reminders',
  Mail: 'mail',
  Exports: 'exports',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
export const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);

export const JobName = {
  /** One dated reminder of one package: `{ workPackageId, dueDate, kind, at }`. */
  WorkPackageReminder: 'WorkPackageReminder',
  /** One dated reminder of one supervision request's response deadline: `{ supervisionRequestId, round, dueDate, kind, at }`. */
  SupervisionReminder: 'SupervisionReminder',
  /** The monthly progress-report reminder sweep; no data. */
  MonthlyReportReminder: 'MonthlyReportReminder',
  /** The monthly reminder to report indicator figures, on the admin's day; no data. */
  IndicatorReportReminder: 'IndicatorReportReminder',
  /** The weekly digest for UBND and HĐND users; no data. */
  WeeklyDigest: 'WeeklyDigest',
  /** Rebuilds missing delayed jobs from Postgres; no data. */
  ReconcileReminders: 'ReconcileReminders',
  /** One e-mail of one delivery row: `{ deliveryId }`. */
  SendEmail: 'SendEmail',
  /** One report export of one `report_exports` row: `{ exportId }`. */
  ExportReport: 'ExportReport',
  /** Removes expired export files and re-queues exports a lost job left waiting; no data. */
  SweepExports: 'SweepExports',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface WorkPackageReminderData {
  workPackageId: string;
  dueDate: string;
  kind: ReminderKind;
  /** The instant it was planned for (epoch ms); the processor drops the job when the current rules put this kind elsewhere. */
  at: number;
}
export interface SupervisionReminderData {
  supervisionRequestId: string;
  round: number;
  dueDate: string;
  kind: ReminderKind;
  at: number;
}
export interface SendEmailData {
  deliveryId: string;
}
export interface ExportReportData {
  exportId: string;
}

/** The export row's id is the natural key: re-queueing a waiting export never runs it twice. */
export const exportJobId = (exportId: string): string => `export-${exportId}`;

const DAY_S = 24 * 3600;

/** Transient failures (database or SMTP down) retry for about an hour; permanent ones are discarded with UnrecoverableError. */
export const REMINDER_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 2000 },
  // A kept completed job would block re-adding its id; reminder_deliveries, not Redis, remembers what was sent.
  removeOnComplete: true,
  removeOnFail: { age: 30 * DAY_S },
};

export const EXPORT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5000 },
  removeOnComplete: { age: DAY_S },
  removeOnFail: { age: 7 * DAY_S },
};

export const MAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 5000 },
  removeOnComplete: { age: 7 * DAY_S, count: 10_000 },
  removeOnFail: { age: 30 * DAY_S },
};

/** Recurring work as BullMQ job schedulers, one list per queue; the cron patterns run in Hà Nội time. */
export const SCHEDULER_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** On the reminders queue (the reminder worker owns them, and removes any other scheduler left there). */
export const ReminderSchedulers = {
  // Hourly, because each plan picks its own report day and hour; deliveries make repeats harmless.
  monthlyReport: { id: 'monthly-report', pattern: '0 * * * *', name: JobName.MonthlyReportReminder },
  indicatorReport: { id: 'indicator-report', pattern: '5 * * * *', name: JobName.IndicatorReportReminder },
  weeklyDigest: { id: 'weekly-digest', pattern: '30 7 * * 1', name: JobName.WeeklyDigest },
  // Nightly fan-out that catches anything the relay missed.
  reconcile: { id: 'reconcile-reminders', pattern: '15 0 * * *', name: JobName.ReconcileReminders },
} as const;
/** On the exports queue: its processor is the only one that knows SweepExports. */
export const ExportSchedulers = {
  sweepExports: { id: 'sweep-exports', pattern: '*/10 * * * *', name: JobName.SweepExports },
} as const;

// Exports are memory- and CPU-bound: one at a time per worker keeps its peak memory that of one export.
export const WORKER_CONCURRENCY = { [QueueName.Reminders]: 20, [QueueName.Mail]: 5, [QueueName.Exports]: 1 } as const;
