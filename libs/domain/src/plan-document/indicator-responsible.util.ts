import { splitAgencyCell } from './agencies.util';
import type { ParsedTable } from './parse-tables.util';
import type { ParsedIndicator } from './plan-document.types';
import { foldText } from './text-fold.util';

/** How alike an indicator and an appendix row must read (Dice coefficient of their words) to be the same indicator. */
const SAME_INDICATOR = 0.6;

/** Words of a text for comparing: folded, numbers kept whole ("74.000" and "74000" alike), one-letter words dropped. */
function wordsOf(text: string): Set<string> {
  const folded = foldText(text).replace(/(\d)[.,](?=\d{3}\b)/g, '$1');
  return new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1 || /\d/.test(word)));
}

function numbersOf(words: Set<string>): string[] {
  return [...words].filter((word) => /^\d/.test(word));
}

/** Dice coefficient of two word sets; 0 when both name figures and share none (same words, other target). */
function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const figuresA = numbersOf(a);
  const figuresB = numbersOf(b);
  if (figuresA.length > 0 && figuresB.length > 0 && !figuresA.some((n) => b.has(n))) return 0;
  return (2 * shared) / (a.size + b.size);
}

/** Rows of any table that name an indicator (a "Chỉ tiêu" column, not a task) together with its lead. */
function indicatorRowsWithLead(tables: readonly ParsedTable[]): { lead: string[]; words: Set<string> }[] {
  return tables.flatMap((table) =>
    table.rows.flatMap((row) => {
      const { indicator, lead } = row.cells;
      return !row.group && indicator && lead ? [{ lead: splitAgencyCell(lead), words: wordsOf(indicator) }] : [];
    }),
  );
}

/**
 * Gives each indicator the agencies the document makes responsible for it, as written: kept where its own
 * table named them (a "Cơ quan chủ trì" column beside the figures), else taken from an appendix row that
 * repeats the indicator with its lead ("TT | Chỉ tiêu | Chủ trì"; a task table's rows are tasks, never indicators). Rows and indicators pair one to one, best
 * likeness first, and only when they read as the same text with the same figures; the rest stay unassigned
 * (the importer's subject rules then suggest a department).
 */
export function withResponsibleAgencies(indicators: readonly ParsedIndicator[], tables: readonly ParsedTable[]): ParsedIndicator[] {
  const rows = indicatorRowsWithLead(tables);
  const open = indicators.map((indicator, index) => ({ index, words: wordsOf(`${indicator.name} ${indicator.text}`) })).filter(({ index }) => !indicators[index].responsible?.length);
  const pairs = open
    .flatMap((indicator) => rows.map((row, rowIndex) => ({ indicator: indicator.index, row: rowIndex, score: likeness(indicator.words, row.words) })))
    .filter((pair) => pair.score >= SAME_INDICATOR)
    .sort((a, b) => b.score - a.score || a.indicator - b.indicator || a.row - b.row);
  const leads = new Map<number, string[]>();
  const usedRows = new Set<number>();
  for (const pair of pairs) {
    if (leads.has(pair.indicator) || usedRows.has(pair.row)) continue;
    leads.set(pair.indicator, [...rows[pair.row].lead]);
    usedRows.add(pair.row);
  }
  return indicators.map((indicator, index) => (leads.has(index) ? { ...indicator, responsible: leads.get(index) } : indicator));
}
