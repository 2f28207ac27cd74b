import { APP_CONFIG, AppConfig } from '../src/config/app-config';
import { PeriodicRemindersService } from '../src/modules/reminders/periodic-reminders.service';
import { ReminderDeliveryService } from '../src/modules/reminders/reminder-delivery.service';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSamplePlan } from '../src/seed/sample-plan.seed';
import { createTestApp, TestApp } from './support/test-app';

const SAMPLE_NUMBER = '9318/NQ-HĐND';

interface TargetBody {
  id: string;
  comparator: string;
  value: number | null;
  status: string;
  latest: { period: string; kind: string; value: number; confirmed?: boolean } | null;
}
interface IndicatorBody {
  id: string;
  code: string;
  group: string;
  name: string;
  responsibleDepartmentId: string | null;
  version: number;
  targets: TargetBody[];
}

const STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'];

describe('indicators on the seeded sample', () => {
  let t: TestApp;
  let ubnd: string;
  let hdnd: string;
  let stc: string;
  let sdl: string;
  let planId: string;
  let stcId: string;

  const list = async (asOf?: string): Promise<IndicatorBody[]> =>
    (await t.http().get(`/api/plans/${planId}/indicators`).query(asOf ? { asOf } : {}).set('Authorization', hdnd).expect(200)).body.items;
  const indicator = async (code: string) => (await list()).find((i) => i.code === code)!;
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    [ubnd, hdnd, stc, sdl] = (await Promise.all(['ubnd', 'hdnd', 'so-tai-chinh', 'so-du-lich'].map((u) => t.tokenOf(u)))).map((token) => `Bearer ${token}`);
    // The sample under a number of its own: the plans suite imports the sample itself into the same database.
    const sample = join(mkdtempSync(join(tmpdir(), 'mandate-indicators-')), 'sample.txt');
    writeFileSync(sample, readFileSync(join(__dirname, '../../../fixtures/plans/nq-318-2025-quang-ninh.txt'), 'utf8').replace(/318\/NQ-HĐND/g, SAMPLE_NUMBER));
    await seedSamplePlan(t.dataSource, sample);
    planId = (await t.dataSource.query(`SELECT id FROM plans WHERE number = $1`, [SAMPLE_NUMBER]))[0].id;
    stcId = (await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`))[0].id;
    // Figures from other runs of this suite on the same database would blur the statuses below.
    await t.dataSource.query(`DELETE FROM indicator_measurements WHERE indicator_id IN (SELECT id FROM plan_indicators WHERE plan_id = $1)`, [planId]);
    // Importing and breaking down the whole sample takes a while on a busy machine.
  }, 300_000);
  afterAll(() => t.close());

  it('lists the 21 indicators and 34 targets of the sample, each target with a status', async () => {
    const items = await list();
    expect(items).toHaveLength(21);
    expect(items.flatMap((i) => i.targets)).toHaveLength(34);
    expect(new Set(items.map((i) => i.group))).toEqual(new Set(['economy', 'society', 'environment']));
    for (const target of items.flatMap((i) => i.targets)) {
      expect(target).toMatchObject({ id: expect.any(String), comparator: expect.any(String), status: expect.any(String) });
      expect(STATUSES).toContain(target.status);
      expect(target.status).toBe('no_data');
      expect(target.latest).toBeNull();
    }
    const revenue = items.find((i) => i.code === '6')!;
    expect(revenue.targets[0]).toMatchObject({ comparator: 'gt', value: 74000, unit: 'tỷ đồng' });
    // The subject rules suggest the finance department for the budget revenue indicator.
    expect(revenue.responsibleDepartmentId).toBe(stcId);
  });

  it('moves the budget revenue status through three quarterly estimates as the domain table says', async () => {
    const revenue = await indicator('6');
    const [total] = revenue.targets;
    const enter = async (period: string, value: number) => {
      const created = await t.http().post(`/api/indicators/${revenue.id}/measurements`).set('Authorization', stc)
        .send({ period, kind: 'estimate', values: [{ targetId: total.id, value }], source: 'Sở Tài chính, báo cáo thu ngân sách' }).expect(201);
      expect(created.body).toMatchObject({ period, kind: 'estimate', confirmedAt: null, enteredByName: expect.any(String) });
      return created.body.id as string;
    };
    const statusNow = async () => (await indicator('6')).targets[0];

    await enter('2026-Q1', 18600);
    expect(await statusNow()).toMatchObject({ status: 'on_track', latest: { period: '2026-Q1', kind: 'estimate', value: 18600 } });
    await enter('2026-Q2', 35000);
    expect((await statusNow()).status).toBe('at_risk');
    const q3 = await enter('2026-Q3', 48000);
    expect((await statusNow()).status).toBe('off_track');

    // The UBND office confirms; confirming twice is a 409.
    const confirmed = await t.http().post(`/api/indicator-measurements/${q3}/confirm`).set('Authorization', ubnd).expect(200);
    expect(confirmed.body).toMatchObject({ confirmedAt: expect.any(String), confirmedBy: expect.any(String) });
    expect((await t.http().post(`/api/indicator-measurements/${q3}/confirm`).set('Authorization', ubnd).expect(409)).body.code).toBe('MEASUREMENT_ALREADY_CONFIRMED');
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'indicator_measurement' AND entity_id = $1 ORDER BY id`, [q3]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'confirm']);

    // As of a day before any figure was entered, there is no data.
    expect((await list('2026-01-01')).find((i) => i.code === '6')!.targets[0].status).toBe('no_data');
  });

  it('refuses a second figure for the same period and kind (409) unless it is an explicit, audited correction', async () => {
    const revenue = await indicator('6');
    const [total] = revenue.targets;
    const body = { period: '2026-Q3', kind: 'estimate', values: [{ targetId: total.id, value: 56000 }], source: 'Sở Tài chính, số liệu điều chỉnh' };
    const before = await count('indicator_measurements');
    const again = await t.http().post(`/api/indicators/${revenue.id}/measurements`).set('Authorization', stc).send(body).expect(409);
    expect(again.body).toMatchObject({ statusCode: 409, code: 'MEASUREMENT_EXISTS' });
    expect(await count('indicator_measurements')).toBe(before);

    const corrected = await t.http().post(`/api/indicators/${revenue.id}/measurements`).set('Authorization', stc).send({ ...body, correction: true }).expect(201);
    expect(corrected.body.correctsId).toEqual(expect.any(String));
    expect((await indicator('6')).targets[0]).toMatchObject({ status: 'on_track', latest: { value: 56000 } });
    const [event] = await t.dataSource.query(`SELECT action, before, after FROM audit_events WHERE entity_type = 'indicator_measurement' AND entity_id = $1`, [corrected.body.id]);
    expect(event.action).toBe('update');
    expect(event.before.values[0].value).toBe(48000);
    expect(event.after).toMatchObject({ correction: true });
    // An official figure of the same period is another kind: allowed, and it speaks for the period.
    await t.http().post(`/api/indicators/${revenue.id}/measurements`).set('Authorization', ubnd).send({ ...body, kind: 'official', values: [{ targetId: total.id, value: 40000 }] }).expect(201);
    expect((await indicator('6')).targets[0]).toMatchObject({ status: 'off_track', latest: { kind: 'official', value: 40000 } });
  });

  it('answers bad input with 400 naming each field, and stores nothing', async () => {
    const revenue = await indicator('6');
    const growth = await indicator('1');
    const before = await count('indicator_measurements');
    const bad = await t.http().post(`/api/indicators/${revenue.id}/measurements`).set('Authorization', stc)
      .send({ period: '2026-Q5', kind: 'guess', values: [{ targetId: revenue.targets[0].id, value: 'abc' }, { targetId: growth.targets[0].id, value: 1 }], source: '' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['period', 'kind', 'source', 'values[0].value', 'values[1].targetId']);
    const wrongYear = await t.http().post(`/api/indicators/${revenue.id}/measurements`).set('Authorization', stc).send({ period: '2025', kind: 'official', values: [{ targetId: revenue.targets[0].id, value: 1 }], source: 'x' }).expect(400);
    expect(wrongYear.body.details).toEqual([{ field: 'period', message: 'must be in the plan year 2026', rule: 'notInPlanYear', params: { year: 2026 } }]);
    await t.http().post(`/api/indicators/not-a-uuid/measurements`).set('Authorization', stc).send({}).expect(400);
    expect(await count('indicator_measurements')).toBe(before);
  });

  it('lets only the responsible department and the UBND office enter figures, and only the UBND confirm', async () => {
    const revenue = await indicator('6');
    const body = { period: '2026-06', kind: 'estimate', values: [{ targetId: revenue.targets[0].id, value: 30000 }], source: 'x' };
    expect((await t.http().post(`/api/indicators/${revenue.id}/measurements`).set('Authorization', sdl).send(body).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await t.http().post(`/api/indicators/${revenue.id}/measurements`).set('Authorization', hdnd).send(body).expect(403)).body.code).toBe('FORBIDDEN');
    const created = await t.http().post(`/api/indicators/${revenue.id}/measurements`).set('Authorization', stc).send(body).expect(201);
    await t.http().post(`/api/indicator-measurements/${created.body.id}/confirm`).set('Authorization', stc).expect(403);
  });

  it('lets the UBND change the responsible department with optimistic locking, audited', async () => {
    const tourism = await indicator('7');
    const sdlId = (await t.dataSource.query(`SELECT id FROM departments WHERE code = 'SDL'`))[0].id;
    const updated = await t.http().patch(`/api/indicators/${tourism.id}`).set('Authorization', ubnd).send({ responsibleDepartmentId: sdlId, version: tourism.version }).expect(200);
    expect(updated.body).toMatchObject({ responsibleDepartmentId: sdlId, version: tourism.version + 1 });
    const stale = await t.http().patch(`/api/indicators/${tourism.id}`).set('Authorization', ubnd).send({ accumulation: 'cumulative', version: tourism.version }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    await t.http().patch(`/api/indicators/${tourism.id}`).set('Authorization', stc).send({ accumulation: 'cumulative', version: updated.body.version }).expect(403);
    const events = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'indicator' AND entity_id = $1`, [tourism.id]);
    expect(events[0].n).toBeGreaterThanOrEqual(1);
  });

  it('takes a manual assessment with a note for a qualitative target', async () => {
    const poverty = await indicator('17');
    const [target] = poverty.targets;
    expect(target.comparator).toBe('qualitative');
    const version = (await t.dataSource.query(`SELECT version FROM indicator_targets WHERE id = $1`, [target.id]))[0].version;
    const assessed = await t.http().put(`/api/indicator-targets/${target.id}/assessment`).set('Authorization', ubnd).send({ status: 'on_track', note: 'Đã giảm còn 0,2% hộ nghèo', version }).expect(200);
    expect(assessed.body.targets[0]).toMatchObject({ status: 'on_track', assessment: { status: 'on_track', note: 'Đã giảm còn 0,2% hộ nghèo' } });
    const bad = await t.http().put(`/api/indicator-targets/${target.id}/assessment`).set('Authorization', ubnd).send({ status: 'great', note: '', version: version + 1 }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['note', 'status']);
  });

  it('links a work package to an indicator and shows it on the indicator', async () => {
    const revenue = await indicator('6');
    const [pkg] = await t.dataSource.query(`SELECT id, version FROM work_packages WHERE plan_id = $1 ORDER BY item_ref LIMIT 1`, [planId]);
    const linked = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', ubnd).send({ indicatorId: revenue.id, version: pkg.version }).expect(200);
    expect(linked.body.indicatorId).toBe(revenue.id);
    const detail = await t.http().get(`/api/indicators/${revenue.id}`).set('Authorization', hdnd).expect(200);
    expect(detail.body.packages.map((p: { id: string }) => p.id)).toContain(pkg.id);
    expect(detail.body.measurements.length).toBeGreaterThan(0);
    const wrong = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', ubnd).send({ indicatorId: '00000000-0000-4000-8000-000000000000', version: linked.body.version }).expect(400);
    expect(wrong.body.details).toEqual([{ field: 'indicatorId', message: 'no such indicator in the plan', rule: 'notFound' }]);
  });

  it('serves the page data cached per indicators revision and as-of date: every write gives a new answer, an unchanged one a 304', async () => {
    const get = (query: Record<string, string> = {}, etag?: string) => {
      const req = t.http().get(`/api/plans/${planId}/indicators`).query(query).set('Authorization', hdnd);
      return etag ? req.set('If-None-Match', etag) : req;
    };
    const first = await get().expect(200);
    expect(first.headers.etag).toMatch(/^W\/"\d+-/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    await get({}, first.headers.etag).expect(304);
    // Each write moves the revision in its own commit: the old ETag no longer matches and the answer shows the write.
    const after = async (write: () => Promise<unknown>): Promise<IndicatorBody[]> => {
      const before = (await get().expect(200)).headers.etag;
      await write();
      const changed = await get({}, before).expect(200);
      expect(changed.headers.etag).not.toBe(before);
      return changed.body.items;
    };
    const growth = await indicator('1');
    const [target] = growth.targets;
    const figures = { period: '2026-H1', kind: 'estimate', values: [{ targetId: target.id, value: 9 }], source: 'Cục Thống kê tỉnh' };
    let entered = '';
    let items = await after(async () => (entered = (await t.http().post(`/api/indicators/${growth.id}/measurements`).set('Authorization', ubnd).send(figures).expect(201)).body.id));
    expect(items.find((i) => i.code === '1')!.targets[0].latest).toMatchObject({ period: '2026-H1', value: 9, confirmed: false });
    items = await after(() => t.http().post(`/api/indicator-measurements/${entered}/confirm`).set('Authorization', ubnd).expect(200));
    expect(items.find((i) => i.code === '1')!.targets[0].latest).toMatchObject({ value: 9, confirmed: true });
    items = await after(() => t.http().post(`/api/indicators/${growth.id}/measurements`).set('Authorization', ubnd).send({ ...figures, values: [{ targetId: target.id, value: 11 }], correction: true }).expect(201));
    expect(items.find((i) => i.code === '1')!.targets[0].latest).toMatchObject({ value: 11, confirmed: false });

    const sdlId = (await t.dataSource.query(`SELECT id FROM departments WHERE code = 'SDL'`))[0].id;
    items = await after(() => t.http().patch(`/api/indicators/${growth.id}`).set('Authorization', ubnd).send({ responsibleDepartmentId: sdlId, version: growth.version }).expect(200));
    expect(items.find((i) => i.code === '1')).toMatchObject({ responsibleDepartmentId: sdlId, version: growth.version + 1 });
    items = await after(() => t.http().patch(`/api/indicators/${growth.id}`).set('Authorization', ubnd).send({ accumulation: 'point_in_time', version: growth.version + 1 }).expect(200));
    expect(items.find((i) => i.code === '1')).toMatchObject({ accumulation: 'point_in_time' });

    const poverty = (await indicator('17')).targets[0];
    const version = (await t.dataSource.query(`SELECT version FROM indicator_targets WHERE id = $1`, [poverty.id]))[0].version;
    items = await after(() => t.http().put(`/api/indicator-targets/${poverty.id}/assessment`).set('Authorization', ubnd).send({ status: 'off_track', note: 'Chưa đạt', version }).expect(200));
    expect(items.find((i) => i.code === '17')!.targets[0].status).toBe('off_track');

    // The key holds the effective as-of date: the same revision as of another day is another answer.
    const today = await get().expect(200);
    const earlier = await get({ asOf: '2026-01-01' }).expect(200);
    expect(earlier.headers.etag).not.toBe(today.headers.etag);
    expect(earlier.body.asOf).toBe('2026-01-01');
    expect(earlier.body.items.find((i: IndicatorBody) => i.code === '1').targets[0].latest).toBeNull();
    await get({ asOf: '2026-13-01' }).expect(400);
  });

  it('reminds each responsible department monthly on the day the admin sets, once', async () => {
    const admin = `Bearer ${await t.tokenOf('admin')}`;
    const current = await t.http().get('/api/indicator-report-settings').set('Authorization', hdnd).expect(200);
    expect((await t.http().put('/api/indicator-report-settings').set('Authorization', admin).send({ reportDay: 30, hourOfDay: '8h', version: current.body.version }).expect(400)).body.details.map((d: { field: string }) => d.field)).toEqual(['reportDay']);
    await t.http().put('/api/indicator-report-settings').set('Authorization', ubnd).send({ reportDay: 12, hourOfDay: '08:00', version: current.body.version }).expect(403);
    const saved = await t.http().put('/api/indicator-report-settings').set('Authorization', admin).send({ reportDay: 12, hourOfDay: '08:00', version: current.body.version }).expect(200);
    expect(saved.body).toMatchObject({ reportDay: 12, hourOfDay: '08:00', isDefault: false });

    // In-app only (no SMTP in this test's config), so the mail queue is never reached.
    const config = t.app.get<AppConfig>(APP_CONFIG);
    const periodic = new PeriodicRemindersService(t.dataSource, new ReminderDeliveryService(t.dataSource, undefined as never, { ...config, SMTP_URL: undefined } as AppConfig));
    const deliveries = async () =>
      t.dataSource.query(`SELECT u.username, u.role FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id WHERE d.kind = 'indicator-report' AND d.due_date = '2026-12-12' ORDER BY 1`);
    expect((await periodic.indicatorReport(new Date('2026-12-11T02:00:00Z'))).recipients).toBe(0);
    expect((await periodic.indicatorReport(new Date('2026-12-12T00:30:00Z'))).recipients).toBe(0); // 07:30 in Hà Nội
    await periodic.indicatorReport(new Date('2026-12-12T01:05:00Z'));
    await periodic.indicatorReport(new Date('2026-12-12T02:05:00Z'));
    const sent: { username: string; role: string }[] = await deliveries();
    expect(sent.filter((d) => d.username === 'so-tai-chinh')).toHaveLength(1);
    expect(sent.every((d) => d.role === 'department')).toBe(true);
    const [note] = await t.dataSource.query(`SELECT n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'so-tai-chinh' AND n.kind = 'indicator-report' ORDER BY n.created_at DESC LIMIT 1`);
    expect(note.title).toBe('Nhắc gửi số liệu chỉ tiêu tháng 12/2026');
  });
});
