import { DomainError } from '../errors/domain-error';
import { DisbursementProject } from './disbursement';
import { pageDisbursementProjects } from './disbursement-projects';

const project = (code: string, investor: string, rate: number, name = `Dự án ${code}`): DisbursementProject => ({
  id: `id-${code}`,
  code,
  name,
  investorDepartmentId: investor,
  capitalSource: 'NS tỉnh',
  allocated: 100,
  disbursed: rate,
  reportedMonth: '2026-06',
  rate,
  targetRate: 40,
  belowCurve: rate < 40,
  version: 1,
});

describe(pageDisbursementProjects.name, () => {
  const projects = [project('DA-03', 'd1', 10, 'Đường ven sông'), project('DA-01', 'd2', 70), project('DA-02', 'd1', 10), project('DA-05', 'd2', 35), project('DA-04', 'd1', 90, 'Cầu Bạch Đằng')];
  const codes = (page: { items: DisbursementProject[] }) => page.items.map((p) => p.code);

  it('pages by code with a total, each page starting after the last project of the one before', () => {
    const first = pageDisbursementProjects(projects, {}, { limit: 2 });
    expect({ codes: codes(first), total: first.total, next: first.nextAfter }).toEqual({ codes: ['DA-01', 'DA-02'], total: 5, next: 'id-DA-02' });
    const second = pageDisbursementProjects(projects, {}, { after: 'id-DA-02', limit: 2 });
    expect(codes(second)).toEqual(['DA-03', 'DA-04']);
    const last = pageDisbursementProjects(projects, {}, { after: second.nextAfter!, limit: 2 });
    expect({ codes: codes(last), next: last.nextAfter }).toEqual({ codes: ['DA-05'], next: null });
  });

  it.each([
    [{ belowCurve: true }, ['DA-02', 'DA-03', 'DA-05']],
    [{ investorDepartmentId: 'd2' }, ['DA-01', 'DA-05']],
    [{ q: 'duong ven' }, ['DA-03']],
    [{ q: 'CẦU' }, ['DA-04']],
    [{ sort: 'rate' as const }, ['DA-02', 'DA-03', 'DA-05', 'DA-01', 'DA-04']],
    [{ sort: '-rate' as const }, ['DA-04', 'DA-01', 'DA-05', 'DA-02', 'DA-03']],
    [{ belowCurve: true, investorDepartmentId: 'd1', sort: '-rate' as const }, ['DA-02', 'DA-03']],
  ])('filters and orders %j', (filter, expected) => {
    const page = pageDisbursementProjects(projects, filter, { limit: 50 });
    expect(codes(page)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it("finds projects by their investor's name as well as by code and name, ignoring case and diacritics", () => {
    const names = new Map([
      ['d1', 'Sở Giao thông vận tải'],
      ['d2', 'Ban Quản lý dự án Đầu tư xây dựng'],
    ]);
    expect(codes(pageDisbursementProjects(projects, { q: 'giao thong' }, { limit: 50 }, names))).toEqual(['DA-02', 'DA-03', 'DA-04']);
    expect(codes(pageDisbursementProjects(projects, { q: 'BAN QUẢN LÝ', sort: 'rate' }, { limit: 50 }, names))).toEqual(['DA-05', 'DA-01']);
    expect(codes(pageDisbursementProjects(projects, { q: 'bạch đằng' }, { limit: 50 }, names))).toEqual(['DA-04']);
    // Without names the investor is not searched.
    expect(pageDisbursementProjects(projects, { q: 'giao thong' }, { limit: 50 }).total).toBe(0);
  });

  it('keeps its place when the project a cursor names has moved out of the filter since', () => {
    const moved = projects.map((p) => (p.code === 'DA-02' ? { ...p, rate: 60, belowCurve: false } : p));
    expect(codes(pageDisbursementProjects(moved, { belowCurve: true }, { after: 'id-DA-02', limit: 50 }))).toEqual(['DA-03', 'DA-05']);
  });

  it('refuses a cursor naming no project of the plan', () => {
    expect(() => pageDisbursementProjects(projects, {}, { after: 'id-XX', limit: 2 })).toThrow(DomainError);
  });
});
