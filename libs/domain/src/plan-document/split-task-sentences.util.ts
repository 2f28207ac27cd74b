import { squeezeSpaces } from './text-fold.util';

/** Abbreviations that end in a dot without ending a sentence ("TP. Hạ Long", "ThS. ..."). */
const ABBREVIATIONS = new Set(['tp', 'tx', 'tt', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'kt', 'tm', 'q', 'p', 'st', 'v.v', 'vv', 'ông', 'bà', 'đ/c']);
const BOUNDARY = /([.!?…]+)(["”’')\]]*)\s+(?=["“(\p{Lu}\p{N}])/gu;
const BULLET = /^[-+•–—*·▪●○]\s*/u;
const HAS_LETTER = /\p{L}/u;

function wordBefore(text: string, position: number): string {
  const match = /([\p{L}./]+)$/u.exec(text.slice(Math.max(0, position - 12), position));
  return match === null ? '' : match[1].toLowerCase();
}

function endsAtAbbreviation(text: string, punctuationAt: number, punctuation: string): boolean {
  if (punctuation !== '.') return false;
  const word = wordBefore(text, punctuationAt);
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text[punctuationAt - 1] ?? '') && !/\p{L}/u.test(text[punctuationAt - 2] ?? ' ');
}

function splitLine(line: string): string[] {
  const text = squeezeSpaces(line).replace(BULLET, '');
  const sentences: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BOUNDARY.exec(text)) !== null) {
    if (endsAtAbbreviation(text, match.index, match[1])) continue;
    const end = match.index + match[1].length + match[2].length;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start).trim());
  return sentences;
}

/**
 * The distinct task sentences of a paragraph, in order: split at sentence ends (not at "TP." or "4.0"),
 * at line breaks and bullets; a fragment without letters joins the sentence before it; repeats are dropped.
 */
export function splitTaskSentences(paragraph: string): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  for (const line of paragraph.normalize('NFC').split(/\r\n?|\n/)) {
    for (const sentence of splitLine(line)) {
      if (sentence === '') continue;
      if (!HAS_LETTER.test(sentence) && result.length > 0) {
        result[result.length - 1] = `${result[result.length - 1]} ${sentence}`;
        continue;
      }
      const key = sentence.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(sentence);
    }
  }
  return result;
}
