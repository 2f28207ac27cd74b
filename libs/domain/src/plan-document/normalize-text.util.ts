import { joinCellPerLineTables } from './cell-table-rows.util';
import { stripMarkup } from './strip-markup.util';
import { warning } from './parse-warnings.util';
import type { ParseWarning } from './plan-document.types';
import { continuesWrappedLine, fillsWrapWidth, hardWrapWidth, unwrapBlocksWithOrigins, type CleanLine } from './unwrap-lines.util';

/** Smallest repeat worth dropping: a web page's doubled block, not two rows of a table that happen to agree. */
const MIN_REPEAT_LINES = 3;
const MIN_REPEAT_CHARS = 200;

/** NFC, one kind of line break, no invisible or control characters, single spaces. */
export function normalizeCharacters(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
    // eslint-disable-next-line no-control-regex -- control characters from binary junk or PDFs become spaces
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ');
}

/** A line of a flattened table keeps its pipes; a stray cell border at one end is page furniture. */
function cleanLine(line: string): string {
  const squeezed = line.replace(/ {2,}/g, ' ').trim();
  const pipes = squeezed.split('|').length - 1;
  if (pipes >= 2 && squeezed.replace(/[|\s]/g, '').length > 0) return squeezed;
  const start = squeezed.startsWith('|') ? 1 : 0;
  const end = squeezed.endsWith('|') && squeezed.length > start ? squeezed.length - 1 : squeezed.length;
  return squeezed.slice(start, end).trim();
}

/** Border-only lines and horizontal rules ("-------" under a masthead, "| --- |" under a table header). */
function isFurniture(line: string): boolean {
  return /^[\s|]+$/.test(line) || (/^[\s|:\-=_]+$/.test(line) && /[-=_]{3,}/.test(line));
}

/**
 * Splits normalised text into trimmed lines: tables printed one cell per line become one `|` line per
 * row, other border-only lines are dropped (they are not paragraph
 * breaks), runs of blank lines become one blank line. Where paragraphs are separated by blank lines,
 * hard-wrapped lines are joined again (unwrapBlocks); where each line is a paragraph, a line that goes on in lower
 * case from one cut mid-clause is joined to it (continuesWrappedLine).
 */
export function toCleanLines(text: string): string[] {
  return toNumberedCleanLines(text).lines;
}

/** Where each line of a rewritten list came from: equal lines in order, a rewritten line at the next unread source line. */
function alignOrigins(source: readonly string[], rewritten: readonly string[]): number[] {
  if (source.length === rewritten.length) return rewritten.map((_, index) => index);
  const positions = new Map<string, { at: number[]; next: number }>();
  source.forEach((line, index) => {
    const entry = positions.get(line);
    if (entry === undefined) positions.set(line, { at: [index], next: 0 });
    else entry.at.push(index);
  });
  const origins: number[] = [];
  let cursor = 0;
  for (const line of rewritten) {
    const entry = positions.get(line);
    while (entry !== undefined && entry.next < entry.at.length && entry.at[entry.next] < cursor) entry.next += 1;
    const found = entry === undefined ? undefined : entry.at[entry.next];
    origins.push(found ?? cursor);
    if (found !== undefined) cursor = found + 1;
  }
  return origins;
}

/** toCleanLines, with the line number (1-based) in `text` where each clean line starts. */
export function toNumberedCleanLines(text: string): { lines: string[]; origins: number[] } {
  const source = text.split('\n');
  const rows = joinCellPerLineTables(source);
  const rowOrigins = alignOrigins(source, rows);
  const marked: CleanLine[] = [];
  const markedOrigins: number[] = [];
  const writtenWidths: number[] = [];
  let blank = 0;
  let filled = 0;
  rows.forEach((rawLine, index) => {
    markedOrigins.push(rowOrigins[index] + 1);
    writtenWidths.push(rawLine.includes('|') ? 0 : rawLine.trim().length);
    const unmarked = stripMarkup(rawLine);
    if (isFurniture(unmarked)) {
      marked.push('border');
      return;
    }
    const line = cleanLine(unmarked);
    if (line === '') blank += 1;
    else filled += 1;
    marked.push(line === '' ? 'blank' : line);
  });
  if (blank >= 2 && blank * 10 >= filled) return unwrapBlocksWithOrigins(marked, markedOrigins);
  const wrapWidth = hardWrapWidth(writtenWidths);
  const lines: string[] = [];
  const origins: number[] = [];
  let previousLine = '';
  let previousWidth = 0;
  marked.forEach((line, index) => {
    if (line === 'border') return;
    const text = line === 'blank' ? '' : line;
    if (text === '' && (lines.length === 0 || lines[lines.length - 1] === '')) return;
    const last = lines.length - 1;
    const wrapped = last >= 0 && (continuesWrappedLine(lines[last], text) || fillsWrapWidth(previousLine, previousWidth, text, wrapWidth));
    previousLine = text;
    previousWidth = writtenWidths[index];
    if (wrapped) {
      lines[last] = `${lines[last]} ${text}`;
      return;
    }
    lines.push(text);
    origins.push(markedOrigins[index]);
  });
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
    origins.pop();
  }
  return { lines, origins };
}

/**
 * Drops a run of lines that repeats an earlier run (a header block printed twice by a web page).
 * Each line is compared with the first line equal to it only, and a failed run costs at most
 * MIN_REPEAT_CHARS characters, so the whole pass stays linear.
 */
export function dropRepeatedBlocks(
  lines: string[],
  origins: readonly number[] = lines.map((_, index) => index + 1),
): { lines: string[]; dropped: number; origins: number[]; firstDropped: number | null } {
  const firstSeen = new Map<string, number>();
  const kept: number[] = [];
  let dropped = 0;
  let firstDropped: number | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const earlier = line === '' ? undefined : firstSeen.get(line);
    if (earlier !== undefined) {
      const run = matchingRunLength(lines, earlier, i);
      if (run.lines >= MIN_REPEAT_LINES && run.chars >= MIN_REPEAT_CHARS && !isListOnly(lines, i, i + run.length)) {
        firstDropped ??= origins[i] ?? null;
        dropped += run.length;
        i += run.length;
        continue;
      }
    }
    if (line !== '' && !firstSeen.has(line)) firstSeen.set(line, i);
    kept.push(i);
    i += 1;
  }
  const shown = kept.filter((index, position) => lines[index] !== '' || position === 0 || lines[kept[position - 1]] !== '');
  return { lines: shown.map((index) => lines[index]), dropped, origins: shown.map((index) => origins[index]), firstDropped };
}

const LIST_LINE = /^(?:[-+•]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s)/u;

/** Lettered tasks with the same bullets ("- Cơ quan chủ trì: ...") recur in a plan; a page's doubled block has headings or prose. */
function isListOnly(lines: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (lines[i] !== '' && !LIST_LINE.test(lines[i])) return false;
  return true;
}

/** Length of the run starting at `later` that equals the run starting at `earlier`, blank lines skipped alike. */
function matchingRunLength(
  lines: string[],
  earlier: number,
  later: number,
): { length: number; lines: number; chars: number } {
  let a = earlier;
  let b = later;
  let matchedLines = 0;
  let chars = 0;
  let end = later;
  while (a < later && b < lines.length) {
    while (a < later && lines[a] === '') a += 1;
    while (b < lines.length && lines[b] === '') b += 1;
    if (a >= later || b >= lines.length || lines[a] !== lines[b]) break;
    matchedLines += 1;
    chars += lines[b].length;
    a += 1;
    b += 1;
    end = b;
  }
  return { length: end - later, lines: matchedLines, chars };
}

export interface NormalizedText {
  lines: string[];
  /** For each line, the line number (1-based) in the given text where it starts. */
  origins: number[];
  warnings: ParseWarning[];
}

/**
 * Where a legal-document website's own page resumes after the text ("Văn bản này chưa cập nhật nội dung Tiếng Anh",
 * "## Văn bản liên quan", "NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN", "Hiệu lực: Đã biết"): nothing from there on is the document,
 * and an appendix table ending the page would otherwise run on into the site's list of related documents.
 */
const SITE_FOOTER = /^[\s#*|]*(?:Văn bản này chưa cập nhật nội dung|Văn bản liên quan[\s*|]*$|NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN[\s*|]*$|Hiệu lực:\s*Đã biết[\s*|]*$)/mu;

function withoutSiteFooter(text: string): string {
  const footer = SITE_FOOTER.exec(text);
  return footer === null ? text : text.slice(0, footer.index);
}

/** The text as clean lines, ready for locating the document in it. */
export function normalizeText(raw: string): NormalizedText {
  const cleaned = toNumberedCleanLines(withoutSiteFooter(normalizeCharacters(raw)));
  const { lines, dropped, origins, firstDropped } = dropRepeatedBlocks(cleaned.lines, cleaned.origins);
  const warnings = dropped > 0 ? [warning('REPEATED_BLOCK_IGNORED', firstDropped, { lines: dropped })] : [];
  return { lines, origins, warnings };
}
