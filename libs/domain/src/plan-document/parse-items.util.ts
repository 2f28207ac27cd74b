import type { OutlineNode } from './outline.util';
import { findDeadlines } from './parse-deadlines.util';
import { warning } from './parse-warnings.util';
import type { ParsedDeadline, ParsedItem, ParseWarning } from './plan-document.types';
import { selectTaskSections } from './task-sections.util';

export { isTaskHeading, selectTaskSections } from './task-sections.util';

function toItem(node: OutlineNode): ParsedItem {
  return { ref: node.ref, title: node.title, paragraphs: [...node.paragraphs], assignment: null, children: node.children.map(toItem) };
}

/** An article (Điều) is a part of the text, not an item: its numbered parts are. */
function itemsOf(nodes: OutlineNode[]): ParsedItem[] {
  return nodes.flatMap((node) => (node.style === 'article' ? itemsOf(node.children) : [toItem(node)]));
}

export interface ItemsResult {
  items: ParsedItem[];
  warnings: ParseWarning[];
}

/** The tasks-and-solutions tree; without a recognisable heading, every numbered part outside `exclude`. */
export function parseItems(roots: OutlineNode[], exclude: OutlineNode | null): ItemsResult {
  const skipped: OutlineNode[] = [];
  const sections = selectTaskSections(roots, skipped);
  const skippedWarnings = skipped.map((node) => warning('AGENCY_SECTIONS_NOT_TASKS', node.line, { title: node.title }));
  if (sections.length > 0) return { items: itemsOf(sections.map((node) => withoutNode(node, exclude))), warnings: skippedWarnings };
  const rest = roots.filter((node) => node !== exclude);
  const items = itemsOf(rest.map((node) => withoutNode(node, exclude)));
  return { items, warnings: items.length > 0 ? [warning('NO_TASK_HEADING')] : [] };
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
