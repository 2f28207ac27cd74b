import { isAppendixHeading, isSignatureLine, titleWordOf } from './locate-document.util';
import { columnRole, tableKind, type ColumnRole } from './parse-tables.util';
import { joinAgencyLines, startsWithAgency } from './agencies.util';
import { stripMarkup } from './strip-markup.util';
import { squeezeSpaces } from './text-fold.util';
import { romanToNumber } from './vietnamese-number.util';

/**
 * Web-converted tables often come one cell per line with a lone '|' between cells, cells wrapped over
 * several lines, and '|' '|' between rows:
 *
 *     |            <- row start
 *     **STT**
 *     |
 *     **Nhiệm vụ**
 *     |            <- row end
 *     |            <- next row start
 *     1
 *     |
 *     Rà soát ...
 *
 * An empty cell is two pipes in a row too, and cells covered by a rowspan above are left out, so the row
 * breaks are found from the header's width and the rows' first cells. Such a table is rewritten as one
 * `| a | b | c |` line per row, every row as wide as the header, so that it reads like a `|`-run table.
 */

const PIPE_ONLY = /^[\s|]*\|[\s|]*$/;
const ARABIC_STT = /^\d{1,3}(?:\.\d{1,3})*\.?$/;
const GROUP_LABEL = /^(?:[IVXL]{1,6}|[A-HĐ])(?:\.\d{1,2}){0,3}\.?$/u;
const GROUP_WITH_TITLE = /^(?:[IVXL]{1,6}|[A-HĐ])[.)]\s+\S/u;
/** A table no wider than this; wider runs are not a header. */
const MAX_COLUMNS = 12;

interface Chunk {
  lines: string[];
  /** Empty cells between this chunk and the previous one. */
  gap: number;
  /** The cell's text, once its lines are all read. */
  text?: string;
}

function cellText(lines: string[]): string {
  return squeezeSpaces(lines.map(stripMarkup).join(' '));
}

function chunkText(chunk: Chunk): string {
  chunk.text ??= cellText(chunk.lines);
  return chunk.text;
}

function pipeCount(line: string): number {
  return line.split('|').length - 1;
}

/** "1", "2.", "II", "** II**": an STT cell, which opens a row in the first column. */
function isSttCell(chunk: Chunk): boolean {
  const text = chunkText(chunk);
  const bare = text.replace(/\.$/, '');
  return ARABIC_STT.test(text) || (GROUP_LABEL.test(text) && (romanToNumber(bare.split('.')[0]) !== null || bare.length === 1));
}

/** An STT cell, or a group row's "I. Kinh tế số" (label and name in one cell spanning the row): either opens a row. */
function opensRow(chunk: Chunk): boolean {
  if (isSttCell(chunk)) return true;
  const text = chunkText(chunk);
  return GROUP_WITH_TITLE.test(text) && text.length <= 200 && romanToNumber(text.split(/[.)]/)[0]) !== null;
}

/** A line after a row's end that is no cell: an appendix heading, a signature, a title, or the next table's header. */
function endsTable(text: string, chunksSoFar: number): boolean {
  if (isAppendixHeading(text) || isSignatureLine(text) || titleWordOf(text) !== null) return true;
  return chunksSoFar > 0 && columnRole(text) === 'stt';
}

/** A blank line between two pipe lines is an empty cell whose bold markup ("** **") was lost, not the table's end. */
function isEmptyCellBetweenPipes(lines: string[], index: number): boolean {
  if (index === 0 || !PIPE_ONLY.test(lines[index - 1])) return false;
  let next = index + 1;
  while (next < lines.length && lines[next].trim() === '') next += 1;
  return next < lines.length && PIPE_ONLY.test(lines[next]);
}

/** The chunks of a cell-per-line table from `start` (a pipe line) to the first blank line or the first line that is no cell. */
function readChunks(lines: string[], start: number): { chunks: Chunk[]; end: number } {
  const chunks: Chunk[] = [];
  let pipes = 0;
  let pipesFrom = start;
  let current: Chunk | null = null;
  let index = start;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.trim() === '') {
      if (isEmptyCellBetweenPipes(lines, index)) continue;
      break;
    }
    if (PIPE_ONLY.test(line)) {
      if (pipes === 0) pipesFrom = index;
      pipes += pipeCount(line);
      current = null;
      continue;
    }
    if (current !== null) {
      current.lines.push(line);
      continue;
    }
    const text = stripMarkup(line).trim();
    if (pipes > 0 && text === '') continue;
    if (endsTable(text, chunks.length)) return { chunks, end: columnRole(text) === 'stt' ? pipesFrom : index };
    current = { lines: [line], gap: Math.max(0, pipes - 1) };
    chunks.push(current);
    pipes = 0;
  }
  return { chunks, end: index };
}

function headerOf(chunks: Chunk[]): Chunk[] {
  const header: Chunk[] = [];
  for (const chunk of chunks) {
    if (header.length > 0 && chunk.gap > 0) break;
    header.push(chunk);
    if (header.length > MAX_COLUMNS) return [];
  }
  return header;
}

/** "Quý IV/2026", "Năm 2025 - 2026", "Thường xuyên", "Giai đoạn 2026 - 2030": what a time cell holds. */
const TIME_CELL = /\b(?:quý|tháng|năm|giai đoạn|thường xuyên|hằng năm|hàng năm|định kỳ)\b|\b(?:19|20)\d\d\b/iu;

/** How well a cell fits a column: a time in the time column, agencies in the agency columns, text elsewhere. */
function fit(chunk: Chunk, role: ColumnRole): number {
  const text = chunkText(chunk);
  const agencyLike = text.length <= 160 && startsWithAgency(text.replace(/^[-+•]\s*/u, ''));
  if (role === 'deadline') return text.length <= 120 && TIME_CELL.test(text) ? 2 : -1;
  if (role === 'lead' || role === 'cooperating') return agencyLike ? 2 : -1;
  return agencyLike ? 0 : 1;
}

/**
 * A row without an STT has lost its first cells to rowspans from the row above; which ones is read from
 * what its cells hold (a time under the time column, agencies under the agency columns), the second
 * column winning a tie.
 */
function continuationShift(run: Chunk[], roles: ColumnRole[]): number {
  let best = 1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let shift = 1; shift + run.length <= roles.length; shift += 1) {
    const score = run.reduce((sum, chunk, position) => sum + fit(chunk, roles[shift + position]), 0);
    if (score > bestScore) {
      best = shift;
      bestScore = score;
    }
  }
  return best;
}

/** Rows of cells (each a chunk's lines, or [] for an empty cell), every row as wide as the header. */
function assembleRows(chunks: Chunk[], roles: ColumnRole[]): string[][][] {
  const width = roles.length;
  const rows: string[][][] = [chunks.slice(0, width).map((chunk) => chunk.lines)];
  let index = width;
  while (index < chunks.length) {
    const run: Chunk[] = [chunks[index]];
    for (index += 1; index < chunks.length && chunks[index].gap === 0; index += 1) run.push(chunks[index]);
    const gap = run[0].gap;
    const row = rows[rows.length - 1];
    const cells = run.map((chunk) => chunk.lines);
    if (!opensRow(run[0]) && row.length + gap + run.length <= width) {
      row.push(...Array.from({ length: gap }, () => []), ...cells);
      continue;
    }
    const emptyCells = Math.max(0, gap - 1);
    const closing = Math.min(emptyCells, width - row.length);
    row.push(...Array.from({ length: closing }, () => []));
    // an STT goes in the first column; a row without one (a rowspan from the row above) starts further right
    const leading = isSttCell(run[0]) ? 0 : emptyCells - closing;
    const shift = leading === 0 && !isSttCell(run[0]) && run.length < width ? continuationShift(run, roles) : leading;
    rows.push([...Array.from({ length: shift }, () => []), ...cells]);
  }
  return rows;
}

function rowLine(row: string[][], roles: ColumnRole[]): string {
  const cells = roles.map((role, position) => {
    const lines = row[position] ?? [];
    const text = role === 'lead' || role === 'cooperating' ? joinAgencyLines(lines.map(stripMarkup)) : cellText(lines);
    return text.includes('|') ? text.replace(/\|/g, '/') : text;
  });
  const extra = row.slice(roles.length).map((lines) => cellText(lines));
  return `| ${[...cells, ...extra].join(' | ')} |`.replace(/ {2,}/g, ' ');
}

/**
 * Rewrites every cell-per-line task or indicator table in the raw lines as one `|`-run line per row;
 * other lines (and tables of anything else, such as a masthead's layout table) are returned as they are.
 */
export function joinCellPerLineTables(lines: string[]): string[] {
  const result: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    const next = lines[index + 1];
    if (PIPE_ONLY.test(line) && next !== undefined && columnRole(cellText([next])) === 'stt') {
      const { chunks, end } = readChunks(lines, index);
      const header = headerOf(chunks);
      const roles = header.map((chunk) => columnRole(chunkText(chunk)));
      if (header.length >= 3 && tableKind(roles) !== null) {
        for (const row of assembleRows(chunks, roles)) result.push(rowLine(row, roles));
        index = end;
        continue;
      }
    }
    result.push(line);
    index += 1;
  }
  return result;
}
