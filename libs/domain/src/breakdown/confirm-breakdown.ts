import type { FieldProblem } from '../errors/domain-error';
import { validateWorkPackageInput, WorkPackageInputCandidate } from '../work-package/work-package.validation';
import { breakdownKeyOf } from './breakdown-text.util';

/** A package as the UBND sends it back after editing a proposal; values are untrusted until checked. */
export interface ConfirmedPackageInput {
  itemRef: string;
  title: unknown;
  sourceText?: unknown;
  leadDepartmentId: string;
  cooperatingDepartmentIds?: string[];
  dueDate?: unknown;
  target?: unknown;
  expectedOutput?: unknown;
  breakdownKey?: string | null;
}

export interface ConfirmBreakdownContext {
  itemRefs: ReadonlySet<string>;
  activeDepartmentIds: ReadonlySet<string>;
}

/** The work-package input a confirmed proposal stands for: the break-down creates packages through the same rules as a form. */
export const workPackageInputOfConfirmed = (planId: string, p: ConfirmedPackageInput): WorkPackageInputCandidate => ({
  planId,
  itemRef: p.itemRef,
  title: p.title,
  sourceText: p.sourceText ?? null,
  leadDepartmentId: p.leadDepartmentId,
  cooperatingDepartmentIds: [...new Set(p.cooperatingDepartmentIds ?? [])],
  dueDate: p.dueDate ?? null,
  target: p.target ?? null,
  expectedOutput: p.expectedOutput ?? null,
});

/**
 * Every problem of every package at once, each named by its path (`packages.2.dueDate`). Two packages stored under one
 * key would silently become one (the second is "unchanged"), so a repeated key is refused: a split package needs its own.
 */
export function checkConfirmedPackages(planId: string, packages: readonly ConfirmedPackageInput[], context: ConfirmBreakdownContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const keys = new Set<string>();
  packages.forEach((p, i) => {
    const at = (field: string) => `packages.${i}.${field}`;
    for (const problem of validateWorkPackageInput(workPackageInputOfConfirmed(planId, p))) problems.push({ ...problem, field: at(problem.field) });
    if (!context.itemRefs.has(p.itemRef)) problems.push({ field: at('itemRef'), message: `is not an item of this plan (${p.itemRef})`, rule: 'notInPlan', params: { value: p.itemRef } });
    const key = confirmedKeyOf(p);
    if (keys.has(key)) problems.push({ field: at('breakdownKey'), message: `repeats the key of an earlier package (${key}); a split package needs a key of its own`, rule: 'duplicatePackage' });
    keys.add(key);
    if (!context.activeDepartmentIds.has(p.leadDepartmentId)) problems.push({ field: at('leadDepartmentId'), message: 'is not an active department', rule: 'notActiveDepartment' });
    (p.cooperatingDepartmentIds ?? []).forEach((id, j) => {
      if (!context.activeDepartmentIds.has(id)) problems.push({ field: `${at('cooperatingDepartmentIds')}.${j}`, message: 'is not an active department', rule: 'notActiveDepartment' });
    });
  });
  return problems;
}

/** The key a confirmed package is stored under: the proposal's own, or one derived from its sentence (or title, for a package the user added). */
export function confirmedKeyOf(p: ConfirmedPackageInput): string {
  const key = p.breakdownKey?.trim();
  if (key) return key;
  const sentence = typeof p.sourceText === 'string' ? p.sourceText.trim() : '';
  return breakdownKeyOf(p.itemRef, sentence || String(p.title));
}

const SPLIT_SUFFIX = /~\d+$/;

/**
 * The key of a package split off a proposal: the proposal's key with the first free `~n` (n ≥ 2) among `taken`, so the
 * same split sent again names the same packages and creates nothing new.
 */
export function splitBreakdownKey(key: string, taken: ReadonlySet<string>): string {
  const base = key.replace(SPLIT_SUFFIX, '');
  for (let n = 2; ; n += 1) {
    const candidate = `${base}~${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `POST /api/plans/:id/breakdown`: packages created now, and those confirmed before and left as they are. */
export interface BreakdownResult {
  created: number;
  unchanged: number;
}
