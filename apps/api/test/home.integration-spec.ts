import { addDays, todayIn } from '@mandate/domain';
import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('home pages and the current plan', () => {
  let t: TestApp;
  let dept: Record<string, string>;
  let planId: string;
  let otherPlanId: string;
  const today = todayIn(new Date());
  const ids: Record<string, string> = {};

  const as = async (user: string) => `Bearer ${await t.tokenOf(user)}`;
  const ok = async (user: string, method: 'get' | 'post', path: string, body?: Json, query?: Json): Promise<Json> => {
    const response = await t.http()[method](path).query(query ?? {}).set('Authorization', await as(user)).send(body);
    if (response.status >= 300) throw new Error(`${method} ${path} as ${user} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const create = async (title: string, lead: string, dueDate: string) => (await ok('ubnd', 'post', '/api/work-packages', { planId, title, leadDepartmentId: lead, dueDate })).id as string;
  const move = (user: string, id: string, body: Json) => ok(user, 'post', `/api/work-packages/${id}/transitions`, body);
  const newPlan = async (title: string) =>
    (await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', $2, 2026, 'x', '{}') RETURNING id`, [`HOME-${title}-${Date.now()}`, title]))[0].id as string;

  beforeAll(async () => {
    t = await createTestApp();
    const departments = await ok('ubnd', 'get', '/api/departments');
    dept = Object.fromEntries(departments.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    planId = await newPlan('Kế hoạch trang chủ');
    otherPlanId = await newPlan('Kế hoạch khác');
    // The homes are about the workflow's steps, not evidence: this plan lets completion reports go without files.
    await t.http().put(`/api/plans/${planId}/completion-rules`).set('Authorization', await as('ubnd')).send({ evidenceRequired: false }).expect(200);
    await t.dataSource.query(`INSERT INTO plan_deadlines (plan_id, item_ref, due_date, text, position) VALUES ($1, '3.1', '2026-12-31', 'giải ngân 100% kế hoạch vốn đầu tư công', 0)`, [planId]);

    ids.soon = await create('Giải ngân vốn đầu tư công đợt 1', dept.STC, addDays(today, 3));
    ids.later = await create('Thu ngân sách', dept.STC, addDays(today, 30));
    ids.submitted = await create('Báo cáo quyết toán', dept.STC, addDays(today, 20));
    ids.returned = await create('Rà soát nợ đọng', dept.STC, addDays(today, 25));
    ids.blocked = await create('Đấu giá đất', dept.STC, addDays(today, 40));
    ids.tourism = await create('Đón 22 triệu lượt khách', dept.SDL, addDays(today, 60));
    // Overdue: a deadline already past cannot be set through the API, so the row is moved back directly.
    ids.overdue = await create('Kiểm toán dự án', dept.STC, addDays(today, 10));
    await t.dataSource.query(`UPDATE work_packages SET due_date = $2, original_due_date = $2 WHERE id = $1`, [ids.overdue, addDays(today, -5)]);

    for (const id of [ids.submitted, ids.returned, ids.blocked]) await move('so-tai-chinh', id, { to: 'in_progress' });
    await move('so-tai-chinh', ids.submitted, { to: 'submitted', report: { summary: 'Đã hoàn thành' } });
    await move('so-tai-chinh', ids.returned, { to: 'submitted', report: { summary: 'Đã rà soát' } });
    await move('ubnd', ids.returned, { to: 'in_progress', reason: 'Thiếu số liệu quý III' });
    await move('so-tai-chinh', ids.blocked, { to: 'blocked', reason: 'Chờ phê duyệt giá khởi điểm' });
    await ok('so-tai-chinh', 'post', `/api/work-packages/${ids.later}/extensions`, { requestedDueDate: addDays(today, 60), reason: 'Chờ số liệu thu quý IV' });
    const raise = async (subjectId: string, addresseeDepartmentId: string | null, dueDate: string) =>
      (await ok('hdnd', 'post', '/api/supervision-requests', { kind: 'chat_van', subject: { type: 'work_package', id: subjectId }, addresseeDepartmentId, content: 'Đề nghị báo cáo tiến độ', dueDate })).id as string;
    ids.requestSoon = await raise(ids.soon, dept.STC, addDays(today, 10));
    ids.requestOverdue = await raise(ids.overdue, dept.STC, addDays(today, 5));
    ids.requestUbnd = await raise(ids.later, null, addDays(today, 15));
    ids.requestAnswered = await raise(ids.tourism, dept.SDL, addDays(today, 20));
    // A deadline already past cannot be set through the API either.
    await t.dataSource.query(`UPDATE supervision_requests SET due_date = $2 WHERE id = $1`, [ids.requestOverdue, addDays(today, -2)]);
    await ok('so-du-lich', 'post', `/api/supervision-requests/${ids.requestAnswered}/responses`, { content: 'Đã báo cáo' });
    // About twenty requests and five sign-ins: a machine shared by parallel builds needs more than the default 30 s.
  }, 180_000);
  afterAll(() => t.close());

  it('the UBND office sees what waits for its decision and who is overdue', async () => {
    const home = await ok('ubnd', 'get', '/api/home', undefined, { planId });
    expect(home.kind).toBe('ubnd');
    expect(home.plan).toMatchObject({ id: planId });
    expect(home.submitted).toEqual({ count: 1, items: [expect.objectContaining({ id: ids.submitted, status: 'submitted', leadDepartmentId: dept.STC })] });
    expect(home.extensions).toEqual({ count: 1, items: [expect.objectContaining({ workPackageId: ids.later, requestedDueDate: addDays(today, 60), reason: 'Chờ số liệu thu quý IV' })] });
    expect(home.overdueByDepartment).toEqual([{ departmentId: dept.STC, overdue: 1 }]);
    expect(home.deadlines).toEqual([{ ref: '3.1', date: '2026-12-31', text: 'giải ngân 100% kế hoạch vốn đầu tư công' }]);
  });

  it("a department sees its own work: due within 7 days, overdue, returned with the reason, blocked, and its league row", async () => {
    const home = await ok('so-tai-chinh', 'get', '/api/home', undefined, { planId });
    expect(home.kind).toBe('department');
    expect(home.dueSoon.items.map((p: Json) => p.id)).toEqual([ids.soon]);
    expect(home.overdue).toEqual({ count: 1, items: [expect.objectContaining({ id: ids.overdue, category: 'open_overdue' })] });
    expect(home.returned).toEqual({ count: 1, items: [expect.objectContaining({ id: ids.returned, reason: 'Thiếu số liệu quý III' })] });
    expect(home.blocked.items.map((p: Json) => p.id)).toEqual([ids.blocked]);
    expect(home.league).toMatchObject({ departmentId: dept.STC, due: 1, onTimeRate: 0, overdueRate: 1 });
    const tourism = await ok('so-du-lich', 'get', '/api/home', undefined, { planId });
    expect([tourism.dueSoon.count, tourism.overdue.count, tourism.returned.count, tourism.blocked.count]).toEqual([0, 0, 0, 0]);
  });

  it('the HĐND and the admin see the plan at a glance, with the summary numbers and the league ends', async () => {
    const summary = await ok('hdnd', 'get', '/api/deadlines/summary', undefined, { planId });
    for (const user of ['hdnd', 'admin']) {
      const home = await ok(user, 'get', '/api/home', undefined, { planId });
      expect(home.kind).toBe('overview');
      expect({ total: home.total, byCategory: home.byCategory }).toEqual({ total: summary.total, byCategory: summary.byCategory });
      expect(home.leagueTop.map((r: Json) => r.departmentId)).toEqual([dept.STC]);
      expect(home.ranked).toBe(1);
    }
  });

  it('each home lists the supervision requests waiting for an answer, overdue first, as the register counts them', async () => {
    // The register's own list (need-to-know applied) of open requests of this plan or of none.
    const register = async (user: string) =>
      (await ok(user, 'get', '/api/supervision-requests', undefined, { status: 'open', limit: 200 })).items.filter((r: Json) => r.planId === planId || r.planId === null);
    const check = async (user: string, mustHave: string[], mustNotHave: string[]) => {
      const [home, open] = await Promise.all([ok(user, 'get', '/api/home', undefined, { planId }), register(user)]);
      expect(home.requests.count).toBe(open.length);
      expect(home.requests.overdue).toBe(open.filter((r: Json) => r.category === 'open_overdue').length);
      const listed = home.requests.items.map((r: Json) => r.id);
      expect(listed).toEqual(expect.arrayContaining(mustHave));
      for (const id of mustNotHave) expect(listed).not.toContain(id);
      // Overdue first, then the soonest deadline.
      const keys = home.requests.items.map((r: Json) => `${r.category === 'open_overdue' ? 0 : 1}|${r.dueDate}`);
      expect(keys).toEqual([...keys].sort());
      expect(home.requests.items.find((r: Json) => r.id === ids.requestOverdue)).toMatchObject({ category: 'open_overdue', status: 'open', addresseeDepartmentId: dept.STC });
      return home;
    };
    await check('ubnd', [ids.requestOverdue, ids.requestSoon, ids.requestUbnd], [ids.requestAnswered]);
    await check('hdnd', [ids.requestOverdue, ids.requestSoon, ids.requestUbnd], [ids.requestAnswered]);
    const stc = await check('so-tai-chinh', [ids.requestOverdue, ids.requestSoon], [ids.requestUbnd, ids.requestAnswered]);
    expect(stc.requests.items.every((r: Json) => r.addresseeDepartmentId === dept.STC)).toBe(true);
    const sdl = await ok('so-du-lich', 'get', '/api/home', undefined, { planId });
    expect(sdl.requests.items.map((r: Json) => r.id)).not.toContain(ids.requestAnswered);
  });

  it('the UBND office marks a plan current; lists and homes open on it; others may not', async () => {
    for (const user of ['hdnd', 'so-tai-chinh', 'admin']) expect((await t.http().post(`/api/plans/${planId}/current`).set('Authorization', await as(user))).status).toBe(403);
    await ok('ubnd', 'post', `/api/plans/${otherPlanId}/current`);
    expect((await ok('hdnd', 'get', '/api/plans')).items[0]).toMatchObject({ id: otherPlanId, isCurrent: true });
    const marked = await ok('ubnd', 'post', `/api/plans/${planId}/current`);
    expect(marked).toMatchObject({ id: planId, isCurrent: true });
    const list = (await ok('hdnd', 'get', '/api/plans')).items;
    expect(list[0]).toMatchObject({ id: planId, isCurrent: true });
    expect(list.filter((p: Json) => p.isCurrent)).toHaveLength(1);
    expect((await ok('so-tai-chinh', 'get', '/api/home')).plan.id).toBe(planId);
    const audit = await t.dataSource.query(`SELECT entity_id, after FROM audit_events WHERE entity_type = 'plan' AND entity_id = ANY($1) AND action = 'update' AND after ? 'isCurrent' ORDER BY id`, [[planId, otherPlanId]]);
    expect(audit.map((a: Json) => [a.entity_id, a.after.isCurrent])).toEqual([[otherPlanId, true], [otherPlanId, false], [planId, true]]);

    await t.dataSource.query(`UPDATE plans SET archived = true WHERE id = $1`, [otherPlanId]);
    expect((await t.http().post(`/api/plans/${otherPlanId}/current`).set('Authorization', await as('ubnd'))).body.code).toBe('PLAN_ARCHIVED');
    expect((await t.http().post('/api/plans/00000000-0000-4000-8000-000000000000/current').set('Authorization', await as('ubnd'))).status).toBe(404);
    expect((await t.http().get('/api/home').query({ planId: 'x' }).set('Authorization', await as('ubnd'))).status).toBe(400);
  });
});
