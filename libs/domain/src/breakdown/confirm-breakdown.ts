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

/** Every problem of every package at once, each named by its path (`packages.2.dueDate`). */
export function checkConfirmedPackages(planId: string, packages: readonly ConfirmedPackageInput[], context: ConfirmBreakdownContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  packages.forEach((p, i) => {
    const at = (field: string) => `packages.${i}.${field}`;
    for (const problem of validateWorkPackageInput(workPackageInputOfConfirmed(planId, p))) problems.push({ field: at(problem.field), message: problem.message });
    if (!context.itemRefs.has(p.itemRef)) problems.push({ field: at('itemRef'), message: `is not an item of this plan (${p.itemRef})` });
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

/** `POST /api/plans/:id/breakdown`: packages created now, and those confirmed before and left as they are. */
export interface BreakdownResult {
  created: number;
  unchanged: number;
}
