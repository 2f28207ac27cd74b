import { JobName } from '../src/queue/queue.constants';
import { countKeys as count, KilledWorkerSuite, keysPerId as group, mailKeysPerId } from './support/killed-worker-suite';
import { dueDateIn, UNIT_MS, waitFor } from './support/reminder-harness';
import { isRunning as running } from './support/worker-processes';

// 3 days before the response deadline to the addressee; on the first overdue day to the addressee, the UBND office and the HĐND member who raised it.
const EXPECTED_PER_REQUEST = [
  'supervision-r1-raised|so-tai-chinh',
  'supervision-r1-raised|ubnd',
  'supervision-r1-due-in-3|so-tai-chinh',
  'supervision-r1-overdue-1|hdnd',
  'supervision-r1-overdue-1|so-tai-chinh',
  'supervision-r1-overdue-1|ubnd',
].sort();
const EMAIL_OF: Record<string, string> = { 'so-tai-chinh@example.test': 'so-tai-chinh', 'ubnd@example.test': 'ubnd', 'hdnd@example.test': 'hdnd' };
// Compressed response deadlines, in reminder "days" (seconds) from now.
const DUE_IN = [6, 7, 8];

/** The delivery kind an e-mail subject names (see supervision-texts.ts). */
function kindOfSubject(subject: string | null): string {
  if (/^Còn 3 ngày đến hạn trả lời/.test(subject ?? '')) return 'supervision-r1-due-in-3';
  if (/^Quá hạn trả lời 1 ngày/.test(subject ?? '')) return 'supervision-r1-overdue-1';
  if (/^HĐND gửi /.test(subject ?? '')) return 'supervision-r1-raised';
  return `unknown: ${subject}`;
}

describe('supervision reminders: before the response deadline and on overdue, exactly once, across a SIGKILLed worker', () => {
  const suite = new KilledWorkerSuite();
  let hdnd: string;
  let stcDepartmentId: string;
  let packageId: string;
  const auth = (token: string) => `Bearer ${token}`;

  const spawnWorker = () => suite.workers.spawn();
  const explained = <T>(what: Promise<T>) => suite.workers.explained(what);

  const raise = async (dueDate: string): Promise<string> => {
    const response = await suite.t
      .http()
      .post('/api/supervision-requests')
      .set('Authorization', auth(hdnd))
      .send({ kind: 'chat_van', subject: { type: 'work_package', id: packageId }, addresseeDepartmentId: stcDepartmentId, content: `Chất vấn nhắc hạn ${Math.random().toString(36).slice(2, 8)}`, dueDate });
    if (response.status !== 201) throw new Error(`raise answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  const notifications = async (ids: string[]) =>
    group(
      await suite.t.dataSource.query(`SELECT n.supervision_request_id AS id, n.kind || '|' || u.username AS key FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.supervision_request_id = ANY($1::uuid[])`, [ids]),
      ids,
    );
  const sentEmails = async (ids: string[]) =>
    group(
      await suite.t.dataSource.query(
        `SELECT d.supervision_request_id AS id, d.kind || '|' || u.username AS key FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id
         WHERE d.supervision_request_id = ANY($1::uuid[]) AND d.channel = 'email' AND d.status = 'sent'`,
        [ids],
      ),
      ids,
    );
  // E-mail is at least once (docs/operations.md): a resend after a stalled job carries the same Message-ID, so count each once.
  const mails = (ids: string[]) =>
    mailKeysPerId([...new Map(suite.smtp.messages.map((m) => [m.messageId ?? Math.random().toString(), m])).values()], ids, { link: (id) => `/supervision/${id}`, kindOfSubject, usernameOf: EMAIL_OF });
  const pendingEmails = async (ids: string[]): Promise<number> =>
    (await suite.t.dataSource.query(`SELECT count(*)::int AS n FROM reminder_deliveries WHERE supervision_request_id = ANY($1::uuid[]) AND channel = 'email' AND status IN ('pending', 'sending')`, [ids]))[0].n;

  beforeAll(async () => {
    await suite.start(['so-tai-chinh', 'ubnd', 'hdnd']);
    const { t } = suite;
    hdnd = await t.tokenOf('hdnd');
    // Other suites' open requests must not reach these users either.
    await t.dataSource.query(`UPDATE supervision_requests SET status = 'closed', closed_at = now() WHERE status <> 'closed'`);
    [{ id: stcDepartmentId }] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    [{ id: packageId }] = await t.dataSource.query(
      `INSERT INTO work_packages (title, lead_department_id, status, due_date) VALUES ('Giải ngân vốn đầu tư công (nhắc giám sát)', $1, 'done', '2026-12-31') RETURNING id`,
      [stcDepartmentId],
    );
  });

  afterEach(suite.workers.killAll);

  afterAll(() => suite.close());

  it('sends each reminder once, none for a request answered in time, and loses none while the worker is down', async () => {
    const first = spawnWorker();
    await suite.whenStarted(first, 60_000);

    const ids = await Promise.all(DUE_IN.map((days) => raise(dueDateIn(suite.originMs, days))));
    const answeredId = await raise(dueDateIn(suite.originMs, 7));
    const expectedTotal = ids.length * EXPECTED_PER_REQUEST.length;

    // Kill as soon as the first reminder went out, between two reminder instants: whatever is running then (a reminder,
    // an e-mail) is cut off mid-way, and the overdue reminders are still ahead.
    await explained(
      waitFor(async () => {
        if (!running(first)) throw new Error('the first worker exited on its own');
        if (!(await notifications(ids)).get(ids[0])?.some((k) => k.startsWith('supervision-r1-due-in-3'))) return undefined;
        return suite.betweenInstants() || undefined;
      }, 'the first reminder', 30_000, 20),
    );
    first.child.kill('SIGKILL');
    await first.exited;
    expect(first.child.signalCode).toBe('SIGKILL');
    const deliveredBeforeKill = count(await notifications(ids));
    expect(deliveredBeforeKill).toBeLessThan(expectedTotal);

    // The addressee answers one request while no worker runs: its pending reminders must send nothing after the restart.
    const stc = await suite.t.tokenOf('so-tai-chinh');
    await suite.t.http().post(`/api/supervision-requests/${answeredId}/responses`).set('Authorization', auth(stc)).send({ content: 'Đã trả lời đúng hạn' }).expect(201);

    await new Promise((resolve) => setTimeout(resolve, 1.5 * UNIT_MS));
    await suite.whenStarted(spawnWorker(), 60_000);

    await explained(
      waitFor(async () => {
        // A count short of the total is thrown, so a timeout says how far delivery got.
        const got = [count(await notifications(ids)), count(await sentEmails(ids)), count(mails(ids))];
        if (got.some((n) => n < expectedTotal)) throw new Error(`in-app, e-mail rows, SMTP: ${got.join(', ')} of ${expectedTotal}`);
        if (count(await notifications(ids)) < expectedTotal || count(await sentEmails(ids)) < expectedTotal || count(mails(ids)) < expectedTotal) return undefined;
        return ((await suite.outboxSize()) === 0 && (await pendingEmails(ids)) === 0 && (await suite.queuesIdle(JobName.SupervisionReminder))) || undefined;
      }, 'every reminder after the restart', 120_000),
    );
    // Past the last overdue instant of every request, so a late duplicate would have arrived.
    await new Promise((resolve) => setTimeout(resolve, 1.5 * UNIT_MS));

    const expected = new Map(ids.map((id) => [id, EXPECTED_PER_REQUEST]));
    expect(await notifications(ids)).toEqual(expected);
    expect(await sentEmails(ids)).toEqual(expected);
    expect(mails(ids)).toEqual(expected);
    const answered = (await notifications([answeredId])).get(answeredId) ?? [];
    expect(answered.filter((k) => k.includes('overdue'))).toEqual([]);
    expect(answered).toContain('supervision-r1-answered|hdnd');
    expect((await suite.t.dataSource.query(`SELECT count(*)::int AS n FROM reminder_deliveries WHERE supervision_request_id = ANY($1::uuid[]) AND status = 'failed'`, [ids]))[0].n).toBe(0);
  }, 300_000);
});
