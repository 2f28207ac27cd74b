import { romanToNumber } from './vietnamese-number.util';

/**
 * Styles with a fixed rank nest by that rank (A. > I. > 1. > 1.1. > ...); the others ('a)', '(1)', ...)
 * nest by the order in which a document first uses them.
 */
export interface NumberingLabel {
  style: string;
  /** The label as a ref segment: "3.1", "II", "a", "1". */
  label: string;
  rank: number | null;
  /** The line after the label. */
  rest: string;
}

/** Deeper dotted numbering than this is read as text. */
const MAX_ARABIC_PARTS = 8;
const HEAD_LENGTH = 64;

const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]?\s*/u;
const ROMAN = /^([IVXL]{1,6})\s*[.)\-–]\s*/;
const UPPER = /^([A-HĐ])\s*[.)]\s+/u;
const ARABIC = /^(\d{1,3}(?:\.\d{1,2}){0,7})(\.|\))?\s+/;
const LETTER = /^([a-zđ])\s*[.)]\s+/u;
const LOWER_ROMAN = /^([ivx]{2,5})\s*[.)]\s+/;
const PAREN = /^\((\d{1,2}|[a-zđ]|[ivx]{1,5})\)\s*/u;
const STARTS_WORD = /^["“'(\p{L}]/u;

function make(style: string, label: string, rank: number | null, line: string, matched: number): NumberingLabel {
  return { style, label, rank, rest: line.slice(matched).trim() };
}

/** The numbering label opening a line, or null for a plain line. Looks at the line's head only. */
export function readNumberingLabel(line: string, previousLetter: string | null = null): NumberingLabel | null {
  const head = line.slice(0, HEAD_LENGTH);
  const article = ARTICLE.exec(head);
  if (article) return make('article', `Điều ${article[1]}`, -1, line, article[0].length);
  const roman = ROMAN.exec(head);
  if (roman && romanToNumber(roman[1]) !== null && (romanToNumber(roman[1]) ?? 0) <= 39) {
    if (STARTS_WORD.test(line.slice(roman[0].length))) return make('roman', roman[1], 1, line, roman[0].length);
  }
  const upper = UPPER.exec(head);
  if (upper && STARTS_WORD.test(line.slice(upper[0].length))) return make('upper', upper[1], 0, line, upper[0].length);
  const arabic = ARABIC.exec(head);
  if (arabic && STARTS_WORD.test(line.slice(arabic[0].length))) return arabicLabel(arabic, line);
  const letter = LETTER.exec(head);
  if (letter && STARTS_WORD.test(line.slice(letter[0].length))) {
    return make(letterStyle(letter[1], previousLetter), letter[1], null, line, letter[0].length);
  }
  const lowerRoman = LOWER_ROMAN.exec(head);
  if (lowerRoman && STARTS_WORD.test(line.slice(lowerRoman[0].length))) {
    return make('lower-roman', lowerRoman[1], null, line, lowerRoman[0].length);
  }
  const paren = PAREN.exec(head);
  if (paren && STARTS_WORD.test(line.slice(paren[0].length))) return parenLabel(paren, line);
  return null;
}

function arabicLabel(match: RegExpExecArray, line: string): NumberingLabel | null {
  const parts = match[1].split('.');
  const terminator = match[2];
  if (parts.length === 1 && terminator === undefined) return null;
  if (parts.length > MAX_ARABIC_PARTS) return null;
  if (parts.length === 1 && terminator === ')') return make('arabic-paren', match[1], null, line, match[0].length);
  return make(`arabic-${parts.length}`, match[1], 1 + parts.length, line, match[0].length);
}

/** "i)" after "h)" is a letter; otherwise i), v), x) open a lower-case Roman list. */
function letterStyle(letter: string, previousLetter: string | null): string {
  if (!/^[ivx]$/.test(letter)) return 'letter';
  const before = String.fromCharCode(letter.charCodeAt(0) - 1);
  return previousLetter === before ? 'letter' : 'lower-roman';
}

function parenLabel(match: RegExpExecArray, line: string): NumberingLabel {
  const inner = match[1];
  if (/^\d+$/.test(inner)) return make('paren-arabic', inner, null, line, match[0].length);
  if (/^[ivx]{2,}$/.test(inner)) return make('paren-lower-roman', inner, null, line, match[0].length);
  return make('paren-letter', inner, null, line, match[0].length);
}
