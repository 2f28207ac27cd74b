import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { PeriodicRemindersService } from '../src/modules/reminders/periodic-reminders.service';
import { QueueName } from '../src/queue/queue.constants';
import { applyReminderEnv, dueDateIn, freePort, startWorker, waitFor, muteUsersOtherThanDemo } from './support/reminder-harness';
import { createTestApp, TestApp } from './support/test-app';

describe('notifications, preferences and the dev mail catcher', () => {
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let originMs: number;
  let stc: string;
  let sdl: string;
  let ubnd: string;
  let admin: string;
  let stcUserId: string;
  const auth = (token: string) => `Bearer ${token}`;
  const notify = async (userId: string, title: string): Promise<string> =>
    (await t.dataSource.query(`INSERT INTO notifications (user_id, kind, title) VALUES ($1, 'due-today', $2) RETURNING id`, [userId, title]))[0].id;

  beforeAll(async () => {
    const catcherPort = await freePort();
    ({ originMs } = applyReminderEnv({ MAIL_CATCHER_PORT: String(catcherPort), SMTP_URL: `smtp://127.0.0.1:${catcherPort}` }));
    t = await createTestApp();
    await muteUsersOtherThanDemo(t.dataSource);
    [stc, sdl, ubnd, admin] = await Promise.all(['so-tai-chinh', 'so-du-lich', 'ubnd', 'admin'].map((u) => t.tokenOf(u)));
    [{ id: stcUserId }] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'so-tai-chinh'`);
    await t.dataSource.query(`UPDATE users SET email = username || '@example.test', notify_in_app = true, notify_email = true, digest_only = false WHERE username IN ('so-tai-chinh', 'so-du-lich')`);
    await t.dataSource.query(`UPDATE work_packages SET status = 'cancelled', completed_on = NULL WHERE status NOT IN ('done', 'cancelled')`);
    await t.dataSource.query(`DELETE FROM notifications; DELETE FROM reminder_outbox`);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('lists only the caller’s own notifications, marks one read, then all', async () => {
    const first = await notify(stcUserId, 'Đến hạn hôm nay: A');
    await notify(stcUserId, 'Đến hạn hôm nay: B');
    const list = await t.http().get('/api/notifications?unread=true').set('Authorization', auth(stc)).expect(200);
    expect(list.body.unreadCount).toBe(2);
    expect(list.body.items[0]).toEqual({ id: expect.any(String), kind: 'due-today', title: 'Đến hạn hôm nay: B', workPackageId: null, supervisionRequestId: null, params: null, createdAt: expect.any(String), readAt: null });
    expect((await t.http().get('/api/notifications').set('Authorization', auth(sdl)).expect(200)).body).toEqual({ items: [], unreadCount: 0 });

    await t.http().post(`/api/notifications/${first}/read`).set('Authorization', auth(sdl)).expect(404);
    const read = await t.http().post(`/api/notifications/${first}/read`).set('Authorization', auth(stc)).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const unread = await t.http().get('/api/notifications?unread=true').set('Authorization', auth(stc)).expect(200);
    expect(unread.body.items.map((n: { title: string }) => n.title)).toEqual(['Đến hạn hôm nay: B']);

    expect((await t.http().post('/api/notifications/read-all').set('Authorization', auth(stc)).expect(200)).body).toEqual({ updated: 1 });
    expect((await t.http().get('/api/notifications?unread=true').set('Authorization', auth(stc)).expect(200)).body.unreadCount).toBe(0);
    await t.http().get('/api/notifications?unread=maybe').set('Authorization', auth(stc)).expect(400);
  });

  it('reads and updates the caller’s notification preferences', async () => {
    expect((await t.http().get('/api/me/notification-preferences').set('Authorization', auth(sdl)).expect(200)).body).toEqual({ notifyInApp: true, notifyEmail: true, digestOnly: false, hasEmail: true });
    const put = await t.http().put('/api/me/notification-preferences').set('Authorization', auth(sdl)).send({ notifyEmail: false }).expect(200);
    expect(put.body).toEqual({ notifyInApp: true, notifyEmail: false, digestOnly: false, hasEmail: true });
    await t.http().put('/api/me/notification-preferences').set('Authorization', auth(sdl)).send({ notifyEmail: 'no' }).expect(400);
    await t.http().put('/api/me/notification-preferences').set('Authorization', auth(sdl)).send({ notifyEmail: true }).expect(200);
  });

  it('keeps reminder rules per plan: ubnd edits, others read, invalid rules are refused', async () => {
    const [{ id: planId }] = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Quy tắc', 2026, 'x', '{}') RETURNING id`, [`RR-${Date.now()}`]);
    expect((await t.http().get(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(stc)).expect(200)).body).toEqual({
      offsetsDays: [7, 3, 1, 0], hourOfDay: '08:00', overdueDaily: true, escalateToUbndFromDay: 3, monthlyReportDay: 15, isDefault: true,
    });
    const rules = { offsetsDays: [5, 0], hourOfDay: '07:00', overdueDaily: true, escalateToUbndFromDay: 2, monthlyReportDay: 20 };
    await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(stc)).send(rules).expect(403);
    const bad = await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(ubnd)).send({ ...rules, hourOfDay: '25:00' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('hourOfDay');
    expect((await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(ubnd)).send(rules).expect(200)).body).toEqual({ ...rules, isDefault: false });
  });

  it('answers malformed rules, queries, preferences and retries with a 4xx in the contract format', async () => {
    const [{ id: planId }] = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Sai', 2026, 'x', '{}') RETURNING id`, [`BAD-${Date.now()}`]);
    const rules = { offsetsDays: [5, 0], hourOfDay: '07:00', overdueDaily: true, escalateToUbndFromDay: 2, monthlyReportDay: 20 };
    const badRules: unknown[] = [
      { ...rules, offsetsDays: 'x' }, { ...rules, offsetsDays: [400] }, { ...rules, offsetsDays: [-1] }, { ...rules, offsetsDays: [3, 3] }, { ...rules, offsetsDays: [1.5] }, { ...rules, offsetsDays: [null] },
      { ...rules, hourOfDay: 8 }, { ...rules, hourOfDay: '' }, { ...rules, overdueDaily: 'yes' }, { ...rules, escalateToUbndFromDay: 0 }, { ...rules, monthlyReportDay: 32 },
      { ...rules, weeklyDigest: null }, { ...rules, weeklyDigest: 'x' }, { ...rules, weeklyDigest: { weekday: 1, hour: '07:30' } }, { ...rules, weeklyDigest: { weekday: 1 } }, { ...rules, extra: true }, {}, [], null,
    ];
    for (const body of badRules) {
      const res = await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(ubnd)).set('Content-Type', 'application/json').send(JSON.stringify(body));
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
    }
    await t.http().put('/api/plans/00000000-0000-0000-0000-000000000000/reminder-rules').set('Authorization', auth(ubnd)).send(rules).expect(404);
    for (const query of ['limit=0', 'limit=abc', 'limit=1.5', 'limit=1&limit=2', 'unread=true&unread=false', 'other=1']) {
      await t.http().get(`/api/notifications?${query}`).set('Authorization', auth(stc)).expect(400);
    }
    await t.http().post('/api/notifications/not-a-uuid/read').set('Authorization', auth(stc)).expect(400);
    for (const body of [[], { notifyEmail: 1 }, { other: true }]) {
      await t.http().put('/api/me/notification-preferences').set('Authorization', auth(stc)).send(body).expect(400);
    }
    for (const [queue, jobId] of [['reminders', 'a:b'], ['reminders', '../..'], ['reminders', '✓ %'], ['reminders', 'x'.repeat(2000)], ['mail', '*'], ['__proto__', 'x'], ['REMINDERS', 'x']]) {
      const res = await t.http().post(`/api/admin/queues/${encodeURIComponent(queue)}/jobs/${encodeURIComponent(jobId)}/retry`).set('Authorization', auth(admin));
      expect({ queue, status: res.status, body: res.body }).toEqual({ queue, status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: expect.any(String) } });
    }
  });

  it('a digest-only user gets no package reminder; the others’ e-mail lands in the dev mail catcher, listed for admins only', async () => {
    await t.dataSource.query(`UPDATE users SET digest_only = true WHERE username = 'so-du-lich'`);
    worker = await startWorker();
    const [{ id: stcId }] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    const [{ id: sdlId }] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'SDL'`);
    const due = dueDateIn(originMs, 2);
    const make = async (leadDepartmentId: string) =>
      (await t.http().post('/api/work-packages').set('Authorization', auth(ubnd)).send({ title: 'Báo cáo tổng kết', leadDepartmentId, dueDate: due }).expect(201)).body.id as string;
    const [stcPackage, sdlPackage] = await Promise.all([make(stcId), make(sdlId)]);

    const mail = await waitFor(async () => {
      const response = await t.http().get('/api/dev/mail').set('Authorization', auth(admin)).expect(200);
      return response.body.items.find((m: { text: string }) => m.text.includes(`/work-packages/${stcPackage}`));
    }, 'a caught e-mail');
    expect(mail).toMatchObject({ to: ['so-tai-chinh@example.test'], subject: expect.stringContaining('Báo cáo tổng kết') });
    await t.http().get('/api/dev/mail').set('Authorization', auth(stc)).expect(403);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM reminder_deliveries WHERE work_package_id = $1`, [sdlPackage]);
    expect(count).toBe(0);
  });

  it('sends the weekly digest to UBND and HĐND users and the monthly report reminder to departments with open packages, once each', async () => {
    const running = worker as INestApplicationContext;
    const periodic = running.get(PeriodicRemindersService);
    const [{ id: stcId }] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    const [{ id: planId }] = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Báo cáo tháng', 2026, 'x', '{}') RETURNING id`, [`MR-${Date.now()}`]);
    await t.dataSource.query(`INSERT INTO work_packages (plan_id, title, lead_department_id, due_date, status) VALUES ($1, 'Nhiệm vụ mở', $2, '2099-12-31', 'in_progress')`, [planId, stcId]);
    const count = async (kind: string) => (await t.dataSource.query(`SELECT count(*)::int AS c FROM reminder_deliveries WHERE kind = $1`, [kind]))[0].c;

    await periodic.weeklyDigest(new Date('2026-11-30T00:30:00Z'));
    await periodic.weeklyDigest(new Date('2026-11-30T01:30:00Z'));
    const digest = await t.dataSource.query(`SELECT DISTINCT u.role FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id WHERE d.kind = 'weekly-digest'`);
    expect(digest.map((r: { role: string }) => r.role).sort()).toEqual(['hdnd', 'ubnd']);
    const digestCount = await count('weekly-digest');

    await periodic.monthlyReport(new Date('2026-12-14T02:00:00Z'));
    expect(await count('monthly-report')).toBe(0);
    await periodic.monthlyReport(new Date('2026-12-15T00:30:00Z')); // 07:30 Hà Nội, before the 08:00 hour
    expect(await count('monthly-report')).toBe(0);
    await periodic.monthlyReport(new Date('2026-12-15T02:00:00Z'));
    await periodic.monthlyReport(new Date('2026-12-15T03:00:00Z'));
    const monthly = await t.dataSource.query(
      `SELECT u.username, d.channel, to_char(d.due_date, 'YYYY-MM-DD') AS day FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id WHERE d.kind = 'monthly-report' ORDER BY 1, 2`,
    );
    expect(monthly).toEqual([
      { username: 'so-tai-chinh', channel: 'email', day: '2026-12-15' },
      { username: 'so-tai-chinh', channel: 'in_app', day: '2026-12-15' },
    ]);
    expect(await count('weekly-digest')).toBe(digestCount);
  });

  it('shows admins the queues and their failures, and retries a failed job', async () => {
    const queue = (worker as INestApplicationContext).get<Queue>(getQueueToken(QueueName.Reminders));
    await queue.add('NoSuchJob', {}, { jobId: 'bogus-job-1', attempts: 1 });
    const overview = await waitFor(async () => {
      const response = await t.http().get('/api/admin/queues').set('Authorization', auth(admin)).expect(200);
      return response.body.failures.some((f: { id: string }) => f.id === 'bogus-job-1') ? response.body : undefined;
    }, 'the failed job in the overview');
    expect(overview.queues.map((q: { name: string }) => q.name)).toEqual(['reminders', 'mail', 'exports']);
    expect(overview.queues[0]).toEqual({ name: 'reminders', waiting: expect.any(Number), delayed: expect.any(Number), active: expect.any(Number), completed: expect.any(Number), failed: expect.any(Number) });
    expect(overview.failures.find((f: { id: string }) => f.id === 'bogus-job-1')).toEqual({ queue: 'reminders', id: 'bogus-job-1', name: 'NoSuchJob', failedReason: expect.stringContaining('Unknown job'), attemptsMade: 1, timestamp: expect.any(Number) });

    await t.http().get('/api/admin/queues').set('Authorization', auth(ubnd)).expect(403);
    await t.http().post('/api/admin/queues/reminders/jobs/no-such-job/retry').set('Authorization', auth(admin)).expect(404);
    await t.http().post('/api/admin/queues/nope/jobs/bogus-job-1/retry').set('Authorization', auth(admin)).expect(404);
    const retried = await t.http().post('/api/admin/queues/reminders/jobs/bogus-job-1/retry').set('Authorization', auth(admin)).expect(200);
    expect(retried.body).toMatchObject({ queue: 'reminders', id: 'bogus-job-1' });
  });
});
