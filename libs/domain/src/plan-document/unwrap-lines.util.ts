import { readNumberingLabel } from './numbering-label.util';
import { isUpperCaseLine } from './text-fold.util';

/** Where a block of lines ends: a blank line (a paragraph break) or page furniture (a table cell border, a rule). */
export type LineBreakKind = 'blank' | 'border';

/** A cleaned line, or the break between two blocks. */
export type CleanLine = string | LineBreakKind;

const BULLET = /^[-+•–—·▪●○]\s/u;
const ENDS_CLAUSE = /[.;:!?…]["”’)]*$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;

/** A numbering label alone on its line ("1.", "a)", "2.3."), its text on the next line or after a blank line. */
function isBareLabel(line: string): boolean {
  return line.length <= MAX_BARE_LABEL && !/\s/u.test(line) && readNumberingLabel(`${line} x`) !== null;
}
const MAX_BARE_LABEL = 8;

function startsUnit(line: string): boolean {
  return BULLET.test(line) || readNumberingLabel(line) !== null || isBareLabel(line);
}

/** Inside a block, a bullet or label after a finished clause or a heading starts a new line; anything else is a wrap. */
function continuesLine(previous: string, line: string): boolean {
  if (previous.includes('|') || line.includes('|')) return false;
  if (!startsUnit(line)) return true;
  return !ENDS_CLAUSE.test(previous) && !isUpperCaseLine(previous);
}

/**
 * A sentence cut by a stray blank line: the block before ends mid-clause and the next one goes on in lower case.
 * A label left alone before a blank line takes the text after it; a bare label never continues a sentence.
 */
function continuesAcrossBlank(previous: string, line: string): boolean {
  if (previous.includes('|') || line.includes('|')) return false;
  if (isBareLabel(previous)) return !startsUnit(line);
  if (ENDS_CLAUSE.test(previous) || isUpperCaseLine(previous)) return false;
  return STARTS_LOWER.test(line) && !startsUnit(line);
}

/**
 * In a text that writes one paragraph per line, a line wrapped without a blank line between paragraphs: the line
 * before stops mid-clause (no closing punctuation, not a heading in capitals) and this one goes on in lower case
 * without a bullet or label ("1. Kiện toàn ... chỉ đạo, điều" / "hành phòng thủ dân sự."), or the line before ends
 * on a joining word ("của", "và", ","); a heading in capitals goes on in capitals after "VÀ", "CỦA", ",".
 */
export function continuesWrappedLine(previous: string, line: string): boolean {
  if (previous === '' || line === '' || previous.includes('|') || line.includes('|')) return false;
  if (isUpperCaseLine(previous)) return isUpperCaseLine(line) && HEADING_CONNECTIVE_END.test(previous) && !startsUnit(line);
  if (ENDS_CLAUSE.test(previous) || startsUnit(line)) return false;
  // "… Ban Chỉ đạo của" / "Chính phủ …": no paragraph ends on such a word, whatever case the next line opens with
  return STARTS_LOWER.test(line) || CONNECTIVE_END.test(previous);
}

/** Words no sentence ends on: a line ending with one goes on in the next line. */
const CONNECTIVE_END = /(?:^|\s)(?:của|và|với|các|những|cho|về|tại|trong|theo|để|do|từ|đến|là|được|thuộc|trên|nhằm|gồm|hoặc|số)$|[,–-]$/u;
/** A heading in capitals wrapped after a joining word: "II. VỀ TỒN TẠI, HẠN CHẾ VÀ" / "NGUYÊN NHÂN CHỦ YẾU". */
const HEADING_CONNECTIVE_END = /(?:^|\s)(?:CỦA|VÀ|VỚI|CÁC|VỀ|TẠI|TRONG|THEO|ĐẾN|GIAI ĐOẠN)$|[,–-]$/u;

/** Lines shorter than this are headings, labels or a paragraph's last words, not a measure of the wrap width. */
const MIN_MEASURED_LINE = 24;
/** Wider than this, lines are paragraphs written on one line, not a page's text lines. */
const MAX_WRAP_WIDTH = 140;

/**
 * The width a text was hard-wrapped at, as a PDF's text layer or a fixed-width copy writes it (every line of a
 * paragraph but its last about as long as the widest), or null for a text that writes a paragraph per line.
 */
export function hardWrapWidth(lineLengths: readonly number[]): number | null {
  const lengths = lineLengths.filter((length) => length >= MIN_MEASURED_LINE).sort((a, b) => a - b);
  if (lengths.length < 10) return null;
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width > MAX_WRAP_WIDTH) return null;
  const full = lengths.filter((length) => length >= width * 0.8).length;
  return full * 2 >= lengths.length ? width : null;
}

/**
 * In a hard-wrapped text, a line that the next line's first word would not have fitted on (`previousWidth`: as written,
 * markup and all, since the converter wrapped that) was cut by the wrap, not
 * ended by its paragraph, whatever case the next line opens with ("… theo Nghị quyết số 70-NQ/TW của Bộ" / "Chính
 * trị …"); a bullet, a label or a heading in capitals still starts a line.
 */
/** "khoa học" / "- công nghệ": a dash that a wrap put first on the line, mid-clause and before a lower-case word. */
function isWrappedDash(previous: string, line: string): boolean {
  return /^[-–]\s+\p{Ll}/u.test(line) && !ENDS_CLAUSE.test(previous);
}

export function fillsWrapWidth(previous: string, previousWidth: number, line: string, width: number | null): boolean {
  if (width === null || previous === '' || line === '' || previous.includes('|') || line.includes('|')) return false;
  if (isUpperCaseLine(previous) || (startsUnit(line) && !isWrappedDash(previous, line))) return false;
  const firstWord = line.split(/\s/u, 1)[0];
  // a finished sentence at a line's end is a paragraph's end unless the next word plainly had no room
  const slack = ENDS_CLAUSE.test(previous) && !STARTS_LOWER.test(line) ? 1 : 0.9;
  return previousWidth + 1 + firstWord.length > width * slack;
}

/**
 * Re-joins lines hard-wrapped by a web converter, for texts that separate paragraphs with blank lines: the lines
 * of one block become one line ("- " or "1." opening a wrapped line is part of the sentence, not a bullet or
 * label, unless the line before ended its clause), and a sentence split by a stray blank line is joined again.
 * Blocks end at blank lines and at furniture borders; the result keeps one '' per paragraph break.
 */
export function unwrapBlocks(lines: readonly CleanLine[]): string[] {
  return unwrapBlocksWithOrigins(lines, lines.map((_, index) => index + 1)).lines;
}

/** unwrapBlocks, keeping for each line the origin of its first piece. */
export function unwrapBlocksWithOrigins(lines: readonly CleanLine[], origins: readonly number[]): { lines: string[]; origins: number[] } {
  const result: string[] = [];
  const resultOrigins: number[] = [];
  let open = false;
  let lastBreak: LineBreakKind | null = null;
  lines.forEach((line, index) => {
    if (line === 'blank' || line === 'border') {
      if (open || lastBreak === null) lastBreak = line;
      else if (line === 'border') lastBreak = 'border';
      open = false;
      return;
    }
    if (line === '') return;
    const last = result.length - 1;
    const joins = open ? continuesLine(result[last], line) : lastBreak === 'blank' && last >= 0 && continuesAcrossBlank(result[last], line);
    if (joins) {
      result[last] = `${result[last]} ${line}`;
    } else {
      if (!open && last >= 0) {
        result.push('');
        resultOrigins.push(origins[index]);
      }
      result.push(line);
      resultOrigins.push(origins[index]);
    }
    open = true;
  });
  return { lines: result, origins: resultOrigins };
}
