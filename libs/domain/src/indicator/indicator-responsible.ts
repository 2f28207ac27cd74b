import { matchDepartments, type BreakdownRule } from '../breakdown/propose-breakdown';
import type { AgencyCatalogue } from '../breakdown/document-assignment';
import { matchAgency } from '../department/match-agency';
import type { ParsedIndicator } from '../plan-document/plan-document.types';

/**
 * The department suggested as responsible for an indicator at import (the UBND may change it): the first
 * agency the document itself names for it that is one catalogue department ("Sở Y tế", an alias), else the
 * department the subject rules find in its text, else none. A collective name ("Các sở, ngành") is nobody.
 */
export function suggestResponsibleDepartment(indicator: ParsedIndicator, catalogue: AgencyCatalogue, rules: readonly BreakdownRule[]): string | null {
  for (const agency of indicator.responsible ?? []) {
    const { departmentId } = matchAgency(agency, catalogue.departments, catalogue.aliases);
    if (departmentId) return departmentId;
  }
  return matchDepartments(`${indicator.name} ${indicator.text}`, rules, '').leadDepartmentId || null;
}
