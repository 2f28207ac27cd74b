import { agencyKey } from '../department/agency-name.util';
import { foldText, squeezeSpaces } from '../plan-document/text-fold.util';
import { FieldProblem } from '../errors/domain-error';
import { DisbursementMonth } from './disbursement';
import { isDisbursementMonth } from './disbursement-curve';

/** A cell as the API reads it from the workbook: formulas give their result, rich text its plain text. */
export type WorkbookCell = string | number | boolean | Date | null;

/** The template's columns, in the order the downloadable template writes them; a workbook is matched by header text. */
export const DISBURSEMENT_COLUMNS = [
  { key: 'code', header: 'Mã dự án', example: 'DA-001', note: { vi: 'Mã do chủ đầu tư hoặc Sở Tài chính đặt, duy nhất trong kế hoạch; dùng để nhận lại dự án ở lần nhập sau.', en: 'A code unique in the plan; it finds the project again on the next import.' } },
  { key: 'name', header: 'Tên dự án', example: 'Đường bao biển Hạ Long – Cẩm Phả (giai đoạn 2)', note: { vi: 'Tên đầy đủ của dự án.', en: 'The project’s full name.' } },
  { key: 'investor', header: 'Chủ đầu tư', example: 'BQLDA-DTXD', note: { vi: 'Mã hoặc tên cơ quan, đơn vị trong danh mục (ví dụ BQLDA-DTXD hoặc Ban Quản lý dự án đầu tư xây dựng tỉnh).', en: 'A department’s code or name from the catalogue.' } },
  { key: 'capitalSource', header: 'Nguồn vốn', example: 'Ngân sách tỉnh', note: { vi: 'Ví dụ: Ngân sách trung ương, Ngân sách tỉnh, Nguồn thu tiền sử dụng đất.', en: 'E.g. central budget, provincial budget, land-use revenue.' } },
  { key: 'allocated', header: 'Kế hoạch vốn (đồng)', example: 250_000_000_000, note: { vi: 'Số nguyên, đơn vị đồng, không âm.', en: 'A whole number of đồng, not negative.' } },
  { key: 'month', header: 'Tháng báo cáo', example: '06/2026', note: { vi: 'Tháng của số liệu, dạng mm/yyyy (ví dụ 06/2026).', en: 'The figure’s month, mm/yyyy.' } },
  { key: 'cumulative', header: 'Lũy kế giải ngân (đồng)', example: 95_000_000_000, note: { vi: 'Số lũy kế đã giải ngân đến hết tháng, đơn vị đồng, không âm, không vượt kế hoạch vốn.', en: 'Cumulative disbursed to the month’s end, whole đồng, not negative, not above the allocation.' } },
] as const;
export type DisbursementColumnKey = (typeof DISBURSEMENT_COLUMNS)[number]['key'];

export const DISBURSEMENT_SHEET_NAME = 'Giải ngân';
export const MAX_DISBURSEMENT_ROWS = 20_000;
const TEXT_MAX = 500;

/** One valid data row of a workbook, with the sheet row it came from. */
export interface DisbursementWorkbookRow {
  row: number;
  code: string;
  name: string;
  investorDepartmentId: string;
  capitalSource: string;
  allocated: number;
  month: DisbursementMonth;
  cumulative: number;
}

/** A problem names the cell: `field` is its reference (`G5`), `row` and `column` say the same for programs. */
export interface WorkbookProblem extends FieldProblem {
  row: number | null;
  column: string | null;
  /** What is wrong, for a translated sentence: the message itself is English. */
  reason: WorkbookProblemReason;
  /** The template column's header, or the cell's text, that the reason is about. */
  subject?: string;
}

export type WorkbookProblemReason =
  | 'unknown_column'
  | 'duplicate_column'
  | 'missing_column'
  | 'no_rows'
  | 'too_many_rows'
  | 'empty'
  | 'too_long'
  | 'text_in_number'
  | 'not_a_number'
  | 'negative'
  | 'not_whole'
  | 'too_large'
  | 'above_allocation'
  | 'unknown_investor'
  | 'bad_month'
  | 'duplicate_row';

export type WorkbookReading = { ok: true; rows: DisbursementWorkbookRow[] } | { ok: false; problems: WorkbookProblem[] };

const headerKey = (text: string): string => foldText(squeezeSpaces(text));

/** Column letter of a 1-based index: 1 → A, 27 → AA. */
export const columnLetter = (index: number): string => {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

const cellText = (cell: WorkbookCell): string => {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return squeezeSpaces(String(cell));
};

const isEmpty = (cell: WorkbookCell): boolean => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** `06/2026`, `6/2026`, `2026-06`, `30/06/2026`, or a date cell (read as written, in UTC as Excel stores it). */
export function parseWorkbookMonth(cell: WorkbookCell): DisbursementMonth | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : `${cell.getUTCFullYear()}-${String(cell.getUTCMonth() + 1).padStart(2, '0')}`;
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  let match = /^(\d{1,2})[/.-](\d{4})$/.exec(text) ?? /^\d{1,2}[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) {
    const month = `${match[2]}-${match[1].padStart(2, '0')}`;
    return isDisbursementMonth(month) ? month : null;
  }
  match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (match) {
    const month = `${match[1]}-${match[2].padStart(2, '0')}`;
    return isDisbursementMonth(month) ? month : null;
  }
  return null;
}

type AmountCheck = { ok: true; value: number } | { ok: false; message: string; reason: WorkbookProblemReason };

/** Money is a number cell holding whole đồng, not negative; text (even digits typed as text) is refused, so nothing is guessed. */
export function checkAmountCell(cell: WorkbookCell): AmountCheck {
  if (isEmpty(cell)) return { ok: false, message: 'is empty; write a whole number of đồng', reason: 'empty' };
  if (typeof cell !== 'number') return { ok: false, message: `is text ("${cellText(cell).slice(0, 40)}"), not a number`, reason: 'text_in_number' };
  if (!Number.isFinite(cell)) return { ok: false, message: 'is not a number', reason: 'not_a_number' };
  if (cell < 0) return { ok: false, message: `is negative (${cell})`, reason: 'negative' };
  if (!Number.isInteger(cell)) return { ok: false, message: `must be a whole number of đồng (${cell})`, reason: 'not_whole' };
  if (cell > Number.MAX_SAFE_INTEGER) return { ok: false, message: 'is too large', reason: 'too_large' };
  return { ok: true, value: cell };
}

/**
 * Reads the template's rows: every problem found, each naming its row and column, or every row valid. Headers are matched
 * by their text (case and diacritics ignored), so the columns may be reordered but not renamed or left out.
 */
export function readDisbursementRows(header: readonly WorkbookCell[], rows: ReadonlyArray<{ row: number; cells: readonly WorkbookCell[] }>, resolveInvestor: (text: string) => string | null): WorkbookReading {
  const problems: WorkbookProblem[] = [];
  const at = new Map<DisbursementColumnKey, number>();
  header.forEach((cell, i) => {
    if (isEmpty(cell)) return;
    const column = DISBURSEMENT_COLUMNS.find((c) => headerKey(c.header) === headerKey(cellText(cell)));
    const letter = columnLetter(i + 1);
    if (!column) problems.push({ field: `${letter}1`, row: 1, column: letter, message: `row 1, column ${letter}: "${cellText(cell)}" is not a column of the template`, rule: 'workbookCell', reason: 'unknown_column', subject: cellText(cell) });
    else if (at.has(column.key)) problems.push({ field: `${letter}1`, row: 1, column: letter, message: `row 1, column ${letter}: "${column.header}" appears twice`, rule: 'workbookCell', reason: 'duplicate_column', subject: column.header });
    else at.set(column.key, i);
  });
  for (const column of DISBURSEMENT_COLUMNS) {
    if (!at.has(column.key)) problems.push({ field: 'header', row: 1, column: null, message: `row 1: the column "${column.header}" is missing`, rule: 'workbookCell', reason: 'missing_column', subject: column.header });
  }
  if (problems.length > 0) return { ok: false, problems };

  const dataRows = rows.filter((r) => r.cells.some((c) => !isEmpty(c)));
  if (dataRows.length === 0) return { ok: false, problems: [{ field: 'file', row: null, column: null, message: 'the workbook has no project rows under the header', rule: 'workbookCell', reason: 'no_rows' }] };
  if (dataRows.length > MAX_DISBURSEMENT_ROWS) return { ok: false, problems: [{ field: 'file', row: null, column: null, message: `the workbook has ${dataRows.length} rows; at most ${MAX_DISBURSEMENT_ROWS}`, rule: 'workbookCell', reason: 'too_many_rows' }] };

  const parsed: DisbursementWorkbookRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of dataRows) {
    const before = problems.length;
    const fail = (key: DisbursementColumnKey, message: string, reason: WorkbookProblemReason) => {
      const letter = columnLetter((at.get(key) as number) + 1);
      const header = DISBURSEMENT_COLUMNS.find((c) => c.key === key)?.header;
      problems.push({ field: `${letter}${row}`, row, column: letter, message: `row ${row}, column ${letter} "${header}": ${message}`, rule: 'workbookCell', reason, subject: header });
    };
    const cell = (key: DisbursementColumnKey): WorkbookCell => cells[at.get(key) as number] ?? null;
    const text = (key: DisbursementColumnKey): string => {
      const value = cellText(cell(key));
      if (value === '') fail(key, 'is empty', 'empty');
      else if (value.length > TEXT_MAX) fail(key, `is longer than ${TEXT_MAX} characters`, 'too_long');
      return value;
    };
    const code = text('code');
    const name = text('name');
    const investorText = text('investor');
    const capitalSource = text('capitalSource');
    const investorDepartmentId = investorText ? resolveInvestor(investorText) : null;
    if (investorText && !investorDepartmentId) fail('investor', `"${investorText}" is not a department of the catalogue`, 'unknown_investor');
    const month = parseWorkbookMonth(cell('month'));
    if (isEmpty(cell('month'))) fail('month', 'is empty', 'empty');
    else if (!month) fail('month', `"${cellText(cell('month'))}" is not a month (mm/yyyy)`, 'bad_month');
    const allocated = checkAmountCell(cell('allocated'));
    if (!allocated.ok) fail('allocated', allocated.message, allocated.reason);
    const cumulative = checkAmountCell(cell('cumulative'));
    if (!cumulative.ok) fail('cumulative', cumulative.message, cumulative.reason);
    if (allocated.ok && cumulative.ok && cumulative.value > allocated.value) fail('cumulative', `${cumulative.value} is above the allocation (${allocated.value})`, 'above_allocation');
    const key = `${code}|${month}`;
    if (code && month && seen.has(key)) fail('code', `"${code}" already appears for ${month} in row ${seen.get(key)}`, 'duplicate_row');
    if (code && month) seen.set(key, row);
    if (problems.length === before && allocated.ok && cumulative.ok && investorDepartmentId && month) {
      parsed.push({ row, code, name, investorDepartmentId, capitalSource, allocated: allocated.value, month, cumulative: cumulative.value });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: parsed };
}

/** Finds the investor a workbook names: a department's code, its name (written any way `agencyKey` folds alike) or an alias. */
export function investorResolver(departments: ReadonlyArray<{ id: string; code: string; name: string }>, aliases: ReadonlyArray<{ key: string; departmentId: string }> = []): (text: string) => string | null {
  const byCode = new Map(departments.map((d) => [d.code.toUpperCase(), d.id]));
  const byKey = new Map([...aliases.map((a) => [a.key, a.departmentId] as const), ...departments.map((d) => [agencyKey(d.name), d.id] as const)]);
  return (text) => byCode.get(text.trim().toUpperCase()) ?? byKey.get(agencyKey(text)) ?? null;
}

/** The work package that carries the plan's disbursement target: one about "giải ngân", preferring one that names 100% (3.1.d in the sample). */
export function pickDisbursementPackage(packages: ReadonlyArray<{ id: string; title: string; sourceText: string | null; itemRef: string | null }>): string | null {
  const about = packages.filter((p) => foldText(`${p.title} ${p.sourceText ?? ''}`).includes('giai ngan'));
  const full = about.filter((p) => /giai ngan[^.]*100\s?%/.test(foldText(`${p.title} ${p.sourceText ?? ''}`)));
  return (full[0] ?? about[0])?.id ?? null;
}
