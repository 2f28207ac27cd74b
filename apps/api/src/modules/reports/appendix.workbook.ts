import { Actor, AppendixItem, AppendixLine, appendixNumberer, canReadPackageRecords, DEADLINE_CATEGORY_LABELS, formatDateVi, WORK_PACKAGE_STATUS_LABELS } from '@mandate/domain';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { AppendixPlan, AppendixSourceRow } from './appendix.source';
import { sheetDrained } from './streamed-sheet';
import { BORDER, excelDate, TABLE_FONT, TableColumn, tableSheetOptions, VI_DATE_FORMAT, writeGroupedHeader, writeTitleLines } from './workbook-format';

/** The appendix's columns, in the order provincial appendices print them. */
export const APPENDIX_COLUMNS = [
  { key: 'stt', header: 'STT', width: 7 },
  { key: 'title', header: 'Nhiệm vụ', width: 48 },
  { key: 'lead', header: 'Cơ quan chủ trì', width: 22 },
  { key: 'cooperating', header: 'Cơ quan phối hợp', width: 26 },
  { key: 'originalDue', header: 'Ban đầu', group: 'Thời hạn', width: 12 },
  { key: 'due', header: 'Hiện tại', group: 'Thời hạn', width: 12 },
  { key: 'output', header: 'Sản phẩm', width: 24 },
  { key: 'status', header: 'Trạng thái', group: 'Kết quả thực hiện', width: 16 },
  { key: 'progress', header: 'Tiến độ (%)', group: 'Kết quả thực hiện', width: 10 },
  { key: 'category', header: 'Phân loại', group: 'Kết quả thực hiện', width: 20 },
  { key: 'report', header: 'Báo cáo mới nhất', group: 'Kết quả thực hiện', width: 44 },
] as const satisfies readonly (TableColumn & { key: string })[];

/** Rows 1–4 are the title and as-of lines, 5–6 the two header rows; data starts on row 7. */
export const APPENDIX_HEADER_ROWS = [5, 6] as const;
export const APPENDIX_FIRST_DATA_ROW = 7;

export interface AppendixWorkbookInput {
  plan: AppendixPlan;
  items: AppendixItem[];
  asOf: string;
  /** Filters in words, for the as-of line ("Cơ quan chủ trì: Sở Tài chính"). */
  filters: string[];
  reader: Actor;
  rows: AsyncIterable<AppendixSourceRow[]>;
  /** Called after each batch with the packages written so far. */
  onProgress?: (written: number) => Promise<void> | void;
}

const lastColumn = APPENDIX_COLUMNS.length;

/** Title, "(Kèm theo …)" and as-of lines, merged across the table and centred. */
function writeTitle(sheet: ExcelJS.Worksheet, input: AppendixWorkbookInput): void {
  const { plan } = input;
  const attached = plan.number ? `(Kèm theo ${plan.number}${plan.issuedOn ? ` ngày ${formatDateVi(plan.issuedOn)}` : ''})` : '';
  const asOfLine = [`Tình hình thực hiện đến ngày ${formatDateVi(input.asOf)}`, ...input.filters].join('; ');
  writeTitleLines(
    sheet,
    [
      { text: 'PHỤ LỤC', font: { bold: true, size: 13 } },
      { text: `DANH MỤC NHIỆM VỤ TRIỂN KHAI ${plan.title.toUpperCase()}`, font: { bold: true, size: 12 }, height: 36 },
      { text: attached, font: { italic: true } },
      { text: asOfLine, font: { italic: true } },
    ],
    lastColumn,
  );
}

const dataFont = TABLE_FONT;

function writeLine(sheet: ExcelJS.Worksheet, rowNumber: number, line: AppendixLine, reader: AppendixWorkbookInput['reader']): void {
  const row = sheet.getRow(rowNumber);
  if (line.kind === 'group') {
    row.getCell(1).value = line.stt;
    row.getCell(2).value = line.title;
    for (let c = 1; c <= lastColumn; c++) {
      const cell = row.getCell(c);
      cell.font = { ...dataFont, bold: true, italic: line.depth > 0 };
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: c === 1 ? 'center' : 'left', wrapText: true };
    }
    sheet.mergeCells(rowNumber, 2, rowNumber, lastColumn);
    row.commit();
    return;
  }
  const pkg = line.pkg as AppendixSourceRow;
  // Need-to-know: a department reads report texts only of packages it leads or co-operates on.
  const report = canReadPackageRecords(reader, pkg) ? pkg.latestReport : null;
  const values: ExcelJS.CellValue[] = [
    line.stt,
    pkg.title,
    pkg.leadDepartment,
    pkg.cooperatingDepartments.length > 0 ? pkg.cooperatingDepartments.join('; ') : null,
    excelDate(pkg.originalDueDate),
    excelDate(pkg.dueDate),
    pkg.expectedOutput,
    WORK_PACKAGE_STATUS_LABELS[pkg.status].vi,
    pkg.progress,
    DEADLINE_CATEGORY_LABELS[pkg.category].vi,
    report,
  ];
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1);
    cell.value = value;
    cell.font = dataFont;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', horizontal: i === 0 || i === 4 || i === 5 || i === 8 ? 'center' : 'left', wrapText: true };
  });
  row.getCell(5).numFmt = VI_DATE_FORMAT;
  row.getCell(6).numFmt = VI_DATE_FORMAT;
  row.getCell(9).numFmt = '0';
  row.commit();
}

/**
 * The task appendix as a streamed workbook (exceljs WorkbookWriter): each row is committed as soon as it is written
 * and each batch waits for the zip to take it in, so memory holds one batch of packages, not the sheet. Returns the number of packages written.
 */
export async function writeAppendixWorkbook(output: Writable, input: AppendixWorkbookInput): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Mandate';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Phụ lục nhiệm vụ', tableSheetOptions(`${APPENDIX_HEADER_ROWS[0]}:${APPENDIX_HEADER_ROWS[1]}`, APPENDIX_HEADER_ROWS[1]));
  sheet.columns = APPENDIX_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  writeTitle(sheet, input);
  writeGroupedHeader(sheet, APPENDIX_COLUMNS, APPENDIX_HEADER_ROWS);

  const next = appendixNumberer(input.items);
  let rowNumber = APPENDIX_FIRST_DATA_ROW;
  let written = 0;
  for await (const batch of input.rows) {
    for (const pkg of batch) {
      for (const line of next(pkg)) writeLine(sheet, rowNumber++, line, input.reader);
    }
    written += batch.length;
    await sheetDrained(sheet, output);
    await input.onProgress?.(written);
  }
  const total = sheet.getRow(rowNumber);
  total.getCell(2).value = `Tổng cộng: ${written.toLocaleString('vi-VN')} nhiệm vụ`;
  total.getCell(2).font = { ...dataFont, bold: true };
  total.commit();
  sheet.commit();
  await workbook.commit();
  return written;
}
