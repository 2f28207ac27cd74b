import { INestApplicationContext } from '@nestjs/common';
import { applyReminderEnv, dueDateIn, freePort, PrivateRedis, startWorker, waitFor, muteUsersOtherThanDemo } from './support/reminder-harness';
import { createTestApp, TestApp } from './support/test-app';

const RULES = { offsetsDays: [2, 0], hourOfDay: '08:00', overdueDaily: false, escalateToUbndFromDay: 2, monthlyReportDay: 15 };
const PACKAGES = 20;

describe('reminders while Redis is down', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let worker: INestApplicationContext;
  let originMs: number;
  let ubnd: string;
  let admin: string;
  let planId: string;
  const auth = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    redis = new PrivateRedis(await freePort());
    await redis.start();
    delete process.env.SMTP_URL;
    ({ originMs } = applyReminderEnv({ REDIS_URL: redis.url }));
    t = await createTestApp();
    await muteUsersOtherThanDemo(t.dataSource);
    [ubnd, admin] = await Promise.all(['ubnd', 'admin'].map((u) => t.tokenOf(u)));
    await t.dataSource.query(`UPDATE work_packages SET status = 'cancelled', completed_on = NULL WHERE status NOT IN ('done', 'cancelled')`);
    await t.dataSource.query(`DELETE FROM reminder_outbox`);
    [{ id: planId }] = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch kiểm thử mất Redis', 2026, 'x', '{}') RETURNING id`,
      [`OUT-${Date.now()}`],
    );
    await t.http().put(`/api/plans/${planId}/reminder-rules`).set('Authorization', auth(ubnd)).send(RULES).expect(200);
    worker = await startWorker();
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await redis?.stop();
  });

  it('answers every edit while Redis is down, then delivers each due reminder exactly once when it is back', async () => {
    const [{ id: stcId }] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    const created = [];
    for (let i = 0; i < PACKAGES; i += 1) {
      const response = await t.http().post('/api/work-packages').set('Authorization', auth(ubnd)).send({ title: `Nhiệm vụ ${i}`, leadDepartmentId: stcId, planId, dueDate: dueDateIn(originMs, 600) });
      expect(response.status).toBe(201);
      created.push(response.body as { id: string; version: number });
    }
    const ids = created.map((p) => p.id);
    await waitFor(async () => {
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM reminder_schedules WHERE work_package_id = ANY($1::uuid[])`, [ids]);
      return count === PACKAGES || undefined;
    }, 'the first schedule of every package');

    await redis.stop();
    const newDue = dueDateIn(originMs, 9);
    for (const pkg of created) {
      const started = Date.now();
      const response = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(ubnd)).send({ dueDate: newDue, version: pkg.version });
      expect(response.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
    }
    const [{ waiting }] = await t.dataSource.query(`SELECT count(*)::int AS waiting FROM reminder_outbox WHERE work_package_id = ANY($1::uuid[])`, [ids]);
    expect(waiting).toBe(PACKAGES);
    const queues = await t.http().get('/api/admin/queues').set('Authorization', auth(admin));
    expect(queues.status).toBe(503);

    await redis.start();
    const expected = ['due-in-2|so-tai-chinh', 'due-today|so-tai-chinh', 'overdue-1|so-tai-chinh', 'overdue-2|so-tai-chinh', 'overdue-2|ubnd'];
    const rows = await waitFor(async () => {
      const got: { workPackageId: string; key: string; dueDate: string }[] = await t.dataSource.query(
        `SELECT d.work_package_id AS "workPackageId", d.kind || '|' || u.username AS key, to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate"
         FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id WHERE d.work_package_id = ANY($1::uuid[]) ORDER BY 1, 2`,
        [ids],
      );
      return got.length >= PACKAGES * expected.length ? got : undefined;
    }, 'every reminder after Redis came back', 25_000);
    expect(rows).toHaveLength(PACKAGES * expected.length);
    for (const id of ids) {
      expect(rows.filter((r) => r.workPackageId === id).map((r) => r.key)).toEqual(expected);
    }
    expect(new Set(rows.map((r) => r.dueDate))).toEqual(new Set([newDue]));
    const [{ left }] = await t.dataSource.query(`SELECT count(*)::int AS left FROM reminder_outbox`);
    expect(left).toBe(0);
  });
});
