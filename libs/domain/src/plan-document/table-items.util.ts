import { splitAgencyCell } from './agencies.util';
import { parseDeadlineCell } from './parse-deadlines.util';
import { isStt, type ParsedTable, type TableRow } from './parse-tables.util';
import type { ParsedAssignment, ParsedDeadline, ParsedItem } from './plan-document.types';

/** Out-of-line rows this close to a table's end are page text run into it (a footer's "Địa chỉ: ..."), not its rows. */
const TRAILING_NOISE_ROWS = 3;

export interface TableItemsResult {
  items: ParsedItem[];
  deadlines: ParsedDeadline[];
  warnings: string[];
}

/** Who a row gives its work to, from its lead, co-operating, time and product cells; null for a row naming none. */
export function rowAssignment(row: TableRow): ParsedAssignment | null {
  const { lead, cooperating, deadline, product } = row.cells;
  if (lead === undefined && cooperating === undefined && deadline === undefined && product === undefined) return null;
  return {
    lead: lead === undefined ? [] : splitAgencyCell(lead),
    cooperating: cooperating === undefined ? [] : splitAgencyCell(cooperating),
    dueText: deadline ?? null,
    product: product ?? null,
  };
}

/** The row's task as written, without the bullet a cell of several "- " lines opens with. */
function rowTitle(row: TableRow): string {
  const title = row.cells.task ?? row.cells.indicator ?? Object.values(row.cells).find((cell) => cell !== undefined) ?? '';
  return title.replace(LEADING_BULLET, '');
}
const LEADING_BULLET = /^[-+•–]\s+/u;
const FOOTNOTE = /^\[\d{1,3}\]\s/u;

/** A ref not given yet: a repeated one gets "-2", "-3", ...; `used` remembers the next suffix of each ref, so this stays O(1). */
function uniqueRef(ref: string, used: Map<string, number>): string {
  let next = used.get(ref);
  if (next === undefined) {
    used.set(ref, 2);
    return ref;
  }
  let candidate = `${ref}-${next}`;
  while (used.has(candidate)) candidate = `${ref}-${(next += 1)}`;
  used.set(ref, next + 1);
  used.set(candidate, 2);
  return candidate;
}

/** A row without its own STT under a numbered row continues it (a rowspan): its task is a paragraph, its agencies are added. */
function continueItem(item: ParsedItem, row: TableRow): void {
  const title = row.cells.task ?? row.cells.indicator;
  if (title !== undefined) item.paragraphs.push(title);
  const extra = rowAssignment(row);
  if (extra === null) return;
  const merged = item.assignment ?? { lead: [], cooperating: [], dueText: null, product: null };
  for (const lead of extra.lead) if (!merged.lead.includes(lead)) merged.lead.push(lead);
  for (const agency of extra.cooperating) if (!merged.cooperating.includes(agency)) merged.cooperating.push(agency);
  merged.dueText ??= extra.dueText;
  merged.product ??= extra.product;
  item.assignment = merged;
}

/** The row's time cell as a deadline of `ref`, when it names a date or period. */
function pushDeadline(row: TableRow, ref: string, cursor: TableCursor): void {
  const deadline = row.cells.deadline ? parseDeadlineCell(row.cells.deadline, cursor.planYear) : null;
  if (deadline !== null) cursor.result.deadlines.push({ ref, date: deadline.date, text: row.cells.deadline ?? '' });
}

interface TableCursor {
  prefix: string;
  planYear: number | null;
  result: TableItemsResult;
  usedRefs: Map<string, number>;
}

function appendTableItems(table: ParsedTable, cursor: TableCursor): void {
  const { prefix, result } = cursor;
  const numbered = table.rows.filter((row) => !row.group && row.stt !== '').map((row) => row.stt);
  const restarts = new Set(numbered).size < numbered.length;
  // a table whose STT cells are all empty is numbered by position under each group, as a reader would count
  const byPosition = numbered.length === 0;
  if (byPosition && table.rows.some((row) => !row.group)) {
    result.warnings.push(`The appendix table ${prefix} has no STT column values; its rows are numbered by position.`);
  }
  let group: ParsedItem | null = null;
  const groups: { stt: string; item: ParsedItem }[] = [];
  let last: ParsedItem | null = null;
  let position = 0;
  for (const row of table.rows) {
    // a footnote printed under the table ("[1] Tuyên Quang, Cao Bằng, …") explains a row; it is no task
    if (row.stt === '' && FOOTNOTE.test(rowTitle(row))) continue;
    if (row.group) {
      const ref = uniqueRef(`${prefix}.${row.stt || String(result.items.length + 1)}`, cursor.usedRefs);
      // a group row heads rows; what names an agency there is its heading, not an assignment
      group = { ref, title: rowTitle(row), paragraphs: [], assignment: null, children: [] };
      // a sub-group "I.1" sits under group "I", "I.1.2" under "I.1"
      while (groups.length > 0 && !row.stt.startsWith(`${groups[groups.length - 1].stt}.`)) groups.pop();
      (groups.length > 0 ? groups[groups.length - 1].item.children : result.items).push(group);
      groups.push({ stt: row.stt, item: group });
      last = null;
      position = 0;
      continue;
    }
    if (row.stt === '' && !byPosition) {
      // before any numbered row it is header residue (a second header line) or a note under the group row
      if (last !== null) {
        continueItem(last, row);
        pushDeadline(row, last.ref, cursor);
      }
      else if (group !== null) group.paragraphs.push(rowTitle(row));
      continue;
    }
    position += 1;
    const base = (restarts || byPosition) && group !== null ? group.ref : prefix;
    const ref = uniqueRef(`${base}.${row.stt || String(position)}`, cursor.usedRefs);
    const item: ParsedItem = { ref, title: rowTitle(row), paragraphs: [], assignment: rowAssignment(row), children: [] };
    (group ? group.children : result.items).push(item);
    last = item;
    pushDeadline(row, ref, cursor);
  }
}

/**
 * Rows of appendix task tables as items `PL.<STT>`, or `PL.<group>.<STT>` where the numbering restarts
 * under group rows (the group row itself is `PL.<group>`), each with its assignment and deadline.
 */
export function itemsFromTables(tables: ParsedTable[], planYear: number | null): TableItemsResult {
  const result: TableItemsResult = { items: [], deadlines: [], warnings: [] };
  const usedRefs = new Map<string, number>();
  let taskTables = 0;
  for (const table of tables) {
    if (table.kind !== 'tasks') continue;
    taskTables += 1;
    const prefix = taskTables === 1 ? 'PL' : `PL${taskTables}`;
    // text in the STT column means the cells are out of line: listing such rows would invent tasks
    const misread = table.rows.findIndex((row) => row.stt !== '' && !isStt(row.stt));
    if (misread >= 0 && misread < table.rows.length - TRAILING_NOISE_ROWS) {
      result.warnings.push(`The appendix table ${prefix} could not be read row by row (its cells are out of line); its rows are not listed as items.`);
      continue;
    }
    const rows = misread >= 0 ? table.rows.slice(0, misread) : table.rows;
    appendTableItems({ ...table, rows }, { prefix, planYear, result, usedRefs });
  }
  return result;
}
