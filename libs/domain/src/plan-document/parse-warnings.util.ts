import type { ParseWarning, ParseWarningCode } from './plan-document.types';

type Params = ParseWarning['params'];

/** The English line of each warning (contract `warnings: string[]`); the web renders the code through its i18n. */
const TEXTS: Record<ParseWarningCode, (params: Params) => string> = {
  REPEATED_BLOCK_IGNORED: (p) => `Ignored ${p.lines} lines that repeat an earlier block of the text (read once).`,
  NO_TITLE_BLOCK: () => 'No title block (NGHỊ QUYẾT, KẾ HOẠCH, ...) found; the whole text was read as the document.',
  NUMBER_NOT_FOUND: () => 'Document number (Số: ...) not found.',
  ISSUE_DATE_NOT_FOUND: () => 'Date of issue not found.',
  PLAN_YEAR_NOT_FOUND: () => 'Plan year not found in the title.',
  INDICATORS_FROM_MARKERS: () => 'No "chỉ tiêu" heading found; indicators were read from a "(1) ... (n)" list.',
  NO_INDICATORS: () => 'No key indicators (chỉ tiêu) found.',
  NO_TASK_HEADING: () => 'No "Nhiệm vụ và giải pháp" heading found; every numbered part of the text is listed as an item.',
  AGENCY_SECTIONS_NOT_TASKS: (p) => `The part "${p.title}" assigns duties agency by agency; it was not read as tasks.`,
  DUE_TEXT_WITHOUT_DATE: (p) => `The time of item ${p.ref} ("${p.text}") names no date; set its deadline by hand.`,
  DUPLICATE_REFS: (p) => `Some item refs occur more than once: ${p.refs}.`,
  TABLE_NOTE: (p) => String(p.message),
};

export function warning(code: ParseWarningCode, line: number | null = null, params: Params = {}): ParseWarning {
  return { code, line, params };
}

export function warningText(item: ParseWarning): string {
  return TEXTS[item.code](item.params);
}

/** Line indexes of the normalised text become line numbers (1-based) of the text as it was given. */
export function withSourceLines(warnings: ParseWarning[], origins: readonly number[]): ParseWarning[] {
  return warnings.map((item) => ({ ...item, line: item.line === null ? null : origins[item.line] ?? null }));
}
