/**
 * Numbers as Vietnamese documents write them: '.' groups thousands and ',' is the decimal mark
 * ("74.000" is 74000, "12,5" is 12.5); a dot followed by other than three digits is read as a decimal
 * point ("4.0", "2.05"), as pasted English-style figures are.
 */

/** Matches one written figure; use with a sticky or global flag. Digits only, so it never backtracks far. */
export const FIGURE_SOURCE = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;

export function parseVietnameseNumber(written: string): number | null {
  const text = written.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) {
    return Number(text.replace(/\./g, '').replace(',', '.'));
  }
  if (/^\d+(?:,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  if (/^\d+\.\d+$/.test(text)) return Number(text);
  return null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of an upper- or lower-case Roman numeral up to 399, or null when it is not a well-formed one. */
export function romanToNumber(written: string): number | null {
  const text = written.toUpperCase();
  if (!/^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(text) || text.length === 0) return null;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const value = ROMAN_VALUES[text[i]];
    const next = i + 1 < text.length ? ROMAN_VALUES[text[i + 1]] : 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Quarter number from "I".."IV" or "1".."4". */
export function quarterNumber(written: string): number | null {
  const value = /^\d$/.test(written) ? Number(written) : romanToNumber(written);
  return value !== null && value >= 1 && value <= 4 ? value : null;
}
