import { WorkPackageStatus } from '@mandate/domain';
import { createTestApp, TestApp } from './support/test-app';

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
