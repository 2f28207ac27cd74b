import type { OutlineNode } from './outline.util';
import { findDeadlines, parseDeadlineCell } from './parse-deadlines.util';
import type { ParsedTable, TableRow } from './parse-tables.util';
import type { ParsedDeadline, ParsedItem } from './plan-document.types';
import { foldText, squeezeSpaces } from './text-fold.util';

const TASK_HEADING = /^(?:cac |nhung |mot so |nhom )?(?:nhiem vu|giai phap|to chuc thuc hien|phan cong)/;
const MAX_HEADING_LENGTH = 200;

/** "3. Nhiệm vụ và giải pháp", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "III. TỔ CHỨC THỰC HIỆN". */
export function isTaskHeading(node: OutlineNode): boolean {
  return node.title.length <= MAX_HEADING_LENGTH && TASK_HEADING.test(foldText(node.title));
}

/** The outermost task headings, in document order; a heading inside another one is part of it. */
export function selectTaskSections(roots: OutlineNode[]): OutlineNode[] {
  const sections: OutlineNode[] = [];
  const pending = [...roots].reverse();
  while (pending.length > 0) {
    const node = pending.pop() as OutlineNode;
    if (isTaskHeading(node)) {
      sections.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) pending.push(node.children[i]);
  }
  return sections;
}

function toItem(node: OutlineNode): ParsedItem {
  return { ref: node.ref, title: node.title, paragraphs: [...node.paragraphs], assignment: null, children: node.children.map(toItem) };
}

/** An article (Điều) is a part of the text, not an item: its numbered parts are. */
function itemsOf(nodes: OutlineNode[]): ParsedItem[] {
  return nodes.flatMap((node) => (node.style === 'article' ? itemsOf(node.children) : [toItem(node)]));
}

export interface ItemsResult {
  items: ParsedItem[];
  warnings: string[];
}

/** The tasks-and-solutions tree; without a recognisable heading, every numbered part outside `exclude`. */
export function parseItems(roots: OutlineNode[], exclude: OutlineNode | null): ItemsResult {
  const sections = selectTaskSections(roots);
  if (sections.length > 0) return { items: itemsOf(sections), warnings: [] };
  const rest = roots.filter((node) => node !== exclude);
  const items = itemsOf(rest.map((node) => withoutNode(node, exclude)));
  const warnings =
    items.length > 0
      ? ['No "Nhiệm vụ và giải pháp" heading found; every numbered part of the text is listed as an item.']
      : [];
  return { items, warnings };
}

function withoutNode(node: OutlineNode, exclude: OutlineNode | null): OutlineNode {
  if (exclude === null) return node;
  return { ...node, children: node.children.filter((child) => child !== exclude).map((child) => withoutNode(child, exclude)) };
}

/** Every item of a tree, parents first, without recursion. */
export function flattenItems(items: ParsedItem[]): ParsedItem[] {
  const result: ParsedItem[] = [];
  const pending = [...items].reverse();
  while (pending.length > 0) {
    const item = pending.pop() as ParsedItem;
    result.push(item);
    for (let i = item.children.length - 1; i >= 0; i -= 1) pending.push(item.children[i]);
  }
  return result;
}

/** Deadlines written in items' titles and paragraphs, in document order. */
export function deadlinesOfItems(items: ParsedItem[], planYear: number | null): ParsedDeadline[] {
  const deadlines: ParsedDeadline[] = [];
  const seen = new Set<string>();
  for (const item of flattenItems(items)) {
    for (const text of [item.title, ...item.paragraphs]) {
      for (const found of findDeadlines(text, planYear)) {
        const key = `${item.ref}|${found.date}|${found.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        deadlines.push({ ref: item.ref, date: found.date, text: found.text });
      }
    }
  }
  return deadlines;
}

export interface TableItemsResult {
  items: ParsedItem[];
  deadlines: ParsedDeadline[];
  warnings: string[];
}

/** Rows of appendix task tables as items `PL.<STT>` (under their group rows), with their deadline column. */
export function itemsFromTables(tables: ParsedTable[], planYear: number | null): TableItemsResult {
  const result: TableItemsResult = { items: [], deadlines: [], warnings: [] };
  const usedRefs = new Set<string>();
  let taskTables = 0;
  for (const table of tables) {
    if (table.kind !== 'tasks') continue;
    taskTables += 1;
    const prefix = taskTables === 1 ? 'PL' : `PL${taskTables}`;
    appendTableItems(table, prefix, planYear, result, usedRefs);
  }
  return result;
}

function appendTableItems(
  table: ParsedTable,
  prefix: string,
  planYear: number | null,
  result: TableItemsResult,
  usedRefs: Set<string>,
): void {
  const numbered = table.rows.filter((row) => !row.group).map((row) => row.stt);
  const restarts = new Set(numbered).size < numbered.length;
  let group: ParsedItem | null = null;
  for (const row of table.rows) {
    if (row.group) {
      group = { ref: `${prefix}.${row.stt || String(result.items.length + 1)}`, title: rowTitle(row), paragraphs: [], assignment: null, children: [] };
      result.items.push(group);
      continue;
    }
    const base = restarts && group !== null ? group.ref : prefix;
    const ref = uniqueRef(`${base}.${row.stt || '?'}`, usedRefs);
    const item: ParsedItem = { ref, title: rowTitle(row), paragraphs: [], assignment: null, children: [] };
    (group ? group.children : result.items).push(item);
    const deadline = row.cells.deadline ? parseDeadlineCell(row.cells.deadline, planYear) : null;
    if (deadline !== null) result.deadlines.push({ ref, date: deadline.date, text: squeezeSpaces(row.cells.deadline ?? '') });
  }
}

function uniqueRef(ref: string, used: Set<string>): string {
  let candidate = ref;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${ref}-${n}`;
  used.add(candidate);
  return candidate;
}

function rowTitle(row: TableRow): string {
  return row.cells.task ?? row.cells.indicator ?? Object.values(row.cells).find((cell) => cell !== undefined) ?? '';
}
