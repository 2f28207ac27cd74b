import { DEADLINE_CATEGORIES, DEADLINE_CATEGORY_LABELS, WorkPackageStatus } from '@mandate/domain';
import { createTestApp, TestApp } from './support/test-app';
import { binary, readWorkbook, rowValues } from './support/workbook';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('league table', () => {
  let t: TestApp;
  let ubnd: string;
  let dept: Record<string, string>;
  let planId: string;

  const get = async (path: string, query: Json, token = ubnd) => (await t.http().get(path).query(query).set('Authorization', `Bearer ${token}`).expect(200)).body;

  const insert = (rows: { title: string; status: WorkPackageStatus; lead: string; dueDate?: string | null; completedOn?: string | null }[]) =>
    t.dataSource.query(
      `INSERT INTO work_packages (plan_id, title, status, lead_department_id, due_date, completed_on)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::uuid[], $5::date[], $6::date[])`,
      [planId, rows.map((r) => r.title), rows.map((r) => r.status), rows.map((r) => r.lead), rows.map((r) => r.dueDate ?? null), rows.map((r) => r.completedOn ?? null)],
    );

  const insertRequests = async (rows: { lead: string | null; status: 'open' | 'answered' | 'closed'; dueDate: string; answeredOn?: string }[]) => {
    const [hdnd] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'hdnd'`);
    return (
      await t.dataSource.query(
        `INSERT INTO supervision_requests (kind, subject_type, subject_id, subject_title, plan_id, addressee_department_id, content, status, due_date, answered_on, raised_by)
         SELECT 'chat_van', 'plan', $1, 'Kế hoạch kiểm thử xếp hạng', $1, lead, 'Đề nghị báo cáo tiến độ', status, due, answered, $2
         FROM unnest($3::uuid[], $4::text[], $5::date[], $6::date[]) AS x(lead, status, due, answered) RETURNING id`,
        [planId, hdnd.id, rows.map((r) => r.lead), rows.map((r) => r.status), rows.map((r) => r.dueDate), rows.map((r) => r.answeredOn ?? null)],
      )
    ).map((r: { id: string }) => r.id) as string[];
  };
  const requestIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    ubnd = await t.tokenOf('ubnd');
    const departments = await t.http().get('/api/departments').set('Authorization', `Bearer ${ubnd}`).expect(200);
    dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    const plan = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch kiểm thử xếp hạng', 2026, 'x', '{}') RETURNING id`,
      [`LEAGUE-${Date.now()}`],
    );
    planId = plan[0].id;
    await insert([
      // Sở Tài chính: 2 on time, 1 late by 10 days, 1 overdue; one not yet due, one cancelled.
      { title: 'A1', status: 'done', lead: dept.STC, dueDate: '2026-03-31', completedOn: '2026-03-20' },
      { title: 'A2', status: 'done', lead: dept.STC, dueDate: '2026-05-31', completedOn: '2026-05-31' },
      { title: 'A3', status: 'done', lead: dept.STC, dueDate: '2026-04-30', completedOn: '2026-05-10' },
      { title: 'A4', status: 'in_progress', lead: dept.STC, dueDate: '2026-06-20' },
      { title: 'A5', status: 'not_started', lead: dept.STC, dueDate: '2026-12-31' },
      { title: 'A6', status: 'cancelled', lead: dept.STC, dueDate: '2026-02-28' },
      // Sở Du lịch: everything due done on time.
      { title: 'B1', status: 'done', lead: dept.SDL, dueDate: '2026-04-15', completedOn: '2026-04-01' },
      { title: 'B2', status: 'submitted', lead: dept.SDL, dueDate: '2026-09-30' },
      { title: 'B3', status: 'blocked', lead: dept.SDL, dueDate: null },
      // Sở Giáo dục: one overdue since 01/03.
      { title: 'C1', status: 'in_progress', lead: dept.SGDDT, dueDate: '2026-02-28' },
      { title: 'C2', status: 'done', lead: dept.SGDDT, dueDate: '2026-06-30', completedOn: '2026-06-01' },
    ]);
    requestIds.push(
      ...(await insertRequests([
        // Sở Tài chính: one answered on time, one late, one unanswered past its deadline, one not yet due.
        { lead: dept.STC, status: 'closed', dueDate: '2026-05-31', answeredOn: '2026-05-20' },
        { lead: dept.STC, status: 'answered', dueDate: '2026-04-30', answeredOn: '2026-05-05' },
        { lead: dept.STC, status: 'open', dueDate: '2026-06-20' },
        { lead: dept.STC, status: 'open', dueDate: '2026-12-31' },
        // Sở Giáo dục: answered on time in Q1; the UBND's own request belongs to no department's row.
        { lead: dept.SGDDT, status: 'closed', dueDate: '2026-02-28', answeredOn: '2026-02-01' },
        { lead: null, status: 'open', dueDate: '2026-03-31' },
      ])),
    );
  });
  afterAll(() => t.close());

  it('counts exactly what the deadline summary counts, per department, for the same as-of date', async () => {
    for (const asOf of ['2026-01-15', '2026-03-01', '2026-06-30', '2026-07-01', '2027-01-01']) {
      const [league, summary] = await Promise.all([get('/api/reports/league', { planId, asOf }), get('/api/deadlines/summary', { planId, asOf })]);
      expect(league.window).toEqual({ from: null, to: null, asOf });
      for (const row of summary.byDepartment) {
        const leagueRow = league.items.find((r: Json) => r.departmentId === row.departmentId);
        expect({ asOf, departmentId: row.departmentId, total: leagueRow.total, byCategory: leagueRow.byCategory }).toEqual({ asOf, departmentId: row.departmentId, total: row.total, byCategory: row.byCategory });
      }
      // Every other department has nothing in this plan.
      const others = league.items.filter((r: Json) => !summary.byDepartment.some((d: Json) => d.departmentId === r.departmentId));
      expect(others.every((r: Json) => r.total === 0 && r.rank === league.items.length - others.length + 1)).toBe(true);
      const sum = (category: string) => league.items.reduce((n: number, r: Json) => n + r.byCategory[category], 0);
      expect(Object.fromEntries(Object.keys(summary.byCategory).map((c) => [c, sum(c)]))).toEqual(summary.byCategory);
    }
  });

  it('rates, average days late and rank follow the written rule', async () => {
    const league = await get('/api/reports/league', { planId, asOf: '2026-07-01' });
    const row = (code: string) => league.items.find((r: Json) => r.departmentId === dept[code]);
    // STC: due = 2 on time + 1 late + 1 overdue; late days: 10 (A3) and 11 (A4, due 20/06, as of 01/07).
    expect(row('STC')).toMatchObject({ total: 6, due: 4, onTimeRate: 0.5, overdueRate: 0.25, avgDaysLate: 10.5, rank: 2 });
    expect(row('SDL')).toMatchObject({ total: 3, due: 1, onTimeRate: 1, overdueRate: 0, avgDaysLate: null, rank: 1 });
    // SGDDT: C1 overdue from 28/02 to 01/07 (123 days), C2 on time.
    expect(row('SGDDT')).toMatchObject({ total: 2, due: 2, onTimeRate: 0.5, overdueRate: 0.5, avgDaysLate: 123, rank: 3 });
    expect(league.ranking).toEqual(['onTimeRate desc', 'overdueRate asc', 'avgDaysLate asc', 'nothing due last']);
    expect(league.items.slice(0, 3).map((r: Json) => r.departmentId)).toEqual([dept.SDL, dept.STC, dept.SGDDT]);
    // Compared with the same day a month earlier (01/06): STC had A4 still on time, A3 late.
    expect(league.previousWindow).toEqual({ from: null, to: null, asOf: '2026-06-01' });
    expect(row('STC').previous).toMatchObject({ onTimeRate: 0.6667, overdueRate: 0, avgDaysLate: 10 });
  });

  it('a period counts the packages due in it as of its end, and compares with the period before', async () => {
    const league = await get('/api/reports/league', { planId, from: '2026-04-01', to: '2026-06-30' });
    expect(league.window).toEqual({ from: '2026-04-01', to: '2026-06-30', asOf: '2026-06-30' });
    expect(league.previousWindow).toEqual({ from: '2026-01-01', to: '2026-03-31', asOf: '2026-03-31' });
    const stc = league.items.find((r: Json) => r.departmentId === dept.STC);
    expect(stc).toMatchObject({ total: 3, due: 3, byCategory: expect.objectContaining({ done_on_time: 1, done_late: 1, open_overdue: 1 }) });
    // Q1: A1 on time and the cancelled A6.
    expect(stc.previous).toMatchObject({ onTimeRate: 1, overdueRate: 0 });
    const list = await get('/api/work-packages', { planId, departmentId: dept.STC, dueFrom: '2026-04-01', dueTo: '2026-06-30', asOf: '2026-06-30' });
    expect(list.items).toHaveLength(stc.total);
  });

  it('counts the supervision requests addressed to each department by the same category rule, outside the rank', async () => {
    const league = await get('/api/reports/league', { planId, asOf: '2026-07-01' });
    const row = (code: string) => league.items.find((r: Json) => r.departmentId === dept[code]);
    expect(row('STC').requests).toEqual({ total: 4, due: 3, byCategory: { done_on_time: 1, done_late: 1, open_overdue: 1, open_on_time: 1, cancelled: 0 } });
    expect(row('STC').requestsOnTimeRate).toBe(0.3333);
    expect(row('SGDDT')).toMatchObject({ requests: { total: 1, due: 1 }, requestsOnTimeRate: 1 });
    expect(row('SDL')).toMatchObject({ requests: { total: 0, due: 0 }, requestsOnTimeRate: null });
    // The rank is still the packages' rule: the same order as without requests.
    expect(league.items.slice(0, 3).map((r: Json) => r.departmentId)).toEqual([dept.SDL, dept.STC, dept.SGDDT]);
    // 01/06: the request due 20/06 was still on time, the late one already counted.
    expect(row('STC').previous.requestsOnTimeRate).toBe(0.5);
    // The UBND's request is no department's.
    expect(league.items.reduce((n: number, r: Json) => n + r.requests.total, 0)).toBe(5);

    // A period: the requests due in it, as of its end; the drill-down list holds exactly the counted ones.
    const q2 = await get('/api/reports/league', { planId, from: '2026-04-01', to: '2026-06-30' });
    const stc = q2.items.find((r: Json) => r.departmentId === dept.STC);
    expect(stc).toMatchObject({ requests: { total: 3, due: 3 }, requestsOnTimeRate: 0.3333 });
    expect(q2.items.find((r: Json) => r.departmentId === dept.SGDDT).previous).toMatchObject({ requestsOnTimeRate: 1 });
    const list = await get('/api/supervision-requests', { planId, addresseeDepartmentId: dept.STC, dueFrom: '2026-04-01', dueTo: '2026-06-30', asOf: '2026-06-30' });
    expect(list.items).toHaveLength(stc.requests.total);
    const byCategory = (items: Json[]) => Object.fromEntries(Object.keys(stc.requests.byCategory).map((c) => [c, items.filter((r) => r.category === c).length]));
    expect(byCategory(list.items)).toEqual(stc.requests.byCategory);

    // An answer moves the figure at once: the cached table follows the supervision revision.
    await t.dataSource.query(`UPDATE supervision_requests SET status = 'answered', answered_on = '2026-06-10' WHERE id = $1`, [requestIds[2]]);
    const after = await get('/api/reports/league', { planId, from: '2026-04-01', to: '2026-06-30' });
    expect(after.items.find((r: Json) => r.departmentId === dept.STC)).toMatchObject({ requests: { byCategory: { done_on_time: 2, open_overdue: 0 } }, requestsOnTimeRate: 0.6667 });

    const bad = await t.http().get('/api/supervision-requests').query({ dueFrom: '2026-02-30' }).set('Authorization', `Bearer ${ubnd}`).expect(400);
    expect(bad.body.details.map((d: Json) => d.field)).toContain('dueFrom');
  });

  it('downloads as an Excel sheet holding the API\'s numbers under the appendix export\'s formatting', async () => {
    const query = { planId, from: '2026-04-01', to: '2026-06-30' };
    const [league, departments] = await Promise.all([get('/api/reports/league', query), get('/api/departments', { includeInactive: true })]);
    const names = new Map(departments.items.map((d: Json) => [d.id, d.name]));
    const res = await t.http().get('/api/reports/league.xlsx').query(query).set('Authorization', `Bearer ${await t.tokenOf('hdnd')}`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('bang-xep-hang-league-');
    const sheet = (await readWorkbook(res.body as Buffer)).getWorksheet('Xếp hạng đơn vị');
    if (!sheet) throw new Error('no league sheet');

    expect(sheet.getCell('A1').value).toBe('BẢNG XẾP HẠNG CÁC CƠ QUAN, ĐƠN VỊ THỰC HIỆN NHIỆM VỤ');
    expect(sheet.getCell('A2').value).toMatch(/^LEAGUE-\d+ — Kế hoạch kiểm thử xếp hạng$/);
    expect(sheet.getCell('A3').value).toBe('Nhiệm vụ có hạn từ ngày 01/04/2026 đến ngày 30/06/2026, số liệu tính đến ngày 30/06/2026');
    expect(sheet.getCell('A4').value).toBe('Kỳ so sánh: Nhiệm vụ có hạn từ ngày 01/01/2026 đến ngày 31/03/2026, số liệu tính đến ngày 31/03/2026');
    // Two bold header rows, merged by group, repeated on every printed page and frozen; A4 landscape.
    expect(rowValues(sheet, 5, 18)).toEqual(['Hạng', 'Cơ quan, đơn vị', 'Tổng số nhiệm vụ', ...Array(7).fill('Nhiệm vụ theo phân loại'), 'Tỷ lệ trên số nhiệm vụ đã đến hạn', 'Tỷ lệ trên số nhiệm vụ đã đến hạn', 'Trễ bình quân (ngày)', 'Hạng kỳ trước', ...Array(4).fill('Yêu cầu giám sát gửi đơn vị')]);
    expect(rowValues(sheet, 6, 18).slice(3)).toEqual([...DEADLINE_CATEGORIES.map((c) => DEADLINE_CATEGORY_LABELS[c].vi), 'Đúng hạn', 'Quá hạn', 'Trễ bình quân (ngày)', 'Hạng kỳ trước', 'Tổng số', 'Đã đến hạn trả lời', 'Trả lời đúng hạn', 'Tỷ lệ trả lời đúng hạn']);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:R1', 'A4:R4', 'A5:A6', 'B5:B6', 'C5:C6', 'D5:J5', 'K5:L5', 'M5:M6', 'N5:N6', 'O5:R5']));
    for (const cell of ['A5', 'D5', 'O5', 'D6', 'R6']) expect(sheet.getCell(cell).font?.bold).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '5:6' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(30);

    // Every row of the API's answer, in its order, with the same numbers.
    league.items.forEach((item: Json, i: number) => {
      const n = 7 + i;
      expect({ n, values: rowValues(sheet, n, 18) }).toEqual({
        n,
        values: [
          item.due === 0 ? null : item.rank,
          names.get(item.departmentId),
          item.total,
          ...DEADLINE_CATEGORIES.map((c) => item.byCategory[c]),
          item.onTimeRate,
          item.overdueRate,
          item.avgDaysLate,
          item.previous && item.due > 0 ? item.previous.rank : null,
          item.requests.total,
          item.requests.due,
          item.requests.byCategory.done_on_time,
          item.requestsOnTimeRate,
        ],
      });
    });
    const stcRow = 7 + league.items.findIndex((r: Json) => r.departmentId === dept.STC);
    expect(rowValues(sheet, stcRow, 3)[2]).toBe(3);
    expect(sheet.getCell(`K${stcRow}`).numFmt).toBe('0.0%');
    expect(sheet.getCell(`C${stcRow}`).numFmt).toBe('#,##0');
    expect(sheet.getCell(`A${7 + league.items.length + 1}`).value).toMatch(/^Cách xếp hạng: /);

    const bad = await t.http().get('/api/reports/league.xlsx').query({ planId, from: '2026-04-01' }).set('Authorization', `Bearer ${ubnd}`).expect(400);
    expect(bad.body.details.map((d: Json) => d.field)).toContain('to');
    await t.http().get('/api/reports/league.xlsx').query({ planId: '00000000-0000-4000-8000-000000000000' }).set('Authorization', `Bearer ${ubnd}`).expect(404);
    await t.http().get('/api/reports/league.xlsx').expect(401);
  });

  it('every role reads it; bad input is a 400 naming the field', async () => {
    for (const user of ['admin', 'hdnd', 'so-du-lich']) await get('/api/reports/league', { planId }, await t.tokenOf(user));
    await t.http().get('/api/reports/league').expect(401);
    const bad = async (query: Json, field: string) => {
      const response = await t.http().get('/api/reports/league').query(query).set('Authorization', `Bearer ${ubnd}`).expect(400);
      expect(response.body.details.map((d: Json) => d.field)).toContain(field);
    };
    await bad({ from: '2026-04-01' }, 'to');
    await bad({ from: '2026-06-01', to: '2026-05-01' }, 'to');
    await bad({ asOf: '2026-13-01' }, 'asOf');
    await bad({ asOf: 'yesterday' }, 'asOf');
    await bad({ planId: 'nope' }, 'planId');
  });
});
