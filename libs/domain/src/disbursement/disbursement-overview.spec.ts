import { buildDisbursementOverview, DisbursementProjectRow, rankInvestors } from './disbursement-overview';
import { diffDisbursementImport } from './disbursement-import';
import { DisbursementProject, DisbursementSettings } from './disbursement';

const settings: DisbursementSettings = { planId: 'p', targetDate: '2026-12-31', milestones: [{ date: '2026-06-30', rate: 40 }], workPackageId: null, version: 1 };
const project = (id: string, investor: string, allocated: number, disbursed: number): DisbursementProjectRow => ({
  id,
  code: id,
  name: id,
  investorDepartmentId: investor,
  capitalSource: 'NS tỉnh',
  allocated,
  disbursed,
  reportedMonth: '2026-06',
  version: 1,
});

describe(buildDisbursementOverview.name, () => {
  const sut = buildDisbursementOverview({
    settings,
    projects: [project('a', 'd1', 1000, 500), project('b', 'd1', 1000, 300), project('c', 'd2', 2000, 900)],
    deltas: [
      { month: '2026-05', added: 1000 },
      { month: '2026-06', added: 700 },
    ],
    asOfMonth: '2026-06',
  });

  it('sums the plan and judges projects at the month against the curve', () => {
    expect(sut).toMatchObject({ allocated: 4000, disbursed: 1700, rate: 42.5, targetRate: 40 });
    expect(sut.projects.map((p) => [p.id, p.rate, p.belowCurve])).toEqual([
      ['a', 50, false],
      ['b', 30, true],
      ['c', 45, false],
    ]);
  });

  it('gives the plan-wide cumulative by month from January to the target month, null after the last report', () => {
    expect(sut.months).toHaveLength(12);
    expect(sut.months[0]).toEqual({ month: '2026-01', cumulative: 0, rate: 0, targetRate: expect.any(Number) });
    expect(sut.months[4]).toMatchObject({ month: '2026-05', cumulative: 1000, rate: 25 });
    expect(sut.months[5]).toMatchObject({ month: '2026-06', cumulative: 1700, rate: 42.5, targetRate: 40 });
    expect(sut.months[6]).toMatchObject({ month: '2026-07', cumulative: null, rate: null });
    expect(sut.months[11].targetRate).toBe(100);
  });

  it('starts earlier when figures do', () => {
    const early = buildDisbursementOverview({ settings, projects: [], deltas: [{ month: '2025-10', added: 5 }], asOfMonth: '2025-10' });
    expect(early.months[0]).toMatchObject({ month: '2025-10', cumulative: 5, targetRate: 0 });
  });

  it('flags nothing before any report', () => {
    const empty = buildDisbursementOverview({ settings, projects: [{ ...project('a', 'd1', 1000, 0), reportedMonth: null }], deltas: [], asOfMonth: null });
    expect(empty.projects[0].belowCurve).toBe(false);
    expect(empty.months.every((m) => m.cumulative === null)).toBe(true);
  });
});

describe(rankInvestors.name, () => {
  it('ranks by rate, ties sharing a rank', () => {
    const p = (investor: string, allocated: number, disbursed: number, belowCurve = false) => ({ investorDepartmentId: investor, allocated, disbursed, belowCurve }) as DisbursementProject;
    const sut = rankInvestors([p('x', 100, 50), p('y', 200, 100, true), p('z', 100, 90)]);
    expect(sut.map((i) => [i.departmentId, i.rate, i.rank, i.belowCurve])).toEqual([
      ['z', 90, 1, 0],
      ['y', 50, 2, 1],
      ['x', 50, 2, 0],
    ]);
  });
});

describe(diffDisbursementImport.name, () => {
  it('shows new projects, changed figures and unchanged rows, with the difference to what the plan shows', () => {
    const row = (code: string, cumulative: number, allocated = 1000) => ({ row: 2, code, name: code, investorDepartmentId: 'd', capitalSource: 's', allocated, month: '2026-07', cumulative });
    const stored = (code: string) =>
      code === 'old'
        ? { code, name: code, investorDepartmentId: 'd', capitalSource: 's', allocated: 1000, cumulativeThisMonth: null, cumulativeBefore: 400 }
        : code === 'same'
          ? { code, name: code, investorDepartmentId: 'd', capitalSource: 's', allocated: 1000, cumulativeThisMonth: 300, cumulativeBefore: 200 }
          : null;
    const sut = diffDisbursementImport([row('old', 550, 1200), row('same', 300), row('new', 100)], stored);
    expect(sut.rows.map((r) => [r.code, r.status, r.cumulativeBefore, r.difference, r.changedFields])).toEqual([
      ['old', 'changed', 400, 150, ['allocated']],
      ['same', 'unchanged', 300, 0, []],
      ['new', 'new_project', null, 100, []],
    ]);
    expect(sut).toMatchObject({ months: ['2026-07'], newProjects: 1, changed: 1, unchanged: 1, allocatedDifference: 1200, disbursedDifference: 250 });
  });
});
