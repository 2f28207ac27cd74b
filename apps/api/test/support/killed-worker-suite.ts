import { Queue } from 'bullmq';
import { JobName, QueueName } from '../../src/queue/queue.constants';
import { redisOptionsFromUrl } from '../../src/queue/queue-connection';
import { applyReminderEnv, CaughtMessage, muteUsersOtherThanDemo, startSmtpListener, UNIT_MS } from './reminder-harness';
import { createTestApp, TestApp } from './test-app';
import { builtWorkerScript, WorkerProcess, WorkerProcesses } from './worker-processes';

/**
 * What the suites that SIGKILL the built worker mid-schedule share (reminders-worker-kill, supervision-reminders): the
 * API in-process, a real SMTP listener, `node worker.js` processes, the reminder and mail queues under the file's
 * private prefix, and the counts they judge "each reminder exactly once" by. Call `start` in beforeAll and `close` in afterAll.
 */
export class KilledWorkerSuite {
  t!: TestApp;
  smtp!: Awaited<ReturnType<typeof startSmtpListener>>;
  originMs!: number;
  remindersQueue!: Queue;
  mailQueue!: Queue;
  private script = '';
  readonly workers = new WorkerProcesses(
    () => this.script,
    () => ({ LOG_LEVEL: 'warn', MIGRATE_ON_START: 'false', SMTP_URL: `smtp://127.0.0.1:${this.smtp.port}` }),
  );

  /** Starts everything; `recipients` (demo usernames) get e-mail and in-app notices, and no other open package can reach them. */
  async start(recipients: string[]): Promise<void> {
    this.script = builtWorkerScript();
    this.smtp = await startSmtpListener();
    ({ originMs: this.originMs } = applyReminderEnv({ SMTP_URL: `smtp://127.0.0.1:${this.smtp.port}` }));
    this.t = await createTestApp();
    await muteUsersOtherThanDemo(this.t.dataSource);
    await this.t.dataSource.query(`UPDATE users SET email = username || '@example.test', notify_in_app = true, notify_email = true, digest_only = false WHERE username = ANY($1::text[])`, [
      recipients,
    ]);
    // Other suites' packages must not reach these users while this one counts deliveries.
    await this.t.dataSource.query(`UPDATE work_packages SET status = 'cancelled', completed_on = NULL WHERE status NOT IN ('done', 'cancelled')`);
    await this.t.dataSource.query(`DELETE FROM reminder_outbox`);
    // The queues under this file's private prefix (QUEUE_PREFIX from applyReminderEnv), as the worker process sees them.
    const connection = redisOptionsFromUrl(process.env.REDIS_URL as string);
    this.remindersQueue = new Queue(QueueName.Reminders, { connection, prefix: process.env.QUEUE_PREFIX });
    this.mailQueue = new Queue(QueueName.Mail, { connection, prefix: process.env.QUEUE_PREFIX });
  }

  async close(): Promise<void> {
    await this.workers.killAll();
    await this.remindersQueue?.close();
    await this.mailQueue?.close();
    await this.t?.close();
    await this.smtp?.close();
  }

  /** Waits until the worker has synced its schedulers (the reconcile, digest and monthly ones). */
  whenStarted(w: WorkerProcess, timeoutMs: number): Promise<true> {
    return this.workers.whenStarted(w, async () => (await this.remindersQueue.getJobSchedulers()).length >= 3, timeoutMs);
  }

  /** Reminder instants fall on whole units after the origin; this is the stretch well clear of them. */
  betweenInstants(): boolean {
    const phase = (Date.now() - this.originMs) % UNIT_MS;
    return phase >= 0.35 * UNIT_MS && phase <= 0.8 * UNIT_MS;
  }

  async outboxSize(): Promise<number> {
    return (await this.t.dataSource.query(`SELECT count(*)::int AS n FROM reminder_outbox`))[0].n;
  }

  /** No `job` reminder is waiting, delayed or running, and the mail queue is idle. */
  async queuesIdle(job: JobName): Promise<boolean> {
    const reminders = await this.remindersQueue.getJobs(['active', 'waiting', 'delayed', 'prioritized']);
    const mail = await this.mailQueue.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
    return !reminders.some((j) => j?.name === job) && Object.values(mail).every((n) => n === 0);
  }
}

/** The keys of `rows` per id, sorted, with every id present (empty when none). */
export function keysPerId(rows: { id: string; key: string }[], ids: string[]): Map<string, string[]> {
  const byId = new Map(ids.map((id) => [id, [] as string[]]));
  for (const row of rows) byId.get(row.id)?.push(row.key);
  return new Map([...byId].map(([id, keys]) => [id, keys.sort()]));
}

export const countKeys = (m: Map<string, string[]>): number => [...m.values()].reduce((sum, keys) => sum + keys.length, 0);

/** kind|username of every caught message per id: the id whose `link` its body holds, the kind its subject names. */
export function mailKeysPerId(
  messages: CaughtMessage[],
  ids: string[],
  { link, kindOfSubject, usernameOf }: { link: (id: string) => string; kindOfSubject: (subject: string | null) => string; usernameOf: Record<string, string> },
): Map<string, string[]> {
  return keysPerId(
    messages.flatMap((m) => {
      const id = ids.find((i) => m.text.includes(link(i)));
      return id ? m.to.map((to) => ({ id, key: `${kindOfSubject(m.subject)}|${usernameOf[to] ?? to}` })) : [];
    }),
    ids,
  );
}
