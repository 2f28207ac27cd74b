import { readNumberingLabel } from './numbering-label.util';
import { squeezeSpaces } from './text-fold.util';

/** A numbered heading of the document with the text directly under it. */
export interface OutlineNode {
  style: string;
  rank: number | null;
  label: string;
  ref: string;
  title: string;
  paragraphs: string[];
  /** For each paragraph, whether it opened with a bullet ('-', '+', '•'). */
  bullets: boolean[];
  children: OutlineNode[];
  /** Index of the heading line in the lines the outline was built from. */
  line: number;
}

const BULLET = /^[-+•–—*·▪●○]\s*/u;
const ENDS_SENTENCE = /[.:;!?]$/;

/**
 * Blank-line layout: paragraphs are blocks between blank lines. Otherwise each line is a paragraph.
 * A few blank lines around a header do not make a document blank-separated.
 */
export function usesBlankLineParagraphs(lines: string[]): boolean {
  let blank = 0;
  for (const line of lines) if (line === '') blank += 1;
  return blank >= 2 && blank * 10 >= lines.length - blank;
}

interface BuildState {
  roots: OutlineNode[];
  stack: OutlineNode[];
  paragraphOpen: boolean;
  titleOpen: boolean;
}

/** Builds the numbered tree of one document segment; lines in `skip` (table rows) are left out. */
export function buildOutline(lines: string[], skip: ReadonlySet<number>, blankMode: boolean): OutlineNode[] {
  const state: BuildState = { roots: [], stack: [], paragraphOpen: false, titleOpen: false };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (skip.has(index) || line === '') {
      state.paragraphOpen = false;
      state.titleOpen = false;
      continue;
    }
    const label = readNumberingLabel(line, previousLetter(state.stack));
    if (label !== null) {
      const node: OutlineNode = { ...label, ref: '', title: label.rest, paragraphs: [], bullets: [], children: [], line: index };
      place(state, node);
      state.paragraphOpen = false;
      state.titleOpen = blankMode && !ENDS_SENTENCE.test(label.rest);
      continue;
    }
    addText(state, line, blankMode);
  }
  assignRefs(state.roots, '', null);
  return state.roots;
}

function addText(state: BuildState, line: string, blankMode: boolean): void {
  const node = state.stack[state.stack.length - 1];
  if (node === undefined) return;
  const bullet = BULLET.test(line);
  const text = bullet ? line.replace(BULLET, '') : line;
  if (text === '') return;
  if (state.titleOpen && !bullet) {
    node.title = squeezeSpaces(`${node.title} ${text}`);
    state.titleOpen = !ENDS_SENTENCE.test(node.title);
    return;
  }
  state.titleOpen = false;
  if (blankMode && state.paragraphOpen && !bullet && node.paragraphs.length > 0) {
    const last = node.paragraphs.length - 1;
    node.paragraphs[last] = squeezeSpaces(`${node.paragraphs[last]} ${text}`);
    return;
  }
  node.paragraphs.push(text);
  node.bullets.push(bullet);
  state.paragraphOpen = true;
}

function previousLetter(stack: OutlineNode[]): string | null {
  for (let i = stack.length - 1; i >= 0; i -= 1) if (stack[i].style === 'letter') return stack[i].label;
  return null;
}

/** Nests a new heading: by rank where it has one, else as a sibling of the same style or a child of the open heading. */
function place(state: BuildState, node: OutlineNode): void {
  const { stack } = state;
  if (node.style === 'article') {
    stack.length = 0;
  } else if (node.rank !== null) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.rank !== null && top.rank < node.rank) break;
      stack.pop();
    }
  } else {
    const sameStyle = findLastIndex(stack, (open) => open.style === node.style);
    if (sameStyle >= 0) stack.length = sameStyle;
  }
  const parent = stack[stack.length - 1];
  (parent ? parent.children : state.roots).push(node);
  stack.push(node);
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (predicate(items[i])) return i;
  return -1;
}

/** "3.1" under "3" is "3.1", not "3.3.1"; articles (Điều) name a part of the text but not a ref segment. */
function assignRefs(nodes: OutlineNode[], parentRef: string, parent: OutlineNode | null): void {
  for (const node of nodes) {
    node.ref = refOf(node, parentRef, parent);
    assignRefs(node.children, node.style === 'article' ? '' : node.ref, node);
  }
}

function refOf(node: OutlineNode, parentRef: string, parent: OutlineNode | null): string {
  if (node.style === 'article') return node.label;
  const segment = node.style === 'letter' ? node.label.toLowerCase() : node.label;
  const carriesParent =
    parent !== null && parent.style.startsWith('arabic-') && node.style.startsWith('arabic-') &&
    node.label.startsWith(`${parent.label}.`);
  if (carriesParent) return `${parentRef}${node.label.slice(parent.label.length)}`;
  return parentRef === '' ? segment : `${parentRef}.${segment}`;
}

/** Every node of a tree, parents before children, without recursion (documents may nest deeply). */
export function flattenOutline(roots: OutlineNode[]): OutlineNode[] {
  const result: OutlineNode[] = [];
  const pending: OutlineNode[] = [...roots].reverse();
  while (pending.length > 0) {
    const node = pending.pop() as OutlineNode;
    result.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) pending.push(node.children[i]);
  }
  return result;
}
