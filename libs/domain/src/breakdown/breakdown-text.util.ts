import { foldText } from '../plan-document/text-fold.util';

/** A keyword as stored in a rule: folded, lower-case, single-spaced. */
export function normalizeKeyword(keyword: string): string {
  return foldText(keyword).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The sentence reduced to what identifies it: folded words, no punctuation or spacing differences. */
export function normalizeSentence(sentence: string): string {
  return normalizeKeyword(sentence.normalize('NFC'));
}

/** FNV-1a 32-bit, run twice with different offsets for 64 bits: stable across runtimes, no crypto import. */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 0x2f) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Item ref + hash of the normalised sentence: the same sentence of the same item always gets the same key. */
export function breakdownKeyOf(itemRef: string, sourceText: string): string {
  return `${itemRef}#${stableHash(normalizeSentence(sourceText))}`;
}

export const PROPOSAL_TITLE_MAX_LENGTH = 200;

/** A short title from a sentence: bullet and final stop dropped, first letter capitalised, cut at a word boundary. */
export function shortTitleOf(sentence: string, max = PROPOSAL_TITLE_MAX_LENGTH): string {
  const cleaned = sentence
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-+•*]\s*/, '')
    .replace(/[.;:,\s]+$/, '');
  const capitalised = cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
  if (capitalised.length <= max) return capitalised;
  const room = capitalised.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = (lastSpace > max / 2 ? room.slice(0, lastSpace) : room).replace(/[\s,;:.-]+$/, '');
  return `${cut}…`;
}

/** Folded text with, for each folded character, the index of the original character it came from. */
export function foldWithIndex(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldText(char).replace(/[^\p{L}\p{N}]/gu, ' ');
    for (const c of f) {
      folded += c;
      origin.push(index);
    }
    index += char.length;
  }
  return { folded, origin };
}
