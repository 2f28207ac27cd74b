import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { JobName, QueueName } from '../src/queue/queue.constants';
import { MailProcessor } from '../src/modules/mail/mail.processor';
import { ReminderProcessor } from '../src/modules/reminders/reminder.processor';
import { applyReminderEnv, dueDateIn, startSmtpListener, startWorker, waitFor, muteUsersOtherThanDemo } from './support/reminder-harness';
import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;
interface Delivery {
  kind: string;
  channel: string;
  username: string;
  dueDate: string;
}

// Two due-soon reminders, then overdue on day 1 and day 2 (escalated): four reminders within ~3 s of the due instant.
const RULES = { offsetsDays: [2, 0], hourOfDay: '08:00', overdueDaily: false, escalateToUbndFromDay: 2, monthlyReportDay: 15 };
const ALL_KINDS = ['due-in-2', 'due-today', 'overdue-1', 'overdue-2'];
const expectedDeliveries = (dueDate: string): Delivery[] =>
  [
    ...['due-in-2', 'due-today', 'overdue-1', 'overdue-2'].flatMap((kind) => ['email', 'in_app'].map((channel) => ({ kind, channel, username: 'so-tai-chinh', dueDate }))),
    ...['email', 'in_app'].map((channel) => ({ kind: 'overdue-2', channel, username: 'ubnd', dueDate })),
  ].sort(byKey);
function byKey(a: Delivery, b: Delivery): number {
  return `${a.kind}|${a.username}|${a.channel}`.localeCompare(`${b.kind}|${b.username}|${b.channel}`);
}

describe('reminders: outbox → relay → BullMQ → in-app and SMTP', () => {
  let t: TestApp;
  let worker: INestApplicationContext | null = null;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  let originMs: number;
  let ubnd: string;
  let stc: string;
  let stcDepartmentId: string;
  let planId: string;

  const auth = (token: string) => `Bearer ${token}`;
  const create = async (dueDate: string, title = `Nhiệm vụ nhắc hạn ${Math.random().toString(36).slice(2, 8)}`): Promise<Json> => {
    const response = await t.http().post('/api/work-packages').set('Authorization', auth(ubnd)).send({ title, leadDepartmentId: stcDepartmentId, planId, dueDate });
    if (response.status !== 201) throw new Error(`create answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const deliveries = async (workPackageId: string): Promise<Delivery[]> =>
    (
      await t.dataSource.query(
        `SELECT d.kind, d.channel, u.username, to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate" FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id
         WHERE d.work_package_id = $1 AND (d.channel = 'in_app' OR d.status = 'sent')`,
        [workPackageId],
      )
    ).sort(byKey);
  const waitForDeliveries = (workPackageId: string, count: number, timeoutMs = 15_000) =>
    waitFor(async () => {
      const rows = await deliveries(workPackageId);
      return rows.length >= count ? rows : undefined;
    }, `${count} deliveries of ${workPackageId}`, timeoutMs);
  const scheduledJobId = (workPackageId: string) =>
    waitFor(async () => {
      const [row] = await t.dataSource.query(`SELECT job_id AS "jobId" FROM reminder_schedules WHERE work_package_id = $1`, [workPackageId]);
      return row?.jobId ?? undefined;
    }, `the reminder job of ${workPackageId}`) as Promise<string>;
  const running = (): INestApplicationContext => {
    if (!worker) throw new Error('the worker is not running');
    return worker;
  };
  const queue = () => running().get<Queue>(getQueueToken(QueueName.Reminders));

  beforeAll(async () => {
    smtp = await startSmtpListener();
    ({ originMs } = applyReminderEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }));
    t = await createTestApp();
    await muteUsersOtherThanDemo(t.dataSource);
    [ubnd, stc] = await Promise.all(['ubnd', 'so-tai-chinh'].map((u) => t.tokenOf(u)));
    await t.dataSource.query(`UPDATE users SET email = username || '@example.test', notify_in_app = true, notify_email = true, digest_only = false WHERE username IN ('so-tai-chinh', 'ubnd')`);
    // Other suites' packages must not reach these users while this one counts deliveries.
    await t.dataSource.query(`UPDATE work_packages SET status = 'cancelled', completed_on = NULL WHERE status NOT IN ('done', 'cancelled')`);
    await t.dataSource.query(`DELETE FROM reminder_outbox`);
    [{ id: stcDepartmentId }] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    [{ id: planId }] = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch kiểm thử nhắc hạn', 2026, 'x', '{}') RETURNING id`,
      [`REM-${Date.now()}`],
    );
    await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(ubnd)).send(RULES).expect(200);
    worker = await startWorker();
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp?.close();
  });

  it('sends each reminder once, in-app and by SMTP, in Vietnamese with the package link, escalating to the UBND office', async () => {
    const dueDate = dueDateIn(originMs, 3);
    const pkg = await create(dueDate, 'Giải ngân vốn đầu tư công');
    const rows = await waitForDeliveries(pkg.id as string, 10);
    expect(rows).toEqual(expectedDeliveries(dueDate));

    const list = await t.http().get('/api/notifications?unread=true').set('Authorization', auth(stc)).expect(200);
    const mine = list.body.items.filter((n: Json) => n.workPackageId === pkg.id);
    expect(mine.map((n: Json) => n.kind).sort()).toEqual([...ALL_KINDS].sort());
    expect(mine[0]).toEqual({ id: expect.any(String), kind: expect.any(String), title: expect.stringContaining('Giải ngân vốn đầu tư công'), workPackageId: pkg.id, supervisionRequestId: null, params: null, createdAt: expect.any(String), readAt: null });
    expect(list.body.unreadCount).toBeGreaterThanOrEqual(4);

    const mails = await waitFor(async () => {
      const got = smtp.messages.filter((m) => m.text.includes(`/work-packages/${pkg.id}`));
      return got.length >= 5 ? got : undefined;
    }, 'five e-mails');
    expect(mails).toHaveLength(5);
    const toStc = mails.filter((m) => m.to.includes('so-tai-chinh@example.test'));
    expect(toStc.map((m) => m.subject?.split(' (')[0]).sort()).toEqual(['Còn 2 ngày đến hạn', 'Quá hạn 1 ngày', 'Quá hạn 2 ngày', 'Đến hạn hôm nay']);
    expect(toStc[0].subject).toContain(': Giải ngân vốn đầu tư công');
    expect(toStc[0].text).toContain(`http://localhost:8080/work-packages/${pkg.id}`);
    expect(toStc[0].text).toContain('Kính gửi');
    expect(mails.filter((m) => m.to.includes('ubnd@example.test')).map((m) => m.subject)).toEqual([expect.stringMatching(/^Quá hạn 2 ngày/)]);
  });

  it('moving the deadline removes the old job and sends the new reminders once; the old deadline sends nothing', async () => {
    const oldDue = dueDateIn(originMs, 6);
    const pkg = await create(oldDue);
    const oldJobId = await scheduledJobId(pkg.id as string);
    const oldJob = await waitFor(async () => (await queue().getJob(oldJobId)) ?? undefined, 'the first reminder job');

    const newDue = dueDateIn(originMs, 3);
    await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(ubnd)).send({ dueDate: newDue, version: pkg.version }).expect(200);
    await waitFor(async () => (await queue().getJob(oldJobId)) === undefined, 'the old job to be removed');

    const rows = await waitForDeliveries(pkg.id as string, 10);
    expect(rows).toEqual(expectedDeliveries(newDue));
    // The old deadline's instants have passed by now; a stale job re-reads the package and sends nothing.
    await expect(running().get(ReminderProcessor).remind(oldJob.data)).resolves.toBe('skipped-moved');
    expect(await deliveries(pkg.id as string)).toEqual(rows);
  });

  it('a cancelled package sends nothing more', async () => {
    const dueDate = dueDateIn(originMs, 4);
    const pkg = await create(dueDate);
    const jobId = await scheduledJobId(pkg.id as string);
    const job = await waitFor(async () => (await queue().getJob(jobId)) ?? undefined, 'the reminder job');

    await t.http().post(`/api/work-packages/${pkg.id}/transitions`).set('Authorization', auth(ubnd)).send({ to: 'cancelled', reason: 'Không còn phù hợp', version: pkg.version }).expect(200);
    await waitFor(async () => (await queue().getJob(jobId)) === undefined, 'the job to be removed');
    await expect(running().get(ReminderProcessor).remind(job.data)).resolves.toBe('skipped-closed');
    expect(await deliveries(pkg.id as string)).toEqual([]);
  });

  it('changing only the escalation day after the first reminder keeps every later reminder (issue 10)', async () => {
    const pkg = await create(dueDateIn(originMs, 4));
    await waitFor(async () => (await deliveries(pkg.id as string)).some((d) => d.kind === 'due-in-2') || undefined, 'the due-in-2 reminder');
    await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(ubnd)).send({ ...RULES, escalateToUbndFromDay: 3 }).expect(200);
    // Day 2 is no longer the escalation day and overdue reminders are not daily: due-in-2, due-today, overdue-1 and the day-3 escalation.
    await waitForDeliveries(pkg.id as string, 10);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await deliveries(pkg.id as string)).map((d) => `${d.kind}:${d.username}:${d.channel}`).sort()).toEqual(
      [...['due-in-2', 'due-today', 'overdue-1', 'overdue-3'].flatMap((kind) => ['email', 'in_app'].map((c) => `${kind}:so-tai-chinh:${c}`)), 'overdue-3:ubnd:email', 'overdue-3:ubnd:in_app'].sort(),
    );
    await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(ubnd)).send(RULES).expect(200);
  });

  it('marks an e-mail sending before the SMTP call, and resends one a crash left sending with the same Message-ID', async () => {
    const pkg = await create(dueDateIn(originMs, 30));
    const [{ id: userId }] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'so-tai-chinh'`);
    // As a crash between the SMTP call and recording it leaves the row.
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO reminder_deliveries (work_package_id, kind, due_date, recipient_user_id, channel, title, status, send_attempts, sending_at)
       VALUES ($1, 'due-in-9', $2, $3, 'email', 'Còn 9 ngày đến hạn: thử gửi lại', 'sending', 1, now()) RETURNING id`,
      [pkg.id, pkg.dueDate, userId],
    );
    await expect(running().get(MailProcessor).process({ name: JobName.SendEmail, data: { deliveryId: id } } as Job)).resolves.toBe('sent');
    const resent = smtp.messages.filter((m) => m.subject?.includes('thử gửi lại'));
    expect(resent.map((m) => m.messageId)).toEqual([`<delivery-${id}@localhost>`]);
    expect(await t.dataSource.query(`SELECT status, send_attempts AS attempts FROM reminder_deliveries WHERE id = $1`, [id])).toEqual([{ status: 'sent', attempts: 2 }]);
    await expect(running().get(MailProcessor).process({ name: JobName.SendEmail, data: { deliveryId: id } } as Job)).resolves.toBe('skipped');
    // Every e-mail carries its delivery's id, so a resend is recognisable.
    const sentIds: { id: string }[] = await t.dataSource.query(`SELECT id FROM reminder_deliveries WHERE channel = 'email' AND status = 'sent'`);
    const known = new Set(sentIds.map((row) => `<delivery-${row.id}@localhost>`));
    expect(smtp.messages.every((m) => m.messageId !== null && known.has(m.messageId))).toBe(true);
  });

  it('a worker stopped mid-schedule and started again loses nothing and duplicates nothing', async () => {
    const packages = await Promise.all([2, 3, 4, 5].map(async (s) => ({ pkg: await create(dueDateIn(originMs, s)), s })));
    // Wait until the first reminders went out, then stop the worker while the rest are still delayed in Redis.
    await waitFor(async () => (await deliveries(packages[0].pkg.id as string)).length >= 2 || undefined, 'the first reminder');
    await running().close();
    worker = null;
    await new Promise((resolve) => setTimeout(resolve, 1500)); // reminders fall due while no worker runs
    worker = await startWorker();
    for (const { pkg } of packages) {
      expect(await waitForDeliveries(pkg.id as string, 10)).toEqual(expectedDeliveries(pkg.dueDate as string));
    }
  });

  it('rebuilds every pending reminder from Postgres after Redis is flushed and the worker restarts', async () => {
    const packages = await Promise.all([0, 1, 2].map(() => create(dueDateIn(originMs, 4))));
    await waitFor(async () => {
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM reminder_schedules WHERE work_package_id = ANY($1::uuid[])`, [packages.map((p) => p.id)]);
      return count === 3 || undefined;
    }, 'the relay to schedule all three');
    await running().close();
    worker = null;
    await t.redis.flushdb();
    worker = await startWorker();
    const counts = await queue().getJobCounts('delayed', 'waiting', 'active', 'completed');
    expect((counts.delayed ?? 0) + (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.completed ?? 0)).toBeGreaterThanOrEqual(3);
    for (const pkg of packages) {
      expect(await waitForDeliveries(pkg.id as string, 10)).toEqual(expectedDeliveries(pkg.dueDate as string));
    }
  });
});
