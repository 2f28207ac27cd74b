import { isValidIsoDate } from '../calendar';
import type { FieldProblem } from '../errors/domain-error';
import { breakdownKeyOf } from './breakdown-text.util';

/** A package as the UBND sends it back after editing a proposal. */
export interface ConfirmedPackageInput {
  itemRef: string;
  title: string;
  sourceText?: string | null;
  leadDepartmentId: string;
  cooperatingDepartmentIds?: string[];
  dueDate?: string | null;
  breakdownKey?: string | null;
}

export interface ConfirmBreakdownContext {
  itemRefs: ReadonlySet<string>;
  activeDepartmentIds: ReadonlySet<string>;
}

/** Every problem of every package at once, each named by its path (`packages.2.dueDate`). */
export function checkConfirmedPackages(packages: readonly ConfirmedPackageInput[], context: ConfirmBreakdownContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  packages.forEach((p, i) => {
    const at = (field: string) => `packages.${i}.${field}`;
    if (!context.itemRefs.has(p.itemRef)) problems.push({ field: at('itemRef'), message: `is not an item of this plan (${p.itemRef})` });
    const title = p.title.trim();
    if (title.length < 1 || title.length > 500) problems.push({ field: at('title'), message: 'must be 1–500 characters' });
    if (!context.activeDepartmentIds.has(p.leadDepartmentId)) problems.push({ field: at('leadDepartmentId'), message: 'is not an active department' });
    (p.cooperatingDepartmentIds ?? []).forEach((id, j) => {
      if (!context.activeDepartmentIds.has(id)) problems.push({ field: `${at('cooperatingDepartmentIds')}.${j}`, message: 'is not an active department' });
      else if (id === p.leadDepartmentId) problems.push({ field: `${at('cooperatingDepartmentIds')}.${j}`, message: 'is the lead department' });
    });
    if (p.dueDate != null && !isValidIsoDate(p.dueDate)) problems.push({ field: at('dueDate'), message: 'must be a real date as YYYY-MM-DD' });
  });
  return problems;
}

/** The key a confirmed package is stored under: the proposal's own, or one derived from its sentence (or title, for a package the user added). */
export function confirmedKeyOf(p: ConfirmedPackageInput): string {
  const key = p.breakdownKey?.trim();
  return key ? key : breakdownKeyOf(p.itemRef, p.sourceText?.trim() || p.title);
}
