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
    // Two indicators: revenue with a Q1 estimate entered in April (counted on 14/06) and a Q2 one entered in July (not yet); forest cover without figures.
    const [revenue] = await t.dataSource.query(
      `INSERT INTO plan_indicators (plan_id, code, "group", name, text, position) VALUES ($1, '1', 'economy', 'Thu ngân sách nhà nước', 'x', 0) RETURNING id`,
      [planId],
    );
    const [forest] = await t.dataSource.query(`INSERT INTO plan_indicators (plan_id, code, "group", name, text, position) VALUES ($1, '2', 'environment', 'Tỷ lệ che phủ rừng', 'x', 1) RETURNING id`, [planId]);
    const [revenueTarget] = await t.dataSource.query(`INSERT INTO indicator_targets (indicator_id, position, comparator, value, unit) VALUES ($1, 0, 'gt', 74000, 'tỷ đồng') RETURNING id`, [revenue.id]);
    await t.dataSource.query(`INSERT INTO indicator_targets (indicator_id, position, comparator, value, unit) VALUES ($1, 0, 'gte', 46, '%')`, [forest.id]);
    await t.dataSource.query(
      `INSERT INTO indicator_measurements (indicator_id, period, period_end, kind, "values", source, entered_by, entered_at) VALUES
        ($1, '2026-Q1', '2026-03-31', 'estimate', $2, 'Sở Tài chính', $3, '2026-04-10T02:00:00Z'),
        ($1, '2026-Q2', '2026-06-30', 'estimate', $4, 'Sở Tài chính', $3, '2026-07-05T02:00:00Z')`,
      [revenue.id, JSON.stringify([{ targetId: revenueTarget.id, value: 18600 }]), ubnd.id, JSON.stringify([{ targetId: revenueTarget.id, value: 35000 }])],
    );
    // Supervision requests on the plan: one answered on time in the quarter, one answered late in it, one answered before it, one still open.
    const [hdndUser] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'hdnd'`);
    await t.dataSource.query(
      `INSERT INTO supervision_requests (kind, subject_type, subject_id, subject_title, plan_id, addressee_department_id, content, status, due_date, answered_on, raised_by) VALUES
        ('chat_van', 'plan', $1, 'Tiến độ thu ngân sách', $1, $2, 'Đề nghị báo cáo', 'answered', '2026-05-30', '2026-05-20', $3),
        ('kien_nghi', 'plan', $1, 'Giải phóng mặt bằng', $1, NULL, 'Đề nghị làm rõ', 'closed', '2026-04-30', '2026-05-05', $3),
        ('yeu_cau_bao_cao', 'plan', $1, 'Báo cáo quý I', $1, $2, 'Đề nghị báo cáo', 'answered', '2026-03-30', '2026-03-25', $3),
        ('chat_van', 'plan', $1, 'Chưa trả lời', $1, $2, 'Đề nghị báo cáo', 'open', '2026-06-30', NULL, $3)`,
      [planId, stc.id, hdndUser.id],
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

    // Indicator status as of the cut-off: the Q2 figure entered in July does not count yet.
    expect(res.body.indicators).toEqual([
      { code: '1', name: 'Thu ngân sách nhà nước', group: 'economy', target: '> 74.000 tỷ đồng', unit: 'tỷ đồng', latest: { period: '2026-Q1', kind: 'estimate', value: 18600 }, percentOfTarget: 25.1, status: expect.any(String) },
      { code: '2', name: 'Tỷ lệ che phủ rừng', group: 'environment', target: '≥ 46%', unit: '%', latest: null, percentOfTarget: null, status: 'no_data' },
    ]);
    const indicators = (await t.http().get(`/api/plans/${planId}/indicators`).query({ asOf: '2026-06-14' }).set('Authorization', `Bearer ${hdnd}`).expect(200)).body;
    expect(res.body.indicators[0].status).toBe(indicators.items.find((i: { code: string }) => i.code === '1').targets[0].status);
    // Supervision requests answered within the quarter, up to the cut-off, in the order they were answered.
    expect(res.body.supervisionAnswered).toEqual([
      expect.objectContaining({ kind: 'kien_nghi', subjectTitle: 'Giải phóng mặt bằng', addressee: 'UBND tỉnh', dueDate: '2026-04-30', answeredOn: '2026-05-05', answeredOnTime: false }),
      expect.objectContaining({ kind: 'chat_van', subjectTitle: 'Tiến độ thu ngân sách', addressee: 'Sở Tài chính', dueDate: '2026-05-30', answeredOn: '2026-05-20', answeredOnTime: true }),
    ]);

    const early = await get('periodic', { period: '2026-Q2', cutOff: '2026-05-10' }).expect(200);
    expect(early.body.supervisionAnswered.map((r: { subjectTitle: string }) => r.subjectTitle)).toEqual(['Giải phóng mặt bằng']);
    expect(early.body.overdue).toEqual([]);
    expect(early.body.completed).toEqual([]);
  });

  it('downloads the same report as a workbook (read back: sheets, headers, counts, formats) and as a Word document', async () => {
    const res = await get('periodic.xlsx', { period: '2026-Q2' }).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const workbook = await readWorkbook(res.body as Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Hoàn thành', 'Quá hạn', 'Gia hạn', 'Chỉ tiêu', 'Giám sát']);
    const indicatorSheet = workbook.getWorksheet('Chỉ tiêu')!;
    expect(rowValues(indicatorSheet, 4, 9)).toEqual(['STT', 'Chỉ tiêu', 'Nhóm', 'Mục tiêu năm', 'Số liệu mới nhất', 'Kỳ', 'Loại số liệu', '% so với mục tiêu', 'Tình trạng']);
    expect(rowValues(indicatorSheet, 5, 8)).toEqual(['1', 'Thu ngân sách nhà nước', 'Kinh tế', '> 74.000 tỷ đồng', 18600, 'Quý I/2026', 'Ước tính', 0.251]);
    expect(rowValues(indicatorSheet, 6, 9)).toEqual(['2', 'Tỷ lệ che phủ rừng', 'Môi trường', '≥ 46%', null, null, null, null, 'Chưa có số liệu']);
    expect(indicatorSheet.getCell('H5').numFmt).toBe('0.0%');
    const supervision = workbook.getWorksheet('Giám sát')!;
    expect(rowValues(supervision, 4, 7)).toEqual(['STT', 'Loại', 'Nội dung giám sát', 'Cơ quan trả lời', 'Hạn trả lời', 'Ngày trả lời', 'Đúng hạn']);
    expect(rowValues(supervision, 5, 7)).toEqual(['1', 'Kiến nghị giám sát', 'Giải phóng mặt bằng', 'UBND tỉnh', '2026-04-30', '2026-05-05', 'Quá hạn']);
    expect(rowValues(supervision, 6, 7)).toEqual(['2', 'Chất vấn', 'Tiến độ thu ngân sách', 'Sở Tài chính', '2026-05-30', '2026-05-20', 'Đúng hạn']);
    expect(supervision.getCell('E5').numFmt).toBe('dd/mm/yyyy');
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
    // The Word document holds the same two sections (its text is in word/document.xml).
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(doc.body as Buffer)).file('word/document.xml')!.async('string');
    for (const text of ['5. Tình hình thực hiện các chỉ tiêu', '18.600 tỷ đồng (Quý I/2026)', '25,1%', 'Chưa có số liệu', '6. Yêu cầu giám sát đã được trả lời trong kỳ (2)', 'Giải phóng mặt bằng', '05/05/2026 (quá hạn)']) expect(xml).toContain(text);
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
