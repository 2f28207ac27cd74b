import { Queue } from 'bullmq';
import { JobName, QueueName } from '../src/queue/queue.constants';
import { redisOptionsFromUrl } from '../src/queue/queue-connection';
import { applyReminderEnv, dueDateIn, startSmtpListener, UNIT_MS, waitFor, muteUsersOtherThanDemo } from './support/reminder-harness';
import { createTestApp, TestApp } from './support/test-app';
import { builtWorkerScript, isRunning as running, WorkerProcesses } from './support/worker-processes';

// The same rules as the in-process reminder tests: due in 2 days, due today, overdue 1 and overdue 2 (escalated to UBND).
const RULES = { offsetsDays: [2, 0], hourOfDay: '08:00', overdueDaily: false, escalateToUbndFromDay: 2, monthlyReportDay: 15 };
const EXPECTED_PER_PACKAGE = ['due-in-2|so-tai-chinh', 'due-today|so-tai-chinh', 'overdue-1|so-tai-chinh', 'overdue-2|so-tai-chinh', 'overdue-2|ubnd'];
const EMAIL_OF: Record<string, string> = { 'so-tai-chinh@example.test': 'so-tai-chinh', 'ubnd@example.test': 'ubnd' };
// Compressed due dates, in reminder "days" (seconds) from now.
const DUE_IN = [3, 4, 5, 6];

/** The reminder kind an e-mail subject names (see reminder-texts.ts). */
function kindOfSubject(subject: string | null): string {
  const dueIn = /^Còn (\d+) ngày đến hạn/.exec(subject ?? '');
  if (dueIn) return `due-in-${dueIn[1]}`;
  if (subject?.startsWith('Đến hạn hôm nay')) return 'due-today';
  const overdue = /^Quá hạn (\d+) ngày/.exec(subject ?? '');
  return overdue ? `overdue-${overdue[1]}` : `unknown: ${subject}`;
}

describe('reminders: a SIGKILLed worker process', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  let originMs: number;
  let ubnd: string;
  let stcDepartmentId: string;
  let planId: string;
  let script: string;
  let remindersQueue: Queue;
  let mailQueue: Queue;
  const workers = new WorkerProcesses(() => script, () => ({ LOG_LEVEL: 'warn', MIGRATE_ON_START: 'false', SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }));
  const auth = (token: string) => `Bearer ${token}`;

  const spawnWorker = () => workers.spawn();
  const killAll = workers.killAll;
  const explained = <T>(what: Promise<T>) => workers.explained(what);
  const whenStarted = (w: ReturnType<typeof spawnWorker>) => workers.whenStarted(w, async () => (await remindersQueue.getJobSchedulers()).length >= 3, 20_000);

  const create = async (dueDate: string): Promise<string> => {
    const response = await t.http().post('/api/work-packages').set('Authorization', auth(ubnd)).send({ title: `Nhiệm vụ SIGKILL ${Math.random().toString(36).slice(2, 8)}`, leadDepartmentId: stcDepartmentId, planId, dueDate });
    if (response.status !== 201) throw new Error(`create answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  /** kind|username of every in-app notification and every sent e-mail delivery, per package. */
  const notifications = async (ids: string[]): Promise<Map<string, string[]>> =>
    group(
      await t.dataSource.query(`SELECT n.work_package_id AS id, n.kind || '|' || u.username AS key FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.work_package_id = ANY($1::uuid[])`, [ids]),
      ids,
    );
  const sentEmailDeliveries = async (ids: string[]): Promise<Map<string, string[]>> =>
    group(
      await t.dataSource.query(
        `SELECT d.work_package_id AS id, d.kind || '|' || u.username AS key FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id
         WHERE d.work_package_id = ANY($1::uuid[]) AND d.channel = 'email' AND d.status = 'sent'`,
        [ids],
      ),
      ids,
    );
  /** kind|username of every message the SMTP listener received, per package (the package link is in the body). */
  const mails = (ids: string[]): Map<string, string[]> =>
    group(
      smtp.messages.flatMap((m) => {
        const id = ids.find((i) => m.text.includes(`/work-packages/${i}`));
        return id ? m.to.map((to) => ({ id, key: `${kindOfSubject(m.subject)}|${EMAIL_OF[to] ?? to}` })) : [];
      }),
      ids,
    );
  const count = (m: Map<string, string[]>) => [...m.values()].reduce((sum, keys) => sum + keys.length, 0);
  const outboxSize = async (): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM reminder_outbox`))[0].n;
  const pendingEmails = async (ids: string[]): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM reminder_deliveries WHERE work_package_id = ANY($1::uuid[]) AND channel = 'email' AND status = 'pending'`, [ids]))[0].n;
  /** Reminder instants fall on whole units after the origin; this is the stretch well clear of them. */
  const betweenInstants = (): boolean => {
    const phase = (Date.now() - originMs) % UNIT_MS;
    return phase >= 0.35 * UNIT_MS && phase <= 0.8 * UNIT_MS;
  };
  /** No reminder job of a package is waiting, delayed or running, and the mail queue is idle. */
  const queuesIdle = async (): Promise<boolean> => {
    const reminders = await remindersQueue.getJobs(['active', 'waiting', 'delayed', 'prioritized']);
    const mail = await mailQueue.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
    return !reminders.some((j) => j?.name === JobName.WorkPackageReminder) && Object.values(mail).every((n) => n === 0);
  };

  beforeAll(async () => {
    script = builtWorkerScript();
    smtp = await startSmtpListener();
    ({ originMs } = applyReminderEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }));
    t = await createTestApp();
    await muteUsersOtherThanDemo(t.dataSource);
    ubnd = await t.tokenOf('ubnd');
    await t.dataSource.query(`UPDATE users SET email = username || '@example.test', notify_in_app = true, notify_email = true, digest_only = false WHERE username IN ('so-tai-chinh', 'ubnd')`);
    // Other suites' packages must not reach these users while this one counts deliveries.
    await t.dataSource.query(`UPDATE work_packages SET status = 'cancelled', completed_on = NULL WHERE status NOT IN ('done', 'cancelled')`);
    await t.dataSource.query(`DELETE FROM reminder_outbox`);
    [{ id: stcDepartmentId }] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    [{ id: planId }] = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch kiểm thử tắt cưỡng bức', 2026, 'x', '{}') RETURNING id`,
      [`KILL-${Date.now()}`],
    );
    await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(ubnd)).send(RULES).expect(200);
    // The queues under this file's private prefix (QUEUE_PREFIX from applyReminderEnv), as the worker process sees them.
    const connection = redisOptionsFromUrl(process.env.REDIS_URL as string);
    remindersQueue = new Queue(QueueName.Reminders, { connection, prefix: process.env.QUEUE_PREFIX });
    mailQueue = new Queue(QueueName.Mail, { connection, prefix: process.env.QUEUE_PREFIX });
  });

  afterEach(killAll);

  afterAll(async () => {
    await killAll();
    await remindersQueue?.close();
    await mailQueue?.close();
    await t?.close();
    await smtp?.close();
  });

  it('a worker killed with SIGKILL mid-schedule and started again loses no reminder and sends none twice', async () => {
    const first = spawnWorker();
    await whenStarted(first);

    const ids = await Promise.all(DUE_IN.map((days) => create(dueDateIn(originMs, days))));
    const expectedTotal = ids.length * EXPECTED_PER_PACKAGE.length;

    // Kill once the first reminders went out and the rest are still ahead: outbox relayed, nothing running, no e-mail
    // half-sent, and between two reminder instants (they fall on whole units after the origin).
    await explained(
      waitFor(async () => {
        if (!running(first)) throw new Error('the first worker exited on its own');
        if (!(await sentEmailDeliveries(ids)).get(ids[0])?.length) return undefined;
        if (!betweenInstants()) return undefined;
        if ((await outboxSize()) > 0 || (await pendingEmails(ids)) > 0) return undefined;
        const reminders = await remindersQueue.getJobCounts('active', 'waiting', 'prioritized');
        const mail = await mailQueue.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
        if ([...Object.values(reminders), ...Object.values(mail)].some((n) => n > 0)) return undefined;
        return betweenInstants() || undefined;
      }, 'a quiet moment after the first reminders', 20_000, 20),
    );
    first.child.kill('SIGKILL');
    await first.exited;
    expect(first.child.signalCode).toBe('SIGKILL');

    const deliveredBeforeKill = count(await notifications(ids));
    expect(deliveredBeforeKill).toBeGreaterThan(0);
    expect(deliveredBeforeKill).toBeLessThan(expectedTotal);

    // Reminders fall due while no worker runs; the delayed jobs wait in Redis for the next one.
    await new Promise((resolve) => setTimeout(resolve, 1.5 * UNIT_MS));
    spawnWorker();

    // Everything delivered and nothing left to run, so no late duplicate can still arrive.
    await explained(
      waitFor(async () => {
        const inApp = await notifications(ids);
        const emails = await sentEmailDeliveries(ids);
        if (count(inApp) < expectedTotal || count(emails) < expectedTotal || count(mails(ids)) < expectedTotal) return undefined;
        return ((await outboxSize()) === 0 && (await pendingEmails(ids)) === 0 && (await queuesIdle())) || undefined;
      }, 'every reminder after the restart', 25_000),
    );

    const expected = new Map(ids.map((id) => [id, [...EXPECTED_PER_PACKAGE]]));
    expect(sorted(await notifications(ids))).toEqual(expected);
    expect(sorted(await sentEmailDeliveries(ids))).toEqual(expected);
    expect(sorted(mails(ids))).toEqual(expected);
    expect(await outboxSize()).toBe(0);
  }, 60_000);
});

function group(rows: { id: string; key: string }[], ids: string[]): Map<string, string[]> {
  const byId = new Map(ids.map((id) => [id, [] as string[]]));
  for (const row of rows) byId.get(row.id)?.push(row.key);
  return byId;
}

function sorted(m: Map<string, string[]>): Map<string, string[]> {
  return new Map([...m].map(([id, keys]) => [id, [...keys].sort()]));
}
