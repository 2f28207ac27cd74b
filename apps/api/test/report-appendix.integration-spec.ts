import { DEADLINE_CATEGORY_LABELS, DeadlineCategory, WORK_PACKAGE_STATUS_LABELS, WorkPackageStatus } from '@mandate/domain';
import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from './support/test-app';
import { binary, readWorkbook, rowValues } from './support/workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COLUMNS = 11;

describe('task appendix export (GET /api/plans/:id/export.xlsx)', () => {
  let t: TestApp;
  let ubnd: string;
  let dept: Record<string, string>;
  let planId: string;
  let ids: Record<string, string>;

  const download = async (token: string, query: Record<string, string> = {}, plan = planId) => {
    const res = await t.http().get(`/api/plans/${plan}/export.xlsx`).query(query).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);
    return res;
  };
  const sheetOf = async (token: string, query: Record<string, string> = {}): Promise<ExcelJS.Worksheet> => {
    const res = await download(token, query);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="phu-luc-nhiem-vu-.*\.xlsx"/);
    const workbook = await readWorkbook(res.body as Buffer);
    return workbook.worksheets[0];
  };
  /** Data rows (from row 7) up to the total line; exceljs reads a merged group row's title into each of its cells. */
  const dataRows = (sheet: ExcelJS.Worksheet): unknown[][] => {
    const rows: unknown[][] = [];
    for (let n = 7; n <= sheet.rowCount; n++) {
      const values = rowValues(sheet, n, COLUMNS);
      if (String(values[1] ?? '').startsWith('Tổng cộng')) break;
      rows.push(values);
    }
    return rows;
  };

  beforeAll(async () => {
    t = await createTestApp();
    ubnd = await t.tokenOf('ubnd');
    const departments = await t.http().get('/api/departments').set('Authorization', `Bearer ${ubnd}`).expect(200);
    dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    const [plan] = await t.dataSource.query(
      `INSERT INTO plans (number, kind, issued_on, title, plan_year, source_text, parse) VALUES ($1, 'nghi-quyet', '2025-12-16', 'Kế hoạch kiểm thử phụ lục', 2026, 'x', '{}') RETURNING id`,
      [`PL-${Date.now()}/NQ-HĐND`],
    );
    planId = plan.id;
    await t.dataSource.query(
      `INSERT INTO plan_items (plan_id, ref, parent_ref, title, paragraphs, position, is_leaf) VALUES
        ($1, '3.1', NULL, 'Phát triển kinh tế', '{}', 0, false),
        ($1, '3.1.a', '3.1', 'Đầu tư công', ARRAY['Giải ngân 100% kế hoạch vốn đầu tư công trước 31/12/2026. Thu ngân sách đạt dự toán.'], 1, true),
        ($1, '3.2', NULL, 'Văn hóa, xã hội', '{}', 2, true),
        ($1, '3.3', NULL, 'Môi trường', '{}', 3, true)`,
      [planId],
    );
    const rows: { key: string; item: string | null; title: string; source?: string; lead: string; coop?: string[]; status: WorkPackageStatus; due: string | null; original?: string; completed?: string; progress?: number; output?: string }[] = [
      { key: 'thu', item: '3.1.a', title: 'Thu ngân sách', source: 'Thu ngân sách đạt dự toán.', lead: dept.STC, status: 'in_progress', due: '2026-06-30', progress: 40 },
      { key: 'giai-ngan', item: '3.1.a', title: 'Giải ngân vốn đầu tư công', source: 'Giải ngân 100% kế hoạch vốn đầu tư công trước 31/12/2026.', lead: dept.STC, coop: [dept.SDL, dept.SGDDT], status: 'in_progress', due: '2026-12-31', original: '2026-09-30', progress: 60, output: 'Báo cáo giải ngân' },
      { key: 'chung', item: '3.1', title: 'Điều hành chung', lead: dept.STC, status: 'not_started', due: '2026-12-31' },
      { key: 'du-lich', item: '3.2', title: 'Đón 22 triệu lượt khách', lead: dept.SDL, status: 'done', due: '2026-05-31', completed: '2026-06-02', progress: 100 },
      { key: 'truong', item: '3.2', title: 'Trường chuẩn quốc gia', lead: dept.SGDDT, status: 'blocked', due: null },
      { key: 'khac', item: null, title: 'Nhiệm vụ giao thêm', lead: dept.SDL, status: 'cancelled', due: '2026-03-31' },
    ];
    const inserted = await t.dataSource.query(
      `INSERT INTO work_packages (plan_id, item_ref, title, source_text, lead_department_id, status, due_date, original_due_date, completed_on, progress, expected_output)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::date[], $8::date[], $9::date[], $10::int[], $11::text[]) RETURNING id, title`,
      [
        planId,
        rows.map((r) => r.item),
        rows.map((r) => r.title),
        rows.map((r) => r.source ?? null),
        rows.map((r) => r.lead),
        rows.map((r) => r.status),
        rows.map((r) => r.due),
        rows.map((r) => r.original ?? null),
        rows.map((r) => r.completed ?? null),
        rows.map((r) => r.progress ?? 0),
        rows.map((r) => r.output ?? null),
      ],
    );
    ids = Object.fromEntries(rows.map((r) => [r.key, inserted.find((i: { title: string }) => i.title === r.title).id]));
    for (const r of rows.filter((row) => row.coop)) await t.dataSource.query(`UPDATE work_packages SET cooperating_department_ids = $2 WHERE id = $1`, [ids[r.key], r.coop]);
    const [author] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'so-tai-chinh'`);
    await t.dataSource.query(
      `INSERT INTO progress_reports (work_package_id, author_id, progress, summary, submitted_at) VALUES
        ($1, $3, 30, 'Đã giải ngân 30%', '2026-05-10T03:00:00Z'),
        ($1, $3, 60, 'Đã giải ngân 60%, đang đẩy nhanh', '2026-06-30T17:30:00Z'),
        ($2, $3, 40, 'Thu đạt 40% dự toán', '2026-06-01T03:00:00Z')`,
      [ids['giai-ngan'], ids.thu, author.id],
    );
  });
  afterAll(() => t.close());

  it('writes the appendix layout: title and as-of lines, two bold merged header rows, A4 landscape, repeated and frozen header', async () => {
    const sheet = await sheetOf(ubnd, { asOf: '2026-07-01' });
    expect(sheet.getCell('A1').value).toBe('PHỤ LỤC');
    expect(sheet.getCell('A2').value).toBe('DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH KIỂM THỬ PHỤ LỤC');
    expect(String(sheet.getCell('A3').value)).toMatch(/^\(Kèm theo PL-\d+\/NQ-HĐND ngày 16\/12\/2025\)$/);
    expect(sheet.getCell('A4').value).toBe('Tình hình thực hiện đến ngày 01/07/2026');
    expect(rowValues(sheet, 5, COLUMNS)).toEqual(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Thời hạn', 'Sản phẩm', 'Kết quả thực hiện', 'Kết quả thực hiện', 'Kết quả thực hiện', 'Kết quả thực hiện']);
    expect(rowValues(sheet, 6, COLUMNS).slice(4)).toEqual(['Ban đầu', 'Hiện tại', 'Sản phẩm', 'Trạng thái', 'Tiến độ (%)', 'Phân loại', 'Báo cáo mới nhất']);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:K1', 'A5:A6', 'B5:B6', 'E5:F5', 'G5:G6', 'H5:K5']));
    for (const cell of ['A5', 'E5', 'H5', 'E6', 'K6']) expect(sheet.getCell(cell).font?.bold).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '5:6' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(40);
  });

  it('groups rows under the items in document order with provincial STT, one row per package, values as in the database', async () => {
    const sheet = await sheetOf(ubnd, { asOf: '2026-07-01' });
    const rows = dataRows(sheet);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['I', '3.1. Phát triển kinh tế'],
      ['1', 'Điều hành chung'],
      ['2', '3.1.a. Đầu tư công'],
      // In the order their sentences stand in the item's paragraph.
      ['2.1', 'Giải ngân vốn đầu tư công'],
      ['2.2', 'Thu ngân sách'],
      ['II', '3.2. Văn hóa, xã hội'],
      ['1', 'Đón 22 triệu lượt khách'],
      ['2', 'Trường chuẩn quốc gia'],
      ['III', 'Nhiệm vụ khác'],
      ['1', 'Nhiệm vụ giao thêm'],
    ]);
    const packageRows = rows.filter((r) => r[2] !== r[1]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM work_packages WHERE plan_id = $1`, [planId]);
    expect(packageRows).toHaveLength(n);
    const last = sheet.getRow(7 + rows.length).getCell(2).value;
    expect(last).toBe(`Tổng cộng: ${n} nhiệm vụ`);

    // Every package row against its row in the database, category computed there as of the same day.
    const db = await t.dataSource.query(
      `SELECT wp.title, d.name AS lead, wp.status, wp.progress, to_char(wp.due_date, 'YYYY-MM-DD') AS due, to_char(coalesce(wp.original_due_date, wp.due_date), 'YYYY-MM-DD') AS original,
              CASE WHEN wp.status = 'cancelled' THEN 'cancelled' WHEN wp.status = 'done' THEN CASE WHEN wp.completed_on <= wp.due_date THEN 'done_on_time' ELSE 'done_late' END
                   WHEN wp.due_date IS NULL THEN 'no_deadline' WHEN DATE '2026-07-01' > wp.due_date THEN 'open_overdue' WHEN wp.status = 'not_started' THEN 'not_started' ELSE 'open_on_time' END AS category
       FROM work_packages wp JOIN departments d ON d.id = wp.lead_department_id WHERE wp.plan_id = $1`,
      [planId],
    );
    for (const row of db) {
      const line = packageRows.find((r) => r[1] === row.title)!;
      expect(line[2]).toBe(row.lead);
      expect(line[4]).toBe(row.original);
      expect(line[5]).toBe(row.due);
      expect(line[7]).toBe(WORK_PACKAGE_STATUS_LABELS[row.status as WorkPackageStatus].vi);
      expect(line[8]).toBe(row.progress);
      expect(line[9]).toBe(DEADLINE_CATEGORY_LABELS[row.category as DeadlineCategory].vi);
    }
    const disbursement = packageRows.find((r) => r[1] === 'Giải ngân vốn đầu tư công')!;
    expect(disbursement.slice(2, 7)).toEqual(['Sở Tài chính', 'Sở Du lịch; Sở Giáo dục và Đào tạo', '2026-09-30', '2026-12-31', 'Báo cáo giải ngân']);
    // The latest report up to the end of the as-of day in Hà Nội (filed 01/07 00:30 there).
    expect(disbursement[10]).toBe('Đã giải ngân 60%, đang đẩy nhanh');
    expect(packageRows.find((r) => r[1] === 'Thu ngân sách')![9]).toBe('Chưa hoàn thành, quá hạn');

    const rowOf = (title: string) => 7 + rows.findIndex((r) => r[1] === title);
    const due = sheet.getRow(rowOf('Giải ngân vốn đầu tư công'));
    expect(due.getCell(5).numFmt).toBe('dd/mm/yyyy');
    expect(due.getCell(6).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getRow(rowOf('3.1. Phát triển kinh tế')).getCell(2).font?.bold).toBe(true);
  });

  it('takes the as-of date for categories and reports: on 30/06 the June report is the latest and nothing is overdue yet', async () => {
    const rows = dataRows(await sheetOf(ubnd, { asOf: '2026-06-30' }));
    const disbursement = rows.find((r) => r[1] === 'Giải ngân vốn đầu tư công')!;
    expect(disbursement[10]).toBe('Đã giải ngân 30%');
    expect(rows.find((r) => r[1] === 'Thu ngân sách')![9]).toBe('Đang thực hiện trong hạn');
  });

  it('applies the board and list filters and names them on the as-of line', async () => {
    const sheet = await sheetOf(ubnd, { asOf: '2026-07-01', departmentId: dept.STC, category: 'open_on_time' });
    expect(sheet.getCell('A4').value).toBe('Tình hình thực hiện đến ngày 01/07/2026; Cơ quan chủ trì: Sở Tài chính; Phân loại: Đang thực hiện trong hạn');
    const rows = dataRows(sheet);
    expect(rows.filter((r) => r[2] !== r[1]).map((r) => r[1])).toEqual(['Giải ngân vốn đầu tư công']);
    expect(rows.map((r) => r[0])).toEqual(['I', '1', '1.1']);

    const searched = dataRows(await sheetOf(ubnd, { asOf: '2026-07-01', q: 'giai ngan' }));
    expect(searched.filter((r) => r[2] !== r[1]).map((r) => r[1])).toEqual(['Giải ngân vốn đầu tư công']);
  });

  it('shows report texts to a department only for packages it leads or co-operates on (need-to-know)', async () => {
    const tourism = dataRows(await sheetOf(await t.tokenOf('so-du-lich'), { asOf: '2026-07-01' }));
    expect(tourism.find((r) => r[1] === 'Giải ngân vốn đầu tư công')![10]).toBe('Đã giải ngân 60%, đang đẩy nhanh');
    expect(tourism.find((r) => r[1] === 'Thu ngân sách')![10]).toBeNull();
    const education = dataRows(await sheetOf(await t.tokenOf('so-giao-duc'), { asOf: '2026-07-01' }));
    expect(education.find((r) => r[1] === 'Thu ngân sách')![10]).toBeNull();
    const hdnd = dataRows(await sheetOf(await t.tokenOf('hdnd'), { asOf: '2026-07-01' }));
    expect(hdnd.find((r) => r[1] === 'Thu ngân sách')![10]).toBe('Thu đạt 40% dự toán');
  });

  it('refuses bad input in the contract format: 400 naming the field, 404 for an unknown plan, 401 without a session', async () => {
    const bad = async (query: Record<string, string>, field: string) => {
      const res = await t.http().get(`/api/plans/${planId}/export.xlsx`).query(query).set('Authorization', `Bearer ${ubnd}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(res.body)).toContain(field);
    };
    await bad({ asOf: '2026-02-30' }, 'asOf');
    await bad({ asOf: 'yesterday' }, 'asOf');
    await bad({ category: 'late' }, 'category');
    await bad({ departmentId: 'x' }, 'departmentId');
    const notUuid = await t.http().get('/api/plans/not-a-plan/export.xlsx').set('Authorization', `Bearer ${ubnd}`);
    expect(notUuid.status).toBe(400);
    const unknown = await t.http().get('/api/plans/00000000-0000-4000-8000-000000000000/export.xlsx').set('Authorization', `Bearer ${ubnd}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.http().get(`/api/plans/${planId}/export.xlsx`)).status).toBe(401);
  });
});
