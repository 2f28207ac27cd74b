import { DISBURSEMENT_COLUMNS, DISBURSEMENT_SHEET_NAME, DomainError, WorkbookCell } from '@mandate/domain';
import ExcelJS from 'exceljs';
import { TransportError } from '../../common/errors/transport-error';

/** A disbursement workbook may be up to 20 MB (5,000 projects take well under 1 MB). */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

export interface UploadedWorkbook {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface WorkbookSheet {
  header: WorkbookCell[];
  rows: { row: number; cells: WorkbookCell[] }[];
}

const invalid = (message: string) => new DomainError('WORKBOOK_INVALID', message, [{ field: 'file', message, rule: 'unreadable' }]);

/** Formulas give their cached result, rich text and links their text, errors nothing: what the user sees in the cell. */
function cellOf(value: ExcelJS.CellValue): WorkbookCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return null;
}

/** The template's sheet (by name, else the first) as a header row and data rows; a file that is no .xlsx is a 422 naming `file`. */
export async function readWorkbook(file: UploadedWorkbook | undefined): Promise<WorkbookSheet> {
  if (!file) throw new DomainError('VALIDATION_FAILED', 'file: attach the workbook (.xlsx)', [{ field: 'file', message: 'is required', rule: 'required' }]);
  if (file.size > MAX_WORKBOOK_BYTES) throw new TransportError('PAYLOAD_TOO_LARGE', 'Tệp lớn hơn 20 MB. / The file is larger than 20 MB.', [{ field: 'file', message: 'over 20 MB', rule: 'tooLarge' }]);
  // Every .xlsx is a zip: anything else (a renamed .xls, CSV or image) is refused before exceljs reads it.
  if (file.buffer.subarray(0, 2).toString('latin1') !== 'PK') throw invalid('the file is not an Excel workbook (.xlsx)');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file.buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid('the workbook cannot be read as .xlsx');
  }
  const sheet = workbook.getWorksheet(DISBURSEMENT_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw invalid('the workbook has no sheet');
  const width = Math.max(sheet.columnCount, DISBURSEMENT_COLUMNS.length);
  const cellsOf = (row: ExcelJS.Row): WorkbookCell[] => Array.from({ length: width }, (_, i) => cellOf(row.getCell(i + 1).value));
  const header = cellsOf(sheet.getRow(1));
  const rows: WorkbookSheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > 1) rows.push({ row: number, cells: cellsOf(row) });
  });
  return { header, rows };
}

/** The downloadable template: the sheet with its header and two example rows, and a sheet that explains each column. */
export async function buildTemplate(departments: ReadonlyArray<{ code: string; name: string }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandate';
  const sheet = workbook.addWorksheet(DISBURSEMENT_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = DISBURSEMENT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === 'name' ? 50 : 24 }));
  sheet.getRow(1).font = { bold: true };
  const money = '#,##0';
  sheet.getColumn('allocated').numFmt = money;
  sheet.getColumn('cumulative').numFmt = money;
  // The month is text so Excel does not turn 06/2026 into a date in another format.
  sheet.getColumn('month').numFmt = '@';
  sheet.addRow(Object.fromEntries(DISBURSEMENT_COLUMNS.map((c) => [c.key, c.example])));
  sheet.addRow({ code: 'DA-002', name: 'Trường THPT chuyên Hạ Long (mở rộng)', investor: 'SGDDT', capitalSource: 'Ngân sách tỉnh', allocated: 80_000_000_000, month: '06/2026', cumulative: 20_000_000_000 });

  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.columns = [
    { header: 'Cột', key: 'header', width: 32 },
    { header: 'Nội dung', key: 'vi', width: 90 },
    { header: 'Meaning', key: 'en', width: 70 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of DISBURSEMENT_COLUMNS) guide.addRow({ header: c.header, vi: c.note.vi, en: c.note.en });
  guide.addRow({});
  guide.addRow({ header: 'Quy tắc', vi: 'Mỗi dòng là một dự án trong một tháng. Nhập lại tệp của tháng sau: hệ thống so sánh và hiển thị chênh lệch trước khi xác nhận. Dòng tiêu đề (dòng 1) giữ nguyên tên cột.', en: 'One row per project and month. Re-import next month’s file: the difference is shown before it is confirmed. Keep the header row (row 1) as it is.' });
  guide.addRow({});
  guide.addRow({ header: 'Mã chủ đầu tư', vi: 'Tên cơ quan, đơn vị', en: '' }).font = { bold: true };
  for (const d of departments) guide.addRow({ header: d.code, vi: d.name });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
