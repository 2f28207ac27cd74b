import { DISBURSEMENT_COLUMNS, foldText } from '@mandate/domain';
import ExcelJS from 'exceljs';
import { seedSampleDisbursement } from '../src/seed/sample-disbursement.seed';
import { createTestApp, TestApp } from './support/test-app';

type Cell = string | number | null;
const HEADER = DISBURSEMENT_COLUMNS.map((c) => c.header);

async function workbookOf(rows: Cell[][], header: string[] = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Giải ngân');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('disbursement', () => {
  let t: TestApp;
  let ubnd: string;
  let stc: string;
  let hdnd: string;
  let planId: string;
  const auth = (token: string) => `Bearer ${token}`;
  const counts = async () => (await t.dataSource.query(`SELECT (SELECT count(*) FROM disbursement_projects WHERE plan_id = $1)::int AS projects, (SELECT count(*) FROM disbursement_figures WHERE plan_id = $1)::int AS figures`, [planId]))[0];
  const june: Cell[][] = [
    ['DA-01', 'Đường bao biển Hạ Long – Cẩm Phả', 'BQLDA-DTXD', 'Ngân sách tỉnh', 1_000_000_000_000, '05/2026', 300_000_000_000],
    ['DA-01', 'Đường bao biển Hạ Long – Cẩm Phả', 'BQLDA-DTXD', 'Ngân sách tỉnh', 1_000_000_000_000, '06/2026', 450_000_000_000],
    ['DA-02', 'Trường THPT chuyên Hạ Long', 'Sở Giáo dục và Đào tạo', 'Ngân sách tỉnh', 200_000_000_000, '06/2026', 20_000_000_000],
    ['DA-03', 'Kè chống sạt lở sông Ka Long', 'STC', 'Ngân sách trung ương', 300_000_000_000, '06/2026', 150_000_000_000],
  ];

  beforeAll(async () => {
    t = await createTestApp();
    ubnd = await t.tokenOf('ubnd');
    stc = await t.tokenOf('so-tai-chinh');
    hdnd = await t.tokenOf('hdnd');
    [{ id: planId }] = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Giải ngân', 2026, 'x', '{}') RETURNING id`, [`DISB-${Date.now()}`]);
  });
  afterAll(() => t.close());

  it('imports a workbook after a preview that stores nothing, then shows the difference of the next month before confirming it', async () => {
    const file = await workbookOf(june);
    const preview = await t.http().post(`/api/plans/${planId}/disbursement/import/preview`).set('Authorization', auth(ubnd)).attach('file', file, 'thang-6.xlsx').expect(200);
    // A preview, a POST that only reads, goes through compression as a read does (writes skip it).
    expect(preview.headers.vary).toBe('Accept-Encoding');
    expect(preview.body).toMatchObject({ months: ['2026-05', '2026-06'], newProjects: 3, changed: 0, unchanged: 0, allocatedDifference: 1_500_000_000_000 });
    expect(await counts()).toEqual({ projects: 0, figures: 0 });

    const imported = await t.http().post(`/api/plans/${planId}/disbursement/import`).set('Authorization', auth(ubnd)).attach('file', file, 'thang-6.xlsx').expect(201);
    expect(imported.body).toEqual({ months: ['2026-05', '2026-06'], projectsCreated: 3, projectsUpdated: 0, figuresWritten: 4, unchanged: 0 });
    expect(await counts()).toEqual({ projects: 3, figures: 4 });

    const overview = await t.http().get(`/api/plans/${planId}/disbursement`).set('Authorization', auth(hdnd)).expect(200);
    expect(overview.body).toMatchObject({ allocated: 1_500_000_000_000, disbursed: 620_000_000_000, rate: 41.33, asOfMonth: '2026-06' });
    expect(overview.body.months.find((m: { month: string }) => m.month === '2026-05')).toMatchObject({ cumulative: 300_000_000_000, rate: 20 });
    expect(overview.body.months.find((m: { month: string }) => m.month === '2026-06')).toMatchObject({ cumulative: 620_000_000_000, rate: 41.33, targetRate: 49.59 });
    expect(overview.body.months.find((m: { month: string }) => m.month === '2026-07')).toMatchObject({ cumulative: null, rate: null });
    expect(overview.body.months.at(-1)).toMatchObject({ month: '2026-12', targetRate: 100 });
    const byCode = Object.fromEntries(overview.body.projects.map((p: { code: string }) => [p.code, p]));
    expect(byCode['DA-02']).toMatchObject({ rate: 10, belowCurve: true });
    expect(byCode['DA-03']).toMatchObject({ rate: 50, belowCurve: false });
    expect(overview.body.investors.map((i: { rank: number; rate: number }) => [i.rank, i.rate])).toEqual([
      [1, 50],
      [2, 45],
      [3, 10],
    ]);

    const july = await workbookOf([
      ['DA-01', 'Đường bao biển Hạ Long – Cẩm Phả', 'BQLDA-DTXD', 'Ngân sách tỉnh', 1_000_000_000_000, '07/2026', 520_000_000_000],
      ['DA-02', 'Trường THPT chuyên Hạ Long', 'SGDDT', 'Ngân sách tỉnh', 250_000_000_000, '07/2026', 60_000_000_000],
    ]);
    const diff = await t.http().post(`/api/plans/${planId}/disbursement/import/preview`).set('Authorization', auth(ubnd)).attach('file', july, 'thang-7.xlsx').expect(200);
    expect(diff.body.rows.map((r: { code: string; status: string; cumulativeBefore: number; difference: number; changedFields: string[] }) => [r.code, r.status, r.cumulativeBefore, r.difference, r.changedFields])).toEqual([
      ['DA-01', 'changed', 450_000_000_000, 70_000_000_000, []],
      ['DA-02', 'changed', 20_000_000_000, 40_000_000_000, ['allocated']],
    ]);
    expect(diff.body).toMatchObject({ disbursedDifference: 110_000_000_000, allocatedDifference: 50_000_000_000 });
    await t.http().post(`/api/plans/${planId}/disbursement/import`).set('Authorization', auth(ubnd)).attach('file', july, 'thang-7.xlsx').expect(201);
    const after = await t.http().get(`/api/plans/${planId}/disbursement`).set('Authorization', auth(hdnd)).expect(200);
    expect(after.body).toMatchObject({ asOfMonth: '2026-07', disbursed: 730_000_000_000, allocated: 1_550_000_000_000 });
    expect(after.body.months.find((m: { month: string }) => m.month === '2026-07').cumulative).toBe(730_000_000_000);

    const again = await t.http().post(`/api/plans/${planId}/disbursement/import`).set('Authorization', auth(ubnd)).attach('file', july, 'thang-7.xlsx').expect(201);
    expect(again.body).toMatchObject({ figuresWritten: 0, unchanged: 2 });
    const audit = await t.dataSource.query(`SELECT action, actor_username, jsonb_array_length(after->'changes') AS changes FROM audit_events WHERE entity_type = 'disbursement_import' AND entity_id = $1 ORDER BY id`, [planId]);
    expect(audit).toEqual([
      { action: 'import', actor_username: 'ubnd', changes: 4 },
      { action: 'import', actor_username: 'ubnd', changes: 2 },
      { action: 'import', actor_username: 'ubnd', changes: 0 },
    ]);
  });

  it.each([
    ['a missing column', () => workbookOf([['DA-09', 'X', 'STC', 1, '06/2026', 0]], HEADER.filter((h) => h !== 'Nguồn vốn')), ['header']],
    ['a renamed column', () => workbookOf([['DA-09', 'X', 'STC', 'NS', 10, '06/2026', 5]], HEADER.map((h) => (h === 'Lũy kế giải ngân (đồng)' ? 'Đã giải ngân' : h))), ['G1', 'header']],
    [
      'text in a number cell, a negative amount and disbursement above the allocation',
      () =>
        workbookOf([
          ['DA-09', 'X', 'STC', 'NS', 'một tỷ', '06/2026', 0],
          ['DA-10', 'Y', 'STC', 'NS', -100, '06/2026', 0],
          ['DA-11', 'Z', 'STC', 'NS', 100, '06/2026', 101],
          ['DA-12', 'W', 'STC', 'NS', 100, '06/2026', 50],
        ]),
      ['E2', 'E3', 'G4'],
    ],
  ])('refuses %s with 422 naming each row and column, storing nothing', async (_, make, fields) => {
    const before = await counts();
    for (const path of ['import/preview', 'import']) {
      const res = await t.http().post(`/api/plans/${planId}/disbursement/${path}`).set('Authorization', auth(ubnd)).attach('file', await make(), 'bad.xlsx').expect(422);
      expect(res.body.code).toBe('WORKBOOK_INVALID');
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(fields);
      expect(res.body.details.every((d: { message: string }) => /row \d/.test(d.message))).toBe(true);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a file that is no workbook, or none, and lets a department import only its own projects', async () => {
    await t.http().post(`/api/plans/${planId}/disbursement/import`).set('Authorization', auth(ubnd)).attach('file', Buffer.from('a,b,c\n'), 'x.csv').expect(422);
    const none = await t.http().post(`/api/plans/${planId}/disbursement/import`).set('Authorization', auth(ubnd)).expect(400);
    expect(none.body.details).toEqual([{ field: 'file', message: 'is required', rule: 'required' }]);
    const before = await counts();
    await t.http().post(`/api/plans/${planId}/disbursement/import`).set('Authorization', auth(stc)).attach('file', await workbookOf(june), 'x.xlsx').expect(403);
    expect(await counts()).toEqual(before);
    await t.http().post(`/api/plans/${planId}/disbursement/import`).set('Authorization', auth(hdnd)).attach('file', await workbookOf(june), 'x.xlsx').expect(403);
    const own = await workbookOf([['DA-03', 'Kè chống sạt lở sông Ka Long', 'STC', 'Ngân sách trung ương', 300_000_000_000, '07/2026', 200_000_000_000]]);
    await t.http().post(`/api/plans/${planId}/disbursement/import`).set('Authorization', auth(stc)).attach('file', own, 'own.xlsx').expect(201);
  });

  it('takes figures typed in with optimistic locking, milestones from the UBND only, and offers the template', async () => {
    const overview = (await t.http().get(`/api/plans/${planId}/disbursement`).set('Authorization', auth(ubnd)).expect(200)).body;
    const project = overview.projects.find((p: { code: string }) => p.code === 'DA-03');
    const set = await t.http().put(`/api/disbursement-projects/${project.id}/figures/2026-08`).set('Authorization', auth(stc)).send({ cumulative: 240_000_000_000, version: project.version }).expect(200);
    expect(set.body).toMatchObject({ disbursed: 240_000_000_000, reportedMonth: '2026-08', version: project.version + 1 });
    await t.http().put(`/api/disbursement-projects/${project.id}/figures/2026-08`).set('Authorization', auth(stc)).send({ cumulative: 250_000_000_000, version: project.version }).expect(409);
    const above = await t.http().put(`/api/disbursement-projects/${project.id}/figures/2026-08`).set('Authorization', auth(ubnd)).send({ cumulative: 300_000_000_001, version: project.version + 1 }).expect(400);
    expect(above.body.details[0].field).toBe('cumulative');
    await t.http().put(`/api/disbursement-projects/${project.id}/figures/2026-13`).set('Authorization', auth(ubnd)).send({ cumulative: 1, version: project.version + 1 }).expect(400);
    const other = overview.projects.find((p: { code: string }) => p.code === 'DA-01');
    await t.http().put(`/api/disbursement-projects/${other.id}/figures/2026-08`).set('Authorization', auth(stc)).send({ cumulative: 1, version: other.version }).expect(403);

    const created = await t.http().post(`/api/plans/${planId}/disbursement/projects`).set('Authorization', auth(ubnd)).send({ code: 'DA-20', name: 'Cầu Bạch Đằng 2', investorDepartmentId: project.investorDepartmentId, capitalSource: 'Ngân sách tỉnh', allocated: 10_000 }).expect(201);
    expect(created.body).toMatchObject({ code: 'DA-20', allocated: 10_000, disbursed: 0 });
    await t.http().post(`/api/plans/${planId}/disbursement/projects`).set('Authorization', auth(ubnd)).send({ code: 'DA-21', name: 'X', investorDepartmentId: project.investorDepartmentId, capitalSource: 'NS', allocated: -1 }).expect(400);

    await t.http().put(`/api/plans/${planId}/disbursement/settings`).set('Authorization', auth(stc)).send({ milestones: [], version: 0 }).expect(403);
    const bad = await t.http().put(`/api/plans/${planId}/disbursement/settings`).set('Authorization', auth(ubnd)).send({ milestones: [{ date: '2027-03-01', rate: 30 }], version: 0 }).expect(400);
    expect(bad.body.details[0].field).toBe('milestones[0].date');
    const settings = await t.http().put(`/api/plans/${planId}/disbursement/settings`).set('Authorization', auth(ubnd)).send({ milestones: [{ date: '2026-09-30', rate: 70 }, { date: '2026-06-30', rate: 40 }], version: 0 }).expect(200);
    expect(settings.body).toMatchObject({ targetDate: '2026-12-31', milestones: [{ date: '2026-06-30', rate: 40 }, { date: '2026-09-30', rate: 70 }], version: 1 });
    await t.http().put(`/api/plans/${planId}/disbursement/settings`).set('Authorization', auth(ubnd)).send({ milestones: [], version: 0 }).expect(409);
    const curve = (await t.http().get(`/api/plans/${planId}/disbursement`).set('Authorization', auth(hdnd)).expect(200)).body.months;
    expect(curve.find((m: { month: string }) => m.month === '2026-06').targetRate).toBe(40);
    expect(curve.find((m: { month: string }) => m.month === '2026-09').targetRate).toBe(70);

    const summary = await t.http().get(`/api/plans/${planId}/disbursement/summary`).set('Authorization', auth(stc)).expect(200);
    expect(summary.body).toMatchObject({ planId, asOfMonth: '2026-08' });

    const template = await t.http().get(`/api/plans/${planId}/disbursement/template.xlsx`).set('Authorization', auth(stc)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body);
    expect((workbook.getWorksheet('Giải ngân')?.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    await t.http().get(`/api/plans/${planId}/disbursement?asOf=2026-13`).set('Authorization', auth(ubnd)).expect(400);
    await t.http().get(`/api/plans/00000000-0000-4000-8000-000000000000/disbursement`).set('Authorization', auth(ubnd)).expect(404);
  });

  it('answers a small first page with counts, pages the projects table with filters and a cursor, and gives a new answer after a write', async () => {
    const [{ id: bigPlan }] = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Nhiều dự án', 2026, 'x', '{}') RETURNING id`, [`DISB-BIG-${Date.now()}`]);
    const [d1, d2] = (await t.dataSource.query(`SELECT id FROM departments WHERE active ORDER BY code LIMIT 2`)).map((d: { id: string }) => d.id);
    // 120 projects of 1,000 đồng, P-001 at 8 đồng disbursed to P-120 at 960 (0,8% to 96%); the curve asks 49,59% at the end of June.
    await t.dataSource.query(
      `WITH p AS (
         INSERT INTO disbursement_projects (plan_id, code, name, investor_department_id, capital_source, allocated)
         SELECT $1, 'P-' || lpad(i::text, 3, '0'), CASE WHEN i = 7 THEN 'Cầu Bạch Đằng' ELSE 'Dự án ' || i END, CASE WHEN i % 2 = 0 THEN $2::uuid ELSE $3::uuid END, 'Ngân sách tỉnh', 1000
         FROM generate_series(1, 120) i RETURNING id, code
       ) INSERT INTO disbursement_figures (project_id, plan_id, month, cumulative) SELECT id, $1, '2026-06', substr(code, 3)::int * 8 FROM p`,
      [bigPlan, d1, d2],
    );
    const get = (path: string, query: Record<string, string | number> = {}) => t.http().get(`/api/plans/${bigPlan}/disbursement${path}`).query(query).set('Authorization', auth(hdnd));

    const first = await get('').set('Accept-Encoding', 'gzip').expect(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.body).toMatchObject({ projectCount: 120, belowCurveCount: 61, asOfMonth: '2026-06', nextCursor: expect.any(String) });
    expect(first.body.projects.map((p: { code: string }) => p.code)).toEqual(Array.from({ length: 50 }, (_, i) => `P-${String(i + 1).padStart(3, '0')}`));
    expect(first.body.investors).toHaveLength(2);
    await get('').set('If-None-Match', first.headers.etag).expect(304);

    // Walking every page by cursor gives each project once, in code order.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { code: string }[]; total: number; nextCursor: string | null } } = await get('/projects', { limit: 40, ...(cursor ? { cursor } : {}) }).expect(200);
      expect(page.body.total).toBe(120);
      seen.push(...page.body.items.map((p) => p.code));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(120);

    const below = (await get('/projects', { belowCurve: 'true', sort: '-rate', limit: 5 }).expect(200)).body;
    expect(below.total).toBe(61);
    expect(below.items.map((p: { code: string; belowCurve: boolean }) => [p.code, p.belowCurve])).toEqual([['P-061', true], ['P-060', true], ['P-059', true], ['P-058', true], ['P-057', true]]);
    expect((await get('/projects', { investorDepartmentId: d1, limit: 200 }).expect(200)).body.items.every((p: { investorDepartmentId: string }) => p.investorDepartmentId === d1)).toBe(true);
    expect((await get('/projects', { q: 'cau bach dang' }).expect(200)).body.items.map((p: { code: string }) => p.code)).toEqual(['P-007']);
    // The search finds a project by its investor's name too (as it did before the table paged on the API), diacritics aside.
    const [{ name: d2Name }] = await t.dataSource.query(`SELECT name FROM departments WHERE id = $1`, [d2]);
    const byInvestor = (await get('/projects', { q: foldText(d2Name).toUpperCase(), limit: 200 }).expect(200)).body;
    expect(byInvestor.total).toBe(60);
    expect(byInvestor.items.every((p: { investorDepartmentId: string }) => p.investorDepartmentId === d2)).toBe(true);
    // A renamed investor is found by its new name at once, even by a search answered (and cached) before the rename: a
    // rename moves the disbursement revision, so the cached answer is not served until the next disbursement write.
    const renamed = { q: 'quan ly du an cau van don', limit: 200 };
    expect((await get('/projects', renamed).expect(200)).body.total).toBe(0);
    const [{ version: d2Version }] = await t.dataSource.query(`SELECT version FROM departments WHERE id = $1`, [d2]);
    await t.http().patch(`/api/departments/${d2}`).set('Authorization', auth(await t.tokenOf('admin'))).send({ name: 'Ban Quản lý dự án Cầu Vân Đồn', version: d2Version }).expect(200);
    try {
      expect((await get('/projects', renamed).expect(200)).body.total).toBe(60);
    } finally {
      await t.dataSource.query(`UPDATE departments SET name = $2 WHERE id = $1`, [d2, d2Name]);
    }
    expect((await get('/projects', { q: `P-007`, limit: 200 }).expect(200)).body.items.map((p: { code: string }) => p.code)).toEqual(['P-007']);
    const rising = (await get('/projects', { sort: 'rate', limit: 3 }).expect(200)).body.items.map((p: { rate: number }) => p.rate);
    expect(rising).toEqual([0.8, 1.6, 2.4]);

    const bad = await get('/projects', { limit: 0, sort: 'name', belowCurve: 'maybe', investorDepartmentId: 'x' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['belowCurve', 'investorDepartmentId', 'limit', 'sort']);
    expect((await get('/projects', { cursor: 'bm90IGEgcHJvamVjdA' }).expect(400)).body.details[0].field).toBe('cursor');

    // A figure typed in moves the disbursement revision: the same page is a new answer with the new rate.
    const p1 = first.body.projects[0];
    const before = await get('/projects', { limit: 1 }).expect(200);
    await t.http().put(`/api/disbursement-projects/${p1.id}/figures/2026-06`).set('Authorization', auth(ubnd)).send({ cumulative: 900, version: p1.version }).expect(200);
    const after = await get('/projects', { limit: 1 }).set('If-None-Match', before.headers.etag).expect(200);
    expect(after.body.items[0]).toMatchObject({ code: 'P-001', rate: 90, belowCurve: false });
    expect((await get('').expect(200)).body.belowCurveCount).toBe(60);
  });

  it('seeds the illustrative sample projects once, with figures up to the last full month and the sample milestones', async () => {
    const number = `SAMPLE-DISB-${Date.now()}`;
    const [{ id }] = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Mẫu', 2026, 'x', '{}') RETURNING id`, [number]);
    expect(await seedSampleDisbursement(t.dataSource, number, new Date('2026-08-15T03:00:00Z'))).toEqual({ projectsCreated: 12 });
    expect(await seedSampleDisbursement(t.dataSource, number, new Date('2026-08-15T03:00:00Z'))).toEqual({ projectsCreated: 0 });
    const overview = (await t.http().get(`/api/plans/${id}/disbursement`).set('Authorization', auth(hdnd)).expect(200)).body;
    expect(overview).toMatchObject({ asOfMonth: '2026-07', settings: { milestones: [{ date: '2026-06-30', rate: 40 }, { date: '2026-09-30', rate: 70 }] } });
    expect(overview.projects).toHaveLength(12);
    expect(overview.projects.some((p: { belowCurve: boolean }) => p.belowCurve)).toBe(true);
    expect(overview.projects.some((p: { belowCurve: boolean }) => !p.belowCurve)).toBe(true);
  });
});
