/** Lower-case, diacritic-free form of a text, for matching keywords whatever the input's accents or case. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Collapses runs of spaces and trims, so joined lines read as one sentence. */
export function squeezeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Upper-cases the first letter, leaving the rest as written. */
export function capitalizeFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;

/** True for a line written in capitals (a heading or title line), ignoring digits and punctuation. */
export function isUpperCaseLine(text: string): boolean {
  let letters = 0;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    if (LOWER_LETTER.test(char)) return false;
    letters += 1;
  }
  return letters >= 2;
}
