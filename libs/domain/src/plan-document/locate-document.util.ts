import { warning } from './parse-warnings.util';
import type { ParseWarning } from './plan-document.types';
import { foldText, isUpperCaseLine } from './text-fold.util';

/** How far above a title line the national motto, issuer and number may sit. */
const HEADER_LOOKBACK = 14;

const TITLE_WORDS = ['nghi quyet', 'quyet dinh', 'ke hoach', 'chuong trinh'];

export interface DocumentSegment {
  /** First line of the segment (inclusive) in the normalised lines. */
  start: number;
  /** Line after the segment (exclusive): its signature, or the end of the text. */
  end: number;
  /** Line of the title word ("NGHỊ QUYẾT"), or -1 for an appendix. */
  titleLine: number;
}

export interface LocatedDocument {
  segments: DocumentSegment[];
  warnings: ParseWarning[];
}

function cells(line: string): string[] {
  return line
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
}

/** "NGHỊ QUYẾT", "KẾ HOẠCH Thực hiện ..." (a title word in capitals opening the line), not "QUYẾT ĐỊNH:". */
export function titleWordOf(line: string): string | null {
  const text = cells(line).join(' ');
  if (text.length === 0 || text.length > 200 || text.endsWith(':')) return null;
  const folded = foldText(text);
  for (const word of TITLE_WORDS) {
    if (folded !== word && !folded.startsWith(`${word} `)) continue;
    if (isUpperCaseLine(text.slice(0, word.length + 1))) return word;
  }
  return null;
}

function isHeaderLine(line: string): boolean {
  const text = cells(line).join(' ');
  if (/^Số\s*[:.]/u.test(text)) return true;
  const head = text.slice(0, 24);
  if (!isUpperCaseLine(head)) return false;
  return /^(hoi dong|uy ban|ubnd|hdnd|cong hoa|doc lap|dang bo|tinh uy|thanh uy|so |van phong|bo |thu tuong|chinh phu|quoc hoi)/.test(
    foldText(head),
  );
}

/** The signature block or the distribution list that closes a document. */
export function isSignatureLine(line: string): boolean {
  for (const cell of cells(line)) {
    if (/^Nơi nhận\b/iu.test(cell) || /^Nơi nhận\s*:/iu.test(cell)) return true;
    if (cell.length > 80 || !isUpperCaseLine(cell)) continue;
    const folded = foldText(cell);
    if (/^(tm|t\/m|kt|k\/t|tl|tuq|q)\s*\.?\s*(hoi dong|uy ban|chu tich|giam doc|truong|ubnd|hdnd)/.test(folded)) {
      return true;
    }
    if (/^(pho )?(chu tich|giam doc|truong ban)$/.test(folded)) return true;
  }
  return false;
}

export function isAppendixHeading(line: string): boolean {
  if (!/^[\s|]*P/u.test(line)) return false;
  const text = cells(line).join(' ');
  return text.length <= 200 && /^phu luc\b/.test(foldText(text)) && isUpperCaseLine(text.slice(0, 8));
}

function headerStart(lines: string[], titleLine: number, floor: number): number {
  let start = titleLine;
  for (let i = titleLine - 1; i >= Math.max(floor, titleLine - HEADER_LOOKBACK); i -= 1) {
    if (isHeaderLine(lines[i])) start = i;
  }
  return start;
}

/** A document runs to its signature, or to an appendix printed without one. */
function segmentEnd(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    if (isSignatureLine(lines[i]) || isAppendixHeading(lines[i])) return i;
  }
  return lines.length;
}

/**
 * Finds the document(s) in pasted page text: each from its title block to its signature, plus any
 * appendix after a signature. Everything else (menus, the site's own header and footer) is noise.
 */
export function locateDocument(lines: string[]): LocatedDocument {
  const segments: DocumentSegment[] = [];
  let i = 0;
  let floor = 0;
  while (i < lines.length) {
    if (titleWordOf(lines[i]) !== null) {
      const start = headerStart(lines, i, floor);
      const end = segmentEnd(lines, i + 1);
      segments.push({ start, end, titleLine: i });
      i = floor = Math.max(isAppendixHeading(lines[end] ?? '') ? end : end + 1, i + 1);
      continue;
    }
    if (segments.length > 0 && isAppendixHeading(lines[i])) {
      const end = nextBoundary(lines, i + 1);
      segments.push({ start: i, end, titleLine: -1 });
      i = floor = Math.max(end, i + 1);
      continue;
    }
    i += 1;
  }
  if (segments.length === 0) {
    return {
      segments: [{ start: 0, end: lines.length, titleLine: -1 }],
      warnings: [warning('NO_TITLE_BLOCK')],
    };
  }
  return { segments, warnings: [] };
}

/** An appendix runs to the next signature, title or appendix heading. */
function nextBoundary(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    if (isSignatureLine(lines[i]) || titleWordOf(lines[i]) !== null || isAppendixHeading(lines[i])) return i;
  }
  return lines.length;
}
