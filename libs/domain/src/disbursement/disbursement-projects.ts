import { DomainError } from '../errors/domain-error';
import { foldText } from '../plan-document/text-fold.util';
import type { Page } from '../shared/page';
import type { DisbursementOverview, DisbursementProject } from './disbursement';

/** The projects table's orders: by code, by rate lowest first (`rate`) or highest first (`-rate`); ties by code. */
export const DISBURSEMENT_PROJECT_SORTS = ['code', 'rate', '-rate'] as const;
export type DisbursementProjectSort = (typeof DISBURSEMENT_PROJECT_SORTS)[number];

/** Projects on a page by default: the first response stays small whatever the plan's size. */
export const DISBURSEMENT_PROJECTS_PAGE = 50;
export const DISBURSEMENT_PROJECTS_MAX_PAGE = 200;

export interface DisbursementProjectFilter {
  /** Only the projects flagged below the curve. */
  belowCurve?: boolean;
  investorDepartmentId?: string;
  /** Words of the code, the name or the investor's name, without regard to case or diacritics. */
  q?: string;
  sort?: DisbursementProjectSort;
}

/** A page of the projects table: the projects matching the filter, `total` of them, after the project a cursor names. */
export interface DisbursementProjectPage extends Page<DisbursementProject> {
  total: number;
}

/**
 * `GET /api/plans/:id/disbursement` (contracts/api.md): the plan-wide figures, months and investors, and the first page
 * of projects by code with the plan's project count and how many are below the curve; the other pages come from
 * `GET /api/plans/:id/disbursement/projects`.
 */
export interface DisbursementOverviewResponse extends DisbursementOverview {
  projectCount: number;
  belowCurveCount: number;
  nextCursor: string | null;
}

const byCode = (a: DisbursementProject, b: DisbursementProject): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const COMPARE: Record<DisbursementProjectSort, (a: DisbursementProject, b: DisbursementProject) => number> = {
  code: byCode,
  rate: (a, b) => a.rate - b.rate || byCode(a, b),
  '-rate': (a, b) => b.rate - a.rate || byCode(a, b),
};

/**
 * One page of the projects matching `filter`, in its order, starting after the project `after` (the last of the page
 * before; it may have moved or left the filter since, its place in the order still holds). `nextAfter` is the last
 * project of this page when more follow. `investorNames` (department id → name) lets the search find a project by its investor.
 */
export function pageDisbursementProjects(
  projects: readonly DisbursementProject[],
  filter: DisbursementProjectFilter,
  page: { after?: string; limit: number },
  investorNames: ReadonlyMap<string, string> = new Map(),
): { items: DisbursementProject[]; total: number; nextAfter: string | null } {
  const q = foldText((filter.q ?? '').trim());
  const compare = COMPARE[filter.sort ?? 'code'];
  const matches = (p: DisbursementProject): boolean => q === '' || foldText(`${p.code} ${p.name} ${investorNames.get(p.investorDepartmentId) ?? ''}`).includes(q);
  const rows = projects
    .filter((p) => (!filter.belowCurve || p.belowCurve) && (!filter.investorDepartmentId || p.investorDepartmentId === filter.investorDepartmentId) && matches(p))
    .sort(compare);
  let start = 0;
  if (page.after !== undefined) {
    const anchor = projects.find((p) => p.id === page.after);
    if (!anchor) throw new DomainError('VALIDATION_FAILED', 'cursor: names no project of this plan', [{ field: 'cursor', message: 'names no project of this plan', rule: 'badCursor' }]);
    start = rows.findIndex((p) => compare(p, anchor) > 0);
    if (start < 0) start = rows.length;
  }
  const items = rows.slice(start, start + page.limit);
  const more = start + page.limit < rows.length;
  return { items, total: rows.length, nextAfter: more && items.length > 0 ? items[items.length - 1].id : null };
}
