import { parseDateVi, type ProposedPackage, splitBreakdownKey } from '@mandate/domain';

/** A proposal being edited; rowId names it in the editor only and is never sent. */
export interface BreakdownRow extends ProposedPackage {
  rowId: string;
}

/** Rows of one leaf item, in proposal order. */
export interface BreakdownGroup {
  itemRef: string;
  rows: BreakdownRow[];
}

/** Groups the proposals by leaf item, keeping the order the API proposed them in. */
export function groupProposals(packages: readonly ProposedPackage[]): BreakdownGroup[] {
  const groups = new Map<string, BreakdownRow[]>();
  packages.forEach((p, i) => {
    const rows = groups.get(p.itemRef) ?? [];
    rows.push({ ...p, rowId: `r${i}` });
    groups.set(p.itemRef, rows);
  });
  return [...groups].map(([itemRef, rows]) => ({ itemRef, rows }));
}

const earliest = (dates: (string | null)[]): string | null =>
  dates.filter((d): d is string => d !== null).reduce<string | null>((min, d) => (min === null || d < min ? d : min), null);

/**
 * Merges the selected rows of one item into the first of them: titles and source texts joined, the first lead kept,
 * co-operating departments the union (less the lead), the earliest due date, the first target; the first row's
 * breakdownKey is kept so a re-confirmed merge matches the package it created before. Fewer than two rows: unchanged.
 */
export function mergeRows(rows: readonly BreakdownRow[], selected: ReadonlySet<string>): BreakdownRow[] {
  const chosen = rows.filter((r) => selected.has(r.rowId));
  if (chosen.length < 2) return [...rows];
  const [first] = chosen;
  const merged: BreakdownRow = {
    ...first,
    title: chosen.map((r) => r.title.trim()).filter(Boolean).join('; '),
    sourceText: chosen.map((r) => r.sourceText.trim()).filter(Boolean).join('\n'),
    cooperatingDepartmentIds: [...new Set(chosen.flatMap((r) => [r.leadDepartmentId, ...r.cooperatingDepartmentIds]))].filter((id) => id !== first.leadDepartmentId),
    dueDate: earliest(chosen.map((r) => r.dueDate)),
    target: chosen.find((r) => r.target !== null)?.target ?? null,
    reason: [...new Set(chosen.map((r) => r.reason).filter(Boolean))].join('; '),
  };
  return rows.flatMap((r) => (r.rowId === first.rowId ? [merged] : selected.has(r.rowId) ? [] : [r]));
}

export type SplitMode = 'copy' | 'byDepartment';

/** The departments a row would split into, one package each: its lead, then its co-operating departments. */
export const splitDepartments = (row: ProposedPackage): string[] => [...new Set([row.leadDepartmentId, ...row.cooperatingDepartmentIds].filter(Boolean))];

/**
 * Splits each selected row in place. 'copy': a second row to edit by hand (title, lead, dates, output). 'byDepartment':
 * one row per department of the row, each that department's own (no co-operating departments); a row with one
 * department stays as it is. The first row keeps the proposal's key (it matches the package a confirm may already have
 * created); each new row gets the next free `~n` of it, so confirming the same split again creates nothing new.
 */
export function splitRows(rows: readonly BreakdownRow[], selected: ReadonlySet<string>, mode: SplitMode): BreakdownRow[] {
  const keys = new Set(rows.map((r) => r.breakdownKey));
  const copyOf = (row: BreakdownRow, patch: Partial<ProposedPackage>): BreakdownRow => {
    const breakdownKey = splitBreakdownKey(row.breakdownKey, keys);
    keys.add(breakdownKey);
    return { ...row, ...patch, breakdownKey, rowId: `${row.rowId}${breakdownKey.slice(breakdownKey.lastIndexOf('~'))}` };
  };
  return rows.flatMap((row) => {
    if (!selected.has(row.rowId)) return [row];
    if (mode === 'copy') return [row, copyOf(row, {})];
    const [lead, ...others] = splitDepartments(row);
    if (others.length === 0) return [row];
    return [{ ...row, leadDepartmentId: lead, cooperatingDepartmentIds: [] }, ...others.map((id) => copyOf(row, { leadDepartmentId: id, cooperatingDepartmentIds: [], leadSource: 'user' as const }))];
  });
}

/** Removes the selected rows. */
export function dropRows(rows: readonly BreakdownRow[], selected: ReadonlySet<string>): BreakdownRow[] {
  return rows.filter((r) => !selected.has(r.rowId));
}

/** Replaces one row's fields; the other rows keep their identity so memoized rows do not re-render. */
export function updateRow(rows: readonly BreakdownRow[], rowId: string, patch: Partial<ProposedPackage>): BreakdownRow[] {
  return rows.map((r) => (r.rowId === rowId ? { ...r, ...patch, cooperatingDepartmentIds: (patch.cooperatingDepartmentIds ?? r.cooperatingDepartmentIds).filter((id) => id !== (patch.leadDepartmentId ?? r.leadDepartmentId)) } : r));
}

export type RowProblem = 'title' | 'lead';

/** What keeps a row from being confirmed; an invalid date never reaches the state (the input keeps it). */
export function rowProblems(row: ProposedPackage): RowProblem[] {
  const problems: RowProblem[] = [];
  if (!row.title.trim()) problems.push('title');
  if (!row.leadDepartmentId) problems.push('lead');
  return problems;
}

/** The packages to send: every row still in the editor, without its editor id. */
export function toConfirmed(groups: readonly BreakdownGroup[]): ProposedPackage[] {
  return groups.flatMap((g) => g.rows.map(({ rowId: _rowId, ...p }) => ({ ...p, title: p.title.trim() })));
}

/** dd/mm/yyyy as typed → YYYY-MM-DD; '' clears the date; undefined when it is not a date. */
export function parseDueDateInput(text: string): string | null | undefined {
  if (!text.trim()) return null;
  return parseDateVi(text) ?? undefined;
}
