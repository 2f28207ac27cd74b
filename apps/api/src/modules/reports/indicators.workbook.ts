import { formatDateVi, formatLabelledTarget, INDICATOR_GROUP_LABELS, INDICATOR_GROUP_ORDER, indicatorPeriodLabelVi, IndicatorView, MEASUREMENT_KIND_LABELS, TARGET_STATUS_LABELS } from '@mandate/domain';
import ExcelJS from 'exceljs';
import { BORDER, TABLE_FONT, TableColumn, tableSheetOptions, VI_DECIMAL_FORMAT, VI_PERCENT_FORMAT, writeGroupedHeader, writeTitleLines } from './workbook-format';

/** The indicators sheet's columns: one row per target (an indicator with several targets repeats its code and name, so the sheet filters). */
export const INDICATOR_COLUMNS: readonly TableColumn[] = [
  { header: 'STT', width: 6 },
  { header: 'Chỉ tiêu', width: 46 },
  { header: 'Mục tiêu năm', width: 24 },
  { header: 'Số liệu', group: 'Số liệu mới nhất', width: 13 },
  { header: 'Đơn vị tính', group: 'Số liệu mới nhất', width: 12 },
  { header: 'Kỳ', group: 'Số liệu mới nhất', width: 18 },
  { header: 'Loại số liệu', group: 'Số liệu mới nhất', width: 12 },
  { header: '% so với mục tiêu', width: 12 },
  { header: 'Tình trạng', width: 16 },
];

export const INDICATOR_HEADER_ROWS = [4, 5] as const;
export const INDICATOR_FIRST_DATA_ROW = 6;

export interface IndicatorsWorkbookInput {
  planLabel: string;
  asOf: string;
  indicators: readonly IndicatorView[];
}

/** The indicators table (target, latest figure, % of target, status) as the appendix export formats its sheet. */
export async function indicatorsWorkbook({ planLabel, asOf, indicators }: IndicatorsWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandate';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Chỉ tiêu', tableSheetOptions(`${INDICATOR_HEADER_ROWS[0]}:${INDICATOR_HEADER_ROWS[1]}`, INDICATOR_HEADER_ROWS[1]));
  sheet.columns = INDICATOR_COLUMNS.map((c) => ({ width: c.width }));
  const last = INDICATOR_COLUMNS.length;
  writeTitleLines(
    sheet,
    [
      { text: 'TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU', font: { bold: true, size: 13 } },
      { text: planLabel, font: { bold: true, size: 12 }, height: 36 },
      { text: `Số liệu tính đến ngày ${formatDateVi(asOf)}`, font: { italic: true } },
    ],
    last,
  );
  writeGroupedHeader(sheet, INDICATOR_COLUMNS, INDICATOR_HEADER_ROWS);

  let rowNumber = INDICATOR_FIRST_DATA_ROW;
  for (const group of INDICATOR_GROUP_ORDER) {
    const members = indicators.filter((i) => i.group === group);
    if (members.length === 0) continue;
    const heading = sheet.getRow(rowNumber);
    heading.getCell(1).value = INDICATOR_GROUP_LABELS[group].vi;
    for (let c = 1; c <= last; c++) {
      heading.getCell(c).font = { ...TABLE_FONT, bold: true };
      heading.getCell(c).border = BORDER;
    }
    sheet.mergeCells(rowNumber, 1, rowNumber, last);
    rowNumber++;
    for (const indicator of members) {
      const targets = indicator.targets.length > 0 ? indicator.targets : [null];
      for (const target of targets) {
        const row = sheet.getRow(rowNumber);
        const latest = target?.latest ?? null;
        const values: ExcelJS.CellValue[] = [
          indicator.code,
          indicator.name,
          target ? formatLabelledTarget(target) : null,
          latest?.value ?? null,
          latest ? (target?.unit ?? null) : null,
          latest ? indicatorPeriodLabelVi(latest.period) : null,
          latest ? MEASUREMENT_KIND_LABELS[latest.kind].vi : null,
          target?.percentOfTarget === null || target?.percentOfTarget === undefined ? null : target.percentOfTarget / 100,
          target ? TARGET_STATUS_LABELS[target.status].vi : null,
        ];
        values.forEach((value, i) => {
          const cell = row.getCell(i + 1);
          cell.value = value;
          cell.font = TABLE_FONT;
          cell.border = BORDER;
          cell.alignment = { vertical: 'top', horizontal: i === 1 || i === 2 ? 'left' : 'center', wrapText: true };
        });
        row.getCell(4).numFmt = VI_DECIMAL_FORMAT;
        row.getCell(8).numFmt = VI_PERCENT_FORMAT;
        rowNumber++;
      }
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
