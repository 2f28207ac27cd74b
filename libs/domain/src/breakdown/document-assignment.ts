import { AgencyMatch, CatalogueDepartment, DepartmentAliasEntry, matchAgency } from '../department';
import type { ParsedAssignment, ParsedDeadline } from '../plan-document';
import { foldText } from '../plan-document/text-fold.util';
import { normalizeSentence } from './breakdown-text.util';

/** The departments and admin aliases that the document's agency names are matched against. */
export interface AgencyCatalogue {
  departments: readonly CatalogueDepartment[];
  aliases: readonly DepartmentAliasEntry[];
}

/** What the document's own assignment of an item says, in catalogue terms. */
export interface DocumentAssignment {
  /** The first lead agency that is one department; null when none is (then the content rules suggest). */
  leadDepartmentId: string | null;
  /** Further lead agencies and the co-operating ones, matched, without the lead. */
  cooperatingDepartmentIds: string[];
  /** From the assignment's time: a date, null for an ongoing duty, undefined where the time gives no answer. */
  dueDate: string | null | undefined;
  expectedOutput: string | null;
  /** Every agency the document names for the item, with how (or whether) it matched. */
  agencies: AgencyMatch[];
}

const ONGOING = /\b(thuong xuyen|hang nam|hang quy|hang thang|lien tuc|dinh ky)\b/;

/** Reads an item's assignment against the catalogue: lead, co-operating, deadline and product as the document gives them. */
export function documentAssignmentOf(assignment: ParsedAssignment, catalogue: AgencyCatalogue, itemDeadlines: readonly ParsedDeadline[]): DocumentAssignment {
  const match = (name: string) => matchAgency(name, catalogue.departments, catalogue.aliases);
  const leads = assignment.lead.map(match);
  const cooperating = assignment.cooperating.map(match);
  const leadIds = unique(leads.map((m) => m.departmentId));
  const leadDepartmentId = leadIds[0] ?? null;
  return {
    leadDepartmentId,
    cooperatingDepartmentIds: unique([...leadIds.slice(1), ...cooperating.map((m) => m.departmentId)]).filter((id) => id !== leadDepartmentId),
    dueDate: dueOf(assignment.dueText, itemDeadlines),
    expectedOutput: assignment.product?.trim() || null,
    agencies: [...leads, ...cooperating],
  };
}

function dueOf(dueText: string | null, itemDeadlines: readonly ParsedDeadline[]): string | null | undefined {
  const text = dueText?.trim();
  if (!text) return undefined;
  const phrase = normalizeSentence(text);
  const found = itemDeadlines.find((d) => {
    const own = normalizeSentence(d.text);
    return own.length > 0 && (phrase.includes(own) || own.includes(phrase));
  });
  if (found) return found.date;
  return ONGOING.test(foldText(text)) ? null : undefined;
}

function unique(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
