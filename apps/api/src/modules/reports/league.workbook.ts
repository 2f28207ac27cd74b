import { DEADLINE_CATEGORIES, DEADLINE_CATEGORY_LABELS, formatDateVi, LeagueTable, LeagueWindow } from '@mandate/domain';
import ExcelJS from 'exceljs';
import { BORDER, TABLE_FONT, TableColumn, tableSheetOptions, VI_DECIMAL_FORMAT, VI_INTEGER_FORMAT, VI_PERCENT_FORMAT, writeGroupedHeader, writeTitleLines } from './workbook-format';

interface LeagueColumn extends TableColumn {
  numFmt?: string;
}

const count = (header: string, group?: string): LeagueColumn => ({ header, group, width: 11, numFmt: VI_INTEGER_FORMAT });
const rate = (header: string, group: string): LeagueColumn => ({ header, group, width: 11, numFmt: VI_PERCENT_FORMAT });

/** The league sheet's columns, in the page's order: packages by category, the rates, then the supervision requests. */
export const LEAGUE_COLUMNS: readonly LeagueColumn[] = [
  { header: 'Hạng', width: 7 },
  { header: 'Cơ quan, đơn vị', width: 34 },
  count('Tổng số nhiệm vụ'),
  ...DEADLINE_CATEGORIES.map((c) => count(DEADLINE_CATEGORY_LABELS[c].vi, 'Nhiệm vụ theo phân loại')),
  rate('Đúng hạn', 'Tỷ lệ trên số nhiệm vụ đã đến hạn'),
  rate('Quá hạn', 'Tỷ lệ trên số nhiệm vụ đã đến hạn'),
  { header: 'Trễ bình quân (ngày)', width: 11, numFmt: VI_DECIMAL_FORMAT },
  { header: 'Hạng kỳ trước', width: 9 },
  count('Tổng số', 'Yêu cầu giám sát gửi đơn vị'),
  count('Đã đến hạn trả lời', 'Yêu cầu giám sát gửi đơn vị'),
  count('Trả lời đúng hạn', 'Yêu cầu giám sát gửi đơn vị'),
  rate('Tỷ lệ trả lời đúng hạn', 'Yêu cầu giám sát gửi đơn vị'),
];

/** Rows 1–4 are the title and as-of lines, 5–6 the header; data from row 7. */
export const LEAGUE_HEADER_ROWS = [5, 6] as const;
export const LEAGUE_FIRST_DATA_ROW = 7;

export interface LeagueWorkbookInput {
  table: LeagueTable;
  /** "318/NQ-HĐND — Kế hoạch …", or null for every plan. */
  planLabel: string | null;
  departmentName: (id: string) => string;
}

const windowText = (w: LeagueWindow): string =>
  w.from && w.to ? `Nhiệm vụ có hạn từ ngày ${formatDateVi(w.from)} đến ngày ${formatDateVi(w.to)}, số liệu tính đến ngày ${formatDateVi(w.asOf)}` : `Toàn bộ nhiệm vụ, số liệu tính đến ngày ${formatDateVi(w.asOf)}`;

/** The written rule, as the page says it, printed under the table. */
export const LEAGUE_RULE_TEXT =
  'Cách xếp hạng: theo tỷ lệ hoàn thành đúng hạn (cao xếp trước); bằng nhau thì tỷ lệ quá hạn thấp hơn xếp trước; vẫn bằng thì số ngày trễ bình quân ít hơn xếp trước; đơn vị chưa có nhiệm vụ đến hạn xếp cuối. ' +
  'Tỷ lệ tính trên số nhiệm vụ đã đến hạn (hoàn thành đúng hạn + hoàn thành quá hạn + đang thực hiện quá hạn). Yêu cầu giám sát được phân loại theo cùng quy tắc, không dùng để xếp hạng.';

/** The league table as one sheet, formatted as the appendix export is (title lines, two merged header rows, A4 landscape). */
export async function leagueWorkbook({ table, planLabel, departmentName }: LeagueWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandate';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Xếp hạng đơn vị', tableSheetOptions(`${LEAGUE_HEADER_ROWS[0]}:${LEAGUE_HEADER_ROWS[1]}`, LEAGUE_HEADER_ROWS[1]));
  sheet.columns = LEAGUE_COLUMNS.map((c) => ({ width: c.width }));
  writeTitleLines(
    sheet,
    [
      { text: 'BẢNG XẾP HẠNG CÁC CƠ QUAN, ĐƠN VỊ THỰC HIỆN NHIỆM VỤ', font: { bold: true, size: 13 } },
      { text: planLabel ?? 'Tất cả kế hoạch', font: { bold: true, size: 12 }, height: 36 },
      { text: windowText(table.window), font: { italic: true } },
      { text: `Kỳ so sánh: ${windowText(table.previousWindow)}`, font: { italic: true } },
    ],
    LEAGUE_COLUMNS.length,
  );
  writeGroupedHeader(sheet, LEAGUE_COLUMNS, LEAGUE_HEADER_ROWS);

  table.items.forEach((item, index) => {
    const row = sheet.getRow(LEAGUE_FIRST_DATA_ROW + index);
    const values: ExcelJS.CellValue[] = [
      item.due === 0 ? null : item.rank,
      departmentName(item.departmentId),
      item.total,
      ...DEADLINE_CATEGORIES.map((c) => item.byCategory[c]),
      item.onTimeRate,
      item.overdueRate,
      item.avgDaysLate,
      item.previous && item.due > 0 ? item.previous.rank : null,
      item.requests.total,
      item.requests.due,
      item.requests.byCategory.done_on_time,
      item.requestsOnTimeRate,
    ];
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.font = TABLE_FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', horizontal: i === 1 ? 'left' : 'center', wrapText: true };
      const numFmt = LEAGUE_COLUMNS[i].numFmt;
      if (numFmt) cell.numFmt = numFmt;
    });
    row.commit();
  });
  const noteRow = LEAGUE_FIRST_DATA_ROW + table.items.length + 1;
  const note = sheet.getRow(noteRow);
  note.getCell(1).value = LEAGUE_RULE_TEXT;
  note.getCell(1).font = { ...TABLE_FONT, italic: true, size: 10 };
  note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  note.height = 45;
  sheet.mergeCells(noteRow, 1, noteRow, LEAGUE_COLUMNS.length);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
