/** Vietnamese lettering of a second-level list: "a)", "b)", …, "d)", "đ)", "e)", "g)" (no f, j, w, z). */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/**
 * The label Word's automatic numbering shows before a list item, which mammoth leaves out: an item of a numbered
 * list is "1.", "2." at its first level and "a)", "b)" below (the way Vietnamese documents number), a bullet "- ".
 */
function listLabel(lists: ListState[], numbering: { top: number }): string {
  const list = lists.at(-1);
  if (!list || !list.ordered) return '- ';
  const depth = lists.filter((open) => open.ordered).length;
  if (depth === 1) return `${(numbering.top += 1)}. `;
  list.count += 1;
  return `${LETTERS[(list.count - 1) % LETTERS.length]}) `;
}

interface ListState {
  ordered: boolean;
  count: number;
}

/**
 * A paragraph that heads a part ("II. NHIỆM VỤ", a line in capitals): Word's numbering of the lists after it starts
 * again, while a list broken by an ordinary paragraph goes on counting, as Word shows it.
 */
const startsPart = (paragraph: string): boolean => /^[IVXL]+[.)]\s/u.test(paragraph) || (paragraph === paragraph.toLocaleUpperCase('vi') && /\p{Lu}/u.test(paragraph));

/**
 * Turns mammoth's HTML into the plain lines the plan parser reads: one line per paragraph, a blank
 * line between paragraphs, a table row as `| cell | cell |` (a merged cell repeated where it spans,
 * so every row keeps its columns), numbered list items with their numbers, bullets as `- `.
 */
export function linesOfWordHtml(html: string): string[] {
  const lines: string[] = [];
  const tables: TableState[] = [];
  const lists: ListState[] = [];
  const numbering = { top: 0 };
  let text = '';
  const flushParagraph = () => {
    const squeezed = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (!squeezed) return;
    if (lists.length === 0 && startsPart(squeezed)) numbering.top = 0;
    const table = tables.at(-1);
    if (table?.cell) table.cell.push(squeezed);
    else lines.push(squeezed, '');
  };
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawTag, attributes, chunk] = match;
    if (chunk !== undefined) {
      text += decodeEntities(chunk);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'br') {
      if (tables.at(-1)?.cell) text += ' ';
      else {
        const current = text.replace(/\s+/g, ' ').trim();
        if (current) lines.push(current);
        text = '';
      }
    } else if (tag === 'ol' || tag === 'ul') {
      flushParagraph();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (tag === 'li' && !closing) {
      flushParagraph();
      const label = listLabel(lists, numbering);
      if (!tables.at(-1)?.cell) text = label;
    } else if (/^(p|h[1-6]|li)$/.test(tag)) {
      flushParagraph();
    } else if (tag === 'table') {
      flushParagraph();
      if (closing) {
        const table = tables.pop();
        if (!table) continue;
        const outer = tables.at(-1);
        // A table inside a cell reads as that cell's text: a row per paragraph would break the outer row.
        if (outer?.cell) outer.cell.push(...table.rows.map((row) => row.filter(Boolean).join(' ')));
        else lines.push(...table.rows.map((row) => `| ${row.join(' | ')} |`), '');
      } else tables.push({ rows: [], row: null, cell: null, spans: [], cellSpan: { cols: 1, rows: 1 } });
    } else if (tag === 'tr') {
      const table = tables.at(-1);
      if (!table) continue;
      if (closing) endRow(table);
      else table.row = [];
    } else if (tag === 'td' || tag === 'th') {
      const table = tables.at(-1);
      if (!table) continue;
      if (closing) {
        flushParagraph();
        endCell(table);
      } else {
        table.row ??= [];
        fillSpannedColumns(table);
        table.cell = [];
        table.cellSpan = { cols: spanOf(attributes, 'colspan'), rows: spanOf(attributes, 'rowspan') };
      }
    }
  }
  flushParagraph();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

interface TableState {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  /** Cells of earlier rows that reach down into this column: text and how many more rows they cover. */
  spans: ({ text: string; rowsLeft: number } | undefined)[];
  cellSpan: { cols: number; rows: number };
}

function endCell(table: TableState): void {
  if (!table.row || !table.cell) return;
  const text = joinCellParagraphs(table.cell).replace(/\|/g, '/');
  for (let i = 0; i < table.cellSpan.cols; i++) {
    const column = table.row.length;
    table.row.push(i === 0 ? text : '');
    if (table.cellSpan.rows > 1) table.spans[column] = { text: i === 0 ? text : '', rowsLeft: table.cellSpan.rows - 1 };
  }
  table.cell = null;
}

function endRow(table: TableState): void {
  if (!table.row) return;
  fillSpannedColumns(table);
  table.rows.push(table.row);
  table.row = null;
}

/** A cell merged down from an earlier row is absent from mammoth's row: put its text back in its column. */
function fillSpannedColumns(table: TableState): void {
  const row = table.row ?? [];
  for (let span = table.spans[row.length]; span && span.rowsLeft > 0; span = table.spans[row.length]) {
    row.push(span.text);
    span.rowsLeft -= 1;
  }
}

/** Paragraphs in one cell: two agency names on two lines become "A; B", a wrapped sentence stays one. */
function joinCellParagraphs(paragraphs: string[]): string {
  return paragraphs.reduce((joined, next) => (joined === '' ? next : /[.,;:]$/.test(joined) ? `${joined} ${next}` : `${joined}; ${next}`), '');
}

function spanOf(attributes: string, name: string): number {
  const found = new RegExp(`${name}="(\\d+)"`).exec(attributes);
  return found ? Math.min(Math.max(Number(found[1]), 1), 100) : 1;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#(\d+)|#x([0-9a-f]+));/gi, (whole, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }[name.toLowerCase()] ?? whole;
  });
}
