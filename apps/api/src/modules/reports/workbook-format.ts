import type ExcelJS from 'exceljs';

/** Excel shows dates in this form whatever the reader's locale; Vietnamese documents write dd/mm/yyyy. */
export const VI_DATE_FORMAT = 'dd/mm/yyyy';
/** Thousands grouped: Excel draws the separators of the reader's locale (74.000 in Vietnamese). */
export const VI_INTEGER_FORMAT = '#,##0';
export const VI_DECIMAL_FORMAT = '#,##0.0';
/** A rate stored as a fraction (0.25), shown as 25,0% with the reader's decimal separator. */
export const VI_PERCENT_FORMAT = '0.0%';

/** The typeface provincial documents are filed in. */
export const TABLE_FONT = { name: 'Times New Roman', size: 11 } as const;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };

const thin = { style: 'thin' } as const;
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** A Hà Nội calendar day as an Excel date (a UTC midnight, which exceljs writes as that day's serial). */
export const excelDate = (date: string | null): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);

/**
 * How filed tables print: A4 landscape, every column on one page wide, header rows repeated on every page, pages
 * numbered. Passed to `addWorksheet`: the streamed writer writes the sheet's properties as the sheet opens.
 */
export const tableSheetOptions = (printTitlesRow: string, frozenRows: number): Partial<ExcelJS.AddWorksheetOptions> => ({
  views: [{ state: 'frozen', xSplit: 0, ySplit: frozenRows, topLeftCell: `A${frozenRows + 1}`, activeCell: `A${frozenRows + 1}` }],
  pageSetup: {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  },
  headerFooter: { oddFooter: 'Trang &P/&N', differentFirst: false, differentOddEven: false },
});

/** A table column: one with a `group` sits under the group's title, merged over the group's columns. */
export interface TableColumn {
  header: string;
  group?: string;
  width: number;
}

/** Title and "as of" lines from row 1 down, each merged across the table's columns and centred. */
export function writeTitleLines(sheet: ExcelJS.Worksheet, lines: { text: string; font?: Partial<ExcelJS.Font>; height?: number }[], lastColumn: number): void {
  lines.forEach(({ text, font, height }, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = { ...TABLE_FONT, ...font };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.height = height ?? 18;
    sheet.mergeCells(i + 1, 1, i + 1, lastColumn);
    row.commit();
  });
}

/** Two bold header rows: a column without a group spans both, a group's title is merged over its columns. */
export function writeGroupedHeader(sheet: ExcelJS.Worksheet, columns: readonly TableColumn[], [topRow, bottomRow]: readonly [number, number]): void {
  const [top, bottom] = [topRow, bottomRow].map((n) => sheet.getRow(n));
  columns.forEach((column, i) => {
    const c = i + 1;
    top.getCell(c).value = column.group ?? column.header;
    bottom.getCell(c).value = column.group ? column.header : null;
    for (const row of [top, bottom]) {
      const cell = row.getCell(c);
      cell.font = { ...TABLE_FONT, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = HEADER_FILL;
    }
    if (!column.group) sheet.mergeCells(topRow, c, bottomRow, c);
  });
  let start = 0;
  while (start < columns.length) {
    const group = columns[start].group;
    let end = start;
    if (group) {
      while (end + 1 < columns.length && columns[end + 1].group === group) end++;
      if (end > start) sheet.mergeCells(topRow, start + 1, topRow, end + 1);
    }
    start = end + 1;
  }
  top.height = 22;
  bottom.height = 30;
  top.commit();
  bottom.commit();
}
