import { JobName } from '../src/queue/queue.constants';
import { countKeys as count, KilledWorkerSuite, keysPerId as group, mailKeysPerId } from './support/killed-worker-suite';
import { dueDateIn, UNIT_MS, waitFor } from './support/reminder-harness';
import { isRunning as running } from './support/worker-processes';

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
  const suite = new KilledWorkerSuite();
  let ubnd: string;
  let stcDepartmentId: string;
  let planId: string;
  const auth = (token: string) => `Bearer ${token}`;

  const spawnWorker = () => suite.workers.spawn();
  const explained = <T>(what: Promise<T>) => suite.workers.explained(what);

  const create = async (dueDate: string): Promise<string> => {
    const response = await suite.t.http().post('/api/work-packages').set('Authorization', auth(ubnd)).send({ title: `Nhiệm vụ SIGKILL ${Math.random().toString(36).slice(2, 8)}`, leadDepartmentId: stcDepartmentId, planId, dueDate });
    if (response.status !== 201) throw new Error(`create answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  /** kind|username of every in-app notification and every sent e-mail delivery, per package. */
  const notifications = async (ids: string[]): Promise<Map<string, string[]>> =>
    group(
      await suite.t.dataSource.query(`SELECT n.work_package_id AS id, n.kind || '|' || u.username AS key FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.work_package_id = ANY($1::uuid[])`, [ids]),
      ids,
    );
  const sentEmailDeliveries = async (ids: string[]): Promise<Map<string, string[]>> =>
    group(
      await suite.t.dataSource.query(
        `SELECT d.work_package_id AS id, d.kind || '|' || u.username AS key FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id
         WHERE d.work_package_id = ANY($1::uuid[]) AND d.channel = 'email' AND d.status = 'sent'`,
        [ids],
      ),
      ids,
    );
  /** kind|username of every message the SMTP listener received, per package (the package link is in the body). */
  const mails = (ids: string[]): Map<string, string[]> => mailKeysPerId(suite.smtp.messages, ids, { link: (id) => `/work-packages/${id}`, kindOfSubject, usernameOf: EMAIL_OF });
  const pendingEmails = async (ids: string[]): Promise<number> =>
    (await suite.t.dataSource.query(`SELECT count(*)::int AS n FROM reminder_deliveries WHERE work_package_id = ANY($1::uuid[]) AND channel = 'email' AND status = 'pending'`, [ids]))[0].n;

  beforeAll(async () => {
    await suite.start(['so-tai-chinh', 'ubnd']);
    const { t } = suite;
    ubnd = await t.tokenOf('ubnd');
    [{ id: stcDepartmentId }] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    [{ id: planId }] = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch kiểm thử tắt cưỡng bức', 2026, 'x', '{}') RETURNING id`,
      [`KILL-${Date.now()}`],
    );
    await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(ubnd)).send(RULES).expect(200);
  });

  afterEach(suite.workers.killAll);

  afterAll(() => suite.close());

  it('a worker killed with SIGKILL mid-schedule and started again loses no reminder and sends none twice', async () => {
    const first = spawnWorker();
    await suite.whenStarted(first, 20_000);

    const ids = await Promise.all(DUE_IN.map((days) => create(dueDateIn(suite.originMs, days))));
    const expectedTotal = ids.length * EXPECTED_PER_PACKAGE.length;

    // Kill once the first reminders went out and the rest are still ahead: outbox relayed, nothing running, no e-mail
    // half-sent, and between two reminder instants (they fall on whole units after the origin).
    await explained(
      waitFor(async () => {
        if (!running(first)) throw new Error('the first worker exited on its own');
        if (!(await sentEmailDeliveries(ids)).get(ids[0])?.length) return undefined;
        if (!suite.betweenInstants()) return undefined;
        if ((await suite.outboxSize()) > 0 || (await pendingEmails(ids)) > 0) return undefined;
        const reminders = await suite.remindersQueue.getJobCounts('active', 'waiting', 'prioritized');
        const mail = await suite.mailQueue.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
        if ([...Object.values(reminders), ...Object.values(mail)].some((n) => n > 0)) return undefined;
        return suite.betweenInstants() || undefined;
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
        return ((await suite.outboxSize()) === 0 && (await pendingEmails(ids)) === 0 && (await suite.queuesIdle(JobName.WorkPackageReminder))) || undefined;
      }, 'every reminder after the restart', 25_000),
    );

    const expected = new Map(ids.map((id) => [id, [...EXPECTED_PER_PACKAGE].sort()]));
    expect(await notifications(ids)).toEqual(expected);
    expect(await sentEmailDeliveries(ids)).toEqual(expected);
    expect(mails(ids)).toEqual(expected);
    expect(await suite.outboxSize()).toBe(0);
  }, 60_000);
});
