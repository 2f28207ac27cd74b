import { createTestApp, TestApp } from './support/test-app';
import { binary, readWorkbook, rowValues } from './support/workbook';

describe('periodic report (GET /api/plans/:id/reports/periodic[.xlsx|.docx])', () => {
  let t: TestApp;
  let hdnd: string;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp();
    hdnd = await t.tokenOf('hdnd');
    const [plan] = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch báo cáo kỳ', 2026, 'x', '{}') RETURNING id`,
      [`PER-${Date.now()}`],
    );
    planId = plan.id;
    const [stc] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    const [sdl] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'SDL'`);
    const packages = await t.dataSource.query(
      `INSERT INTO work_packages (plan_id, title, lead_department_id, status, due_date, original_due_date, completed_on) VALUES
        ($1, 'Hoàn thành trong quý', $2, 'done', '2026-05-31', NULL, '2026-05-20'),
        ($1, 'Hoàn thành quý trước', $2, 'done', '2026-03-31', NULL, '2026-03-20'),
        ($1, 'Quá hạn từ tháng 5', $3, 'in_progress', '2026-05-15', NULL, NULL),
        ($1, 'Được gia hạn', $3, 'in_progress', '2026-09-30', '2026-06-01', NULL),
        ($1, 'Chưa đến hạn', $2, 'not_started', '2026-12-31', NULL, NULL) RETURNING id, title`,
      [planId, stc.id, sdl.id],
    );
    const extended = packages.find((p: { title: string }) => p.title === 'Được gia hạn').id;
    const [ubnd] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'ubnd'`);
    await t.dataSource.query(
      `INSERT INTO deadline_extensions (work_package_id, requested_by, current_due_date, requested_due_date, reason, status, decided_by, decided_at)
       VALUES ($1, $2, '2026-06-01', '2026-09-30', 'Chờ vốn', 'approved', $2, '2026-05-10T02:00:00Z')`,
      [extended, ubnd.id],
    );
  });
  afterAll(() => t.close());

  const get = (path: string, query: Record<string, string>, token = hdnd) => t.http().get(`/api/plans/${planId}/reports/${path}`).query(query).set('Authorization', `Bearer ${token}`);

  it('counts by category and department as of the cut-off (default the 14th of the last month), with completed, overdue and extensions of the period', async () => {
    const res = await get('periodic', { period: '2026-Q2' }).expect(200);
    expect(res.body).toMatchObject({ cutOff: '2026-06-14', period: { key: '2026-Q2', from: '2026-04-01', to: '2026-06-30', label: { vi: 'Quý II/2026' } }, total: 5 });
    expect(res.body.byCategory).toMatchObject({ done_on_time: 2, open_overdue: 1, open_on_time: 1, not_started: 1 });
    expect(res.body.byDepartment.map((d: { departmentName: string; total: number }) => [d.departmentName, d.total]).sort()).toEqual([['Sở Du lịch', 2], ['Sở Tài chính', 3]]);
    expect(res.body.completed.map((p: { title: string }) => p.title)).toEqual(['Hoàn thành trong quý']);
    expect(res.body.overdue).toEqual([expect.objectContaining({ title: 'Quá hạn từ tháng 5', leadDepartment: 'Sở Du lịch', daysOverdue: 30 })]);
    expect(res.body.extensions).toEqual([expect.objectContaining({ title: 'Được gia hạn', fromDate: '2026-06-01', toDate: '2026-09-30', decidedOn: '2026-05-10' })]);

    const early = await get('periodic', { period: '2026-Q2', cutOff: '2026-05-10' }).expect(200);
    expect(early.body.overdue).toEqual([]);
    expect(early.body.completed).toEqual([]);
  });

  it('downloads the same report as a workbook (read back: sheets, headers, counts, formats) and as a Word document', async () => {
    const res = await get('periodic.xlsx', { period: '2026-Q2' }).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const workbook = await readWorkbook(res.body as Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Hoàn thành', 'Quá hạn', 'Gia hạn']);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A3').value).toBe('Số liệu tính đến ngày 14/06/2026');
    expect(rowValues(summary, 4, 3)).toEqual(['Cơ quan chủ trì', 'Tổng số', 'Hoàn thành đúng hạn']);
    expect(summary.getRow(4).getCell(1).font?.bold).toBe(true);
    expect(summary.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '4:4' });
    const totalRow = [...Array(summary.rowCount).keys()].map((i) => i + 1).find((n) => summary.getCell(n, 1).value === 'Tổng cộng')!;
    expect(summary.getCell(totalRow, 2).value).toBe(5);
    expect(summary.getCell(totalRow, 2).numFmt).toBe('#,##0');
    const overdue = workbook.getWorksheet('Quá hạn')!;
    expect(rowValues(overdue, 5, 5)).toEqual(['1', 'Quá hạn từ tháng 5', 'Sở Du lịch', '2026-05-15', 30]);
    expect(overdue.getCell(5, 4).numFmt).toBe('dd/mm/yyyy');

    const doc = await get('periodic.docx', { period: '2026-Q2' }).buffer(true).parse(binary).expect(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    expect((doc.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an unknown period, a cut-off outside the period and an unknown plan in the contract format', async () => {
    for (const [query, field] of [
      [{ period: '2026-Q5' }, 'period'],
      [{ period: 'quarter' }, 'period'],
      [{}, 'period'],
      [{ period: '2026-Q2', cutOff: '2026-07-14' }, 'cutOff'],
      [{ period: '2026-06', cutOff: '2026-05-31' }, 'cutOff'],
      [{ period: '2026-06', cutOff: '14/06/2026' }, 'cutOff'],
    ] as const) {
      const res = await get('periodic', query);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(res.body.details ?? res.body.message)).toContain(field);
    }
    const unknown = await t.http().get('/api/plans/00000000-0000-4000-8000-000000000000/reports/periodic').query({ period: '2026' }).set('Authorization', `Bearer ${hdnd}`);
    expect(unknown.status).toBe(404);
    expect((await t.http().get(`/api/plans/${planId}/reports/periodic`).query({ period: '2026' })).status).toBe(401);
  });
});
