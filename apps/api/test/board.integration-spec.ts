import { countByCategory, WorkPackageStatus } from '@mandate/domain';
import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;
type Column = { key: string; title: string; count: number; cards: Json[] };

describe('board and deadline summary', () => {
  let t: TestApp;
  let ubnd: string;
  let dept: Record<string, string>;
  let planId: string;

  const get = async (path: string, query: Json) => (await t.http().get(path).query(query).set('Authorization', `Bearer ${ubnd}`).expect(200)).body;

  /** Rows straight into the table: the board reads whatever the break-down and the API wrote. */
  const insert = (rows: { title: string; status: WorkPackageStatus; lead: string; itemRef?: string | null; dueDate?: string | null; completedOn?: string | null }[]) =>
    t.dataSource.query(
      `INSERT INTO work_packages (plan_id, title, status, lead_department_id, item_ref, due_date, completed_on)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::uuid[], $5::text[], $6::date[], $7::date[])`,
      [planId, rows.map((r) => r.title), rows.map((r) => r.status), rows.map((r) => r.lead), rows.map((r) => r.itemRef ?? null), rows.map((r) => r.dueDate ?? null), rows.map((r) => r.completedOn ?? null)],
    );

  const FIXTURE = () =>
    [
      { title: 'Giải ngân vốn đầu tư công', status: 'in_progress', lead: dept.STC, itemRef: '3.1', dueDate: '2026-12-31' },
      { title: 'Thu ngân sách', status: 'in_progress', lead: dept.STC, itemRef: '3.1', dueDate: '2026-06-30' },
      { title: 'Quảng bá du lịch Quảng Ninh', status: 'not_started', lead: dept.SDL, itemRef: '3.2', dueDate: '2026-09-30' },
      { title: 'Đón 22 triệu lượt khách', status: 'done', lead: dept.SDL, itemRef: '3.2', dueDate: '2026-12-31', completedOn: '2026-12-20' },
      { title: 'Trường chuẩn quốc gia', status: 'done', lead: dept.SGDDT, itemRef: null, dueDate: '2026-05-31', completedOn: '2026-06-02' },
      { title: 'Nhiệm vụ thường xuyên', status: 'blocked', lead: dept.SGDDT, itemRef: null, dueDate: null },
      { title: 'Dự án đã hủy', status: 'cancelled', lead: dept.STC, itemRef: '3.1', dueDate: '2026-03-31' },
      { title: 'Chờ duyệt', status: 'submitted', lead: dept.STC, itemRef: '3.1', dueDate: '2026-08-31' },
    ] as const;

  beforeAll(async () => {
    t = await createTestApp();
    ubnd = await t.tokenOf('ubnd');
    const departments = await t.http().get('/api/departments').set('Authorization', `Bearer ${ubnd}`).expect(200);
    dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    const plan = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch kiểm thử bảng', 2026, 'x', '{}') RETURNING id`,
      [`BOARD-${Date.now()}`],
    );
    planId = plan[0].id;
    await t.dataSource.query(
      `INSERT INTO plan_items (plan_id, ref, title, position, is_leaf) VALUES ($1, '3.1', 'Tài chính, ngân sách', 0, true), ($1, '3.2', 'Du lịch', 1, true)`,
      [planId],
    );
    await insert([...FIXTURE()]);
  });
  afterAll(() => t.close());

  it('groups by status: every status a column, in workflow order, with compact cards', async () => {
    const board = await get('/api/board', { planId, asOf: '2026-07-01' });
    expect(board.columns.map((c: Column) => [c.key, c.count])).toEqual([
      ['not_started', 1],
      ['in_progress', 2],
      ['blocked', 1],
      ['submitted', 1],
      ['done', 2],
      ['cancelled', 1],
    ]);
    const inProgress = board.columns[1] as Column;
    expect(inProgress.title).toBe('Đang thực hiện');
    // Soonest due first; the one due 30/06 is overdue on 01/07.
    expect(inProgress.cards[0]).toEqual({ id: expect.any(String), title: 'Thu ngân sách', status: 'in_progress', category: 'open_overdue', dueDate: '2026-06-30', leadDepartmentId: dept.STC, itemRef: '3.1', progress: 0, version: 1 });
    expect(Object.keys(inProgress.cards[1]).sort()).toEqual(['category', 'dueDate', 'id', 'itemRef', 'leadDepartmentId', 'progress', 'status', 'title', 'version']);
    expect(board.lanes).toBeNull();
  });

  it('groups by department and by item, and filters by department and text', async () => {
    const byDepartment = await get('/api/board', { planId, groupBy: 'department' });
    expect(Object.fromEntries(byDepartment.columns.map((c: Column) => [c.key, c.count]))).toEqual({ [dept.STC]: 4, [dept.SDL]: 2, [dept.SGDDT]: 2 });
    expect(byDepartment.columns.find((c: Column) => c.key === dept.SDL).title).toBe('Sở Du lịch');
    const byItem = await get('/api/board', { planId, groupBy: 'item' });
    expect(byItem.columns.map((c: Column) => [c.key, c.title, c.count])).toEqual([
      ['3.1', '3.1. Tài chính, ngân sách', 4],
      ['3.2', '3.2. Du lịch', 2],
      ['none', 'Không gắn mục', 2],
    ]);
    const filtered = await get('/api/board', { planId, departmentId: dept.SDL, q: 'quang ninh' });
    expect(filtered.columns.filter((c: Column) => c.count > 0).map((c: Column) => c.cards.map((card) => card.title))).toEqual([['Quảng bá du lịch Quảng Ninh']]);
    const noPlan = await t.http().get('/api/board?groupBy=item').set('Authorization', `Bearer ${ubnd}`).expect(400);
    expect(noPlan.body.details[0].field).toBe('planId');
    await t.http().get('/api/board?groupBy=colour').set('Authorization', `Bearer ${ubnd}`).expect(400);
  });

  it('finds a package by its source text under search, with diacritics folded, and counts what it shows', async () => {
    // Regression: the web re-filtered the API's answer by title only, hiding cards the API had found.
    await t.dataSource.query(
      `INSERT INTO work_packages (plan_id, title, source_text, status, lead_department_id, due_date) VALUES ($1, 'Đẩy nhanh tiến độ', 'Hoàn thành cao tốc Vân Đồn - Móng Cái', 'in_progress', $2, '2026-12-31')`,
      [planId, dept.STC],
    );
    const found = await get('/api/board', { planId, q: 'van don', asOf: '2026-07-01' });
    const shown = found.columns.flatMap((c: Column) => c.cards.map((card) => card.title));
    expect(shown).toEqual(['Đẩy nhanh tiến độ']);
    for (const c of found.columns as Column[]) expect(c.count).toBe(c.cards.length);
    await t.dataSource.query(`DELETE FROM work_packages WHERE plan_id = $1 AND title = 'Đẩy nhanh tiến độ'`, [planId]);
  });

  it('filters by category in the database: every count equals the cards it sends', async () => {
    const board = await get('/api/board', { planId, category: 'open_overdue', asOf: '2026-07-01' });
    const counts = Object.fromEntries(board.columns.map((c: Column) => [c.key, c.count]));
    expect(counts).toEqual({ not_started: 0, in_progress: 1, blocked: 0, submitted: 0, done: 0, cancelled: 0 });
    for (const c of board.columns as Column[]) {
      expect(c.count).toBe(c.cards.length);
      for (const card of c.cards) expect(card.category).toBe('open_overdue');
    }
    const byDepartment = await get('/api/board', { planId, groupBy: 'department', category: 'done_late', asOf: '2026-07-01' });
    expect(byDepartment.columns.map((c: Column) => [c.key, c.count, c.cards.length])).toEqual([[dept.SGDDT, 1, 1]]);
    await t.http().get('/api/board').query({ planId, category: 'late' }).set('Authorization', `Bearer ${ubnd}`).expect(400);
  });

  it('splits a status board into swimlanes by item or department in one request, with true counts per lane', async () => {
    const byItem = await get('/api/board', { planId, lanes: 'item', asOf: '2026-07-01' });
    expect(byItem.lanes.map((l: { key: string; title: string }) => [l.key, l.title])).toEqual([
      ['3.1', '3.1. Tài chính, ngân sách'],
      ['3.2', '3.2. Du lịch'],
      ['none', 'Không gắn mục'],
    ]);
    const cells = (lane: { columns: Column[] }) => Object.fromEntries(lane.columns.filter((c) => c.count > 0).map((c) => [c.key, c.cards.map((card) => card.title)]));
    expect(cells(byItem.lanes[0])).toEqual({ in_progress: ['Thu ngân sách', 'Giải ngân vốn đầu tư công'], submitted: ['Chờ duyệt'], cancelled: ['Dự án đã hủy'] });
    expect(cells(byItem.lanes[2])).toEqual({ blocked: ['Nhiệm vụ thường xuyên'], done: ['Trường chuẩn quốc gia'] });
    for (const lane of byItem.lanes) for (const c of lane.columns as Column[]) expect(c.count).toBe(c.cards.length);
    expect(byItem.columns.map((c: Column) => c.count)).toEqual([1, 2, 1, 1, 2, 1]);

    const byDepartment = await get('/api/board', { planId, lanes: 'department', departmentId: dept.SDL });
    expect(byDepartment.lanes.map((l: { title: string }) => l.title)).toEqual(['Sở Du lịch']);
    const bad = await t.http().get('/api/board').query({ planId, groupBy: 'department', lanes: 'item' }).set('Authorization', `Bearer ${ubnd}`).expect(400);
    expect(bad.body.details[0]).toMatchObject({ field: 'lanes', rule: 'needsStatusBoard' });
  });

  it('cuts cards at the column limit and still reports the true count', async () => {
    const plan = await t.dataSource.query(`INSERT INTO plans (number, kind, title, source_text, parse) VALUES ($1, 'other', 'Nhiều gói', 'x', '{}') RETURNING id`, [`MANY-${Date.now()}`]);
    await t.dataSource.query(`INSERT INTO work_packages (plan_id, title, lead_department_id) SELECT $1, 'Gói ' || g, $2 FROM generate_series(1, 230) g`, [plan[0].id, dept.STC]);
    const board = await get('/api/board', { planId: plan[0].id });
    expect(board.columns[0]).toMatchObject({ key: 'not_started', count: 230 });
    expect(board.columns[0].cards).toHaveLength(board.cardLimit);
    expect(board.cardLimit).toBe(50);
    const more = await get('/api/board', { planId: plan[0].id, cardLimit: '250' });
    expect(more.columns[0].cards).toHaveLength(230);
    const byDepartment = await get('/api/board', { planId: plan[0].id, groupBy: 'department', cardLimit: '5' });
    expect(byDepartment.columns).toEqual([expect.objectContaining({ key: dept.STC, count: 230, cards: expect.any(Array) })]);
    expect(byDepartment.columns[0].cards.map((c: { title: string }) => c.title)).toHaveLength(5);
  });

  it('sends every card of the selection in one gzip response with cardLimit=all, the departments named once', async () => {
    const plan = await t.dataSource.query(`INSERT INTO plans (number, kind, title, source_text, parse) VALUES ($1, 'other', 'Cả bảng', 'x', '{}') RETURNING id`, [`ALL-${Date.now()}`]);
    await t.dataSource.query(
      `INSERT INTO work_packages (plan_id, title, lead_department_id, status, item_ref) SELECT $1, 'Gói ' || g, CASE WHEN g % 3 = 0 THEN $3::uuid ELSE $2::uuid END,
         (ARRAY['not_started','in_progress','done'])[1 + g % 3], '3.' || (g % 4) FROM generate_series(1, 1200) g`,
      [plan[0].id, dept.STC, dept.SDL],
    );
    const response = await t.http().get('/api/board').query({ planId: plan[0].id, cardLimit: 'all' }).set('Authorization', `Bearer ${ubnd}`).set('Accept-Encoding', 'gzip').expect(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    const board = response.body;
    expect(board.cardLimit).toBe('all');
    expect(board.columns.map((c: Column) => [c.key, c.count, c.cards.length])).toEqual([
      ['not_started', 400, 400],
      ['in_progress', 400, 400],
      ['blocked', 0, 0],
      ['submitted', 0, 0],
      ['done', 400, 400],
      ['cancelled', 0, 0],
    ]);
    expect(board.departments).toEqual(expect.arrayContaining([{ id: dept.STC, name: 'Sở Tài chính' }, { id: dept.SDL, name: 'Sở Du lịch' }]));
    expect(board.departments).toHaveLength(2);
    expect(new Set(board.columns.flatMap((c: Column) => c.cards.map((card) => card.id))).size).toBe(1200);
    const lanes = await get('/api/board', { planId: plan[0].id, cardLimit: 'all', lanes: 'item' });
    expect(lanes.lanes.map((l: { key: string; columns: Column[] }) => [l.key, l.columns.reduce((n, c) => n + c.cards.length, 0)])).toEqual([
      ['3.0', 300],
      ['3.1', 300],
      ['3.2', 300],
      ['3.3', 300],
    ]);
    for (const bad of ['0', '501', 'some', '2.5']) {
      const refused = await t.http().get('/api/board').query({ planId: plan[0].id, cardLimit: bad }).set('Authorization', `Bearer ${ubnd}`).expect(400);
      expect(refused.body.details[0].field).toBe('cardLimit');
    }
  });

  it('answers 304 to the ETag of an unchanged board; a change in the plan moves it, a change in another plan does not', async () => {
    const other = await t.dataSource.query(`INSERT INTO plans (number, kind, title, source_text, parse) VALUES ($1, 'other', 'Kế hoạch khác', 'x', '{}') RETURNING id`, [`OTHER-${Date.now()}`]);
    await t.dataSource.query(`INSERT INTO work_packages (plan_id, title, lead_department_id) VALUES ($1, 'Gói của kế hoạch khác', $2)`, [other[0].id, dept.STC]);
    const query = { planId, asOf: '2026-07-01', cardLimit: 'all' };
    const first = await t.http().get('/api/board').query(query).set('Authorization', `Bearer ${ubnd}`).expect(200);
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^W\/"\d+-/);
    expect(first.body.revision).toBe(Number(/"(\d+)-/.exec(etag)![1]));
    await t.http().get('/api/board').query(query).set('Authorization', `Bearer ${ubnd}`).set('If-None-Match', etag).expect(304);

    await t.dataSource.query(`UPDATE work_packages SET progress = progress + 1 WHERE plan_id = $1`, [other[0].id]);
    await t.http().get('/api/board').query(query).set('Authorization', `Bearer ${ubnd}`).set('If-None-Match', etag).expect(304);

    await t.dataSource.query(`UPDATE work_packages SET progress = 40 WHERE plan_id = $1 AND title = 'Thu ngân sách'`, [planId]);
    const changed = await t.http().get('/api/board').query(query).set('Authorization', `Bearer ${ubnd}`).set('If-None-Match', etag).expect(200);
    expect(changed.headers['etag']).not.toBe(etag);
    expect(changed.body.columns.flatMap((c: Column) => c.cards).find((c: Json) => c.title === 'Thu ngân sách').progress).toBe(40);
    // A package moved to another plan changes both plans' boards.
    const otherEtag = (await t.http().get('/api/board').query({ planId: other[0].id }).set('Authorization', `Bearer ${ubnd}`).expect(200)).headers['etag'] as string;
    await t.dataSource.query(`UPDATE work_packages SET plan_id = $1 WHERE plan_id = $2`, [planId, other[0].id]);
    await t.http().get('/api/board').query({ planId: other[0].id }).set('Authorization', `Bearer ${ubnd}`).set('If-None-Match', otherEtag).expect(200);
    await t.dataSource.query(`UPDATE work_packages SET plan_id = $1 WHERE title = 'Gói của kế hoạch khác'`, [other[0].id]);
  });

  it('bumps the global revision once per transaction and gives it to every plan and department the transaction touched, before or after, and to no other', async () => {
    const plans = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, source_text, parse) SELECT 'REV-' || n || '-' || $1, 'other', 'Phiên bản ' || n, 'x', '{}' FROM generate_series(1, 3) AS n RETURNING id`,
      [Date.now()],
    );
    const [a, b, untouched] = plans.map((p: Json) => p.id as string);
    const ids = await t.dataSource.query(
      `INSERT INTO work_packages (plan_id, title, lead_department_id) VALUES ($1, 'Gói A', $3), ($1, 'Gói A2', $3), ($2, 'Gói B', $4), ($5, 'Gói C', $4) RETURNING id`,
      [a, b, dept.STC, dept.SDL, untouched],
    );
    const revisions = async (): Promise<Record<string, number>> => {
      const rows = await t.dataSource.query(`SELECT name, revision::int AS r FROM data_revisions WHERE name LIKE 'work_packages%'`);
      return Object.fromEntries(rows.map((row: { name: string; r: number }) => [row.name, row.r]));
    };
    const before = await revisions();
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    // Three rows of plan A (STC) and plan B (SDL), one moved from B's department to A's, in three statements.
    await runner.query(`UPDATE work_packages SET progress = 10 WHERE id = ANY($1::uuid[])`, [[ids[0].id, ids[1].id]]);
    await runner.query(`UPDATE work_packages SET lead_department_id = $2 WHERE id = $1`, [ids[2].id, dept.STC]);
    await runner.query(`UPDATE work_packages SET progress = 20 WHERE id = $1`, [ids[0].id]);
    expect(await revisions()).toEqual(before);
    await runner.commitTransaction();
    await runner.release();
    const after = await revisions();
    const global = after['work_packages'];
    expect(global).toBe(before['work_packages'] + 1);
    for (const scope of [`plan:${a}`, `plan:${b}`, `department:${dept.STC}`, `department:${dept.SDL}`]) expect(after[`work_packages:${scope}`]).toBe(global);
    expect(after[`work_packages:plan:${untouched}`]).toBe(before[`work_packages:plan:${untouched}`]);
    expect(after[`work_packages:plan:${untouched}`]).toBeLessThan(global);
  });

  it('summarises the categories of a plan in total and by lead department, as categorize() would', async () => {
    const asOf = '2026-07-01';
    const summary = await get('/api/deadlines/summary', { planId, asOf });
    const expected = countByCategory(FIXTURE().map((r) => ({ status: r.status, dueDate: r.dueDate, completedOn: 'completedOn' in r ? r.completedOn : null })), asOf);
    expect(summary).toMatchObject({ asOf, total: 8, byCategory: expected });
    expect(summary.byCategory).toEqual({ done_on_time: 1, done_late: 1, open_on_time: 2, open_overdue: 1, not_started: 1, no_deadline: 1, cancelled: 1 });
    const stc = summary.byDepartment.find((d: Json) => d.departmentId === dept.STC);
    expect(stc).toEqual({ departmentId: dept.STC, total: 4, byCategory: { done_on_time: 0, done_late: 0, open_on_time: 2, open_overdue: 1, not_started: 0, no_deadline: 0, cancelled: 1 } });
    expect(summary.byDepartment.map((d: Json) => d.departmentId)).toEqual([dept.STC, ...[dept.SDL, dept.SGDDT].sort()]);
  });

  it('counts a package due 31/12 as on time that day and overdue from 01/01 in Hà Nội', async () => {
    const onTheDay = await get('/api/deadlines/summary', { planId, asOf: '2026-12-31' });
    const nextDay = await get('/api/deadlines/summary', { planId, asOf: '2027-01-01' });
    expect(nextDay.byCategory.open_overdue - onTheDay.byCategory.open_overdue).toBe(1);
    const today = await get('/api/deadlines/summary', { planId });
    expect(today.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('serves a cached summary only while nothing has changed: a committed change shows at once, a rolled-back one moves nothing', async () => {
    const asOf = '2026-07-01';
    const before = await get('/api/deadlines/summary', { planId, asOf });
    const revision = async () => (await t.dataSource.query(`SELECT revision::int AS r FROM data_revisions WHERE name = 'work_packages'`))[0].r as number;
    const r0 = await revision();

    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`INSERT INTO work_packages (plan_id, title, lead_department_id, due_date) VALUES ($1, 'Bỏ dở', $2, '2026-01-01')`, [planId, dept.STC]);
    await runner.rollbackTransaction();
    await runner.release();
    expect(await revision()).toBe(r0);

    await insert([{ title: 'Mới thêm', status: 'in_progress', lead: dept.SDL, dueDate: '2026-03-01' }]);
    expect(await revision()).toBeGreaterThan(r0);
    const after = await get('/api/deadlines/summary', { planId, asOf });
    expect(after.total).toBe(before.total + 1);
    expect(after.byCategory.open_overdue).toBe(before.byCategory.open_overdue + 1);
    const board = await get('/api/board', { planId, asOf });
    expect(board.columns.find((c: Column) => c.key === 'in_progress').cards.map((c: Json) => c.title)).toContain('Mới thêm');
  });

  it('stays correct when the revision counter was emptied by hand: no caching until the next change recreates it', async () => {
    const asOf = '2026-07-01';
    await t.dataSource.query(`DELETE FROM data_revisions`);
    const before = await get('/api/deadlines/summary', { planId, asOf });
    await t.dataSource.query(`UPDATE work_packages SET status = 'cancelled' WHERE plan_id = $1 AND title = 'Mới thêm'`, [planId]);
    const after = await get('/api/deadlines/summary', { planId, asOf });
    expect(after.byCategory.cancelled).toBe(before.byCategory.cancelled + 1);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM data_revisions WHERE name = 'work_packages'`))[0].n).toBe(1);
  });
});
