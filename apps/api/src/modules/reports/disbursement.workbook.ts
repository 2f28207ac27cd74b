import { DisbursementOverview, formatDateVi } from '@mandate/domain';
import ExcelJS from 'exceljs';
import { BORDER, TABLE_FONT, TableColumn, tableSheetOptions, VI_INTEGER_FORMAT, VI_PERCENT_FORMAT, writeGroupedHeader, writeTitleLines } from './workbook-format';

interface DisbursementColumn extends TableColumn {
  numFmt?: string;
}

/** The disbursement sheet's columns: a project per row, amounts in whole đồng. */
export const DISBURSEMENT_COLUMNS: readonly DisbursementColumn[] = [
  { header: 'STT', width: 6 },
  { header: 'Mã dự án', width: 12 },
  { header: 'Tên dự án', width: 44 },
  { header: 'Chủ đầu tư', width: 26 },
  { header: 'Nguồn vốn', width: 16 },
  { header: 'Kế hoạch vốn (đồng)', width: 20, numFmt: VI_INTEGER_FORMAT },
  { header: 'Lũy kế giải ngân (đồng)', width: 20, numFmt: VI_INTEGER_FORMAT },
  { header: 'Thực hiện', group: 'Tỷ lệ giải ngân', width: 11, numFmt: VI_PERCENT_FORMAT },
  { header: 'Mục tiêu', group: 'Tỷ lệ giải ngân', width: 11, numFmt: VI_PERCENT_FORMAT },
  { header: 'Dưới đường mục tiêu', width: 12 },
];

export const DISBURSEMENT_HEADER_ROWS = [4, 5] as const;
export const DISBURSEMENT_FIRST_DATA_ROW = 6;
/** What the below-curve column says for a project behind the target curve (blank otherwise). */
export const BELOW_CURVE_MARK = 'Chậm';

export interface DisbursementWorkbookInput {
  planLabel: string;
  overview: DisbursementOverview;
  departmentName: (id: string) => string;
}

const monthText = (month: string): string => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

/** The disbursement table (projects, investor, allocation, cumulative disbursed, rate, below-curve flag) with the plan's total. */
export async function disbursementWorkbook({ planLabel, overview, departmentName }: DisbursementWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandate';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Giải ngân', tableSheetOptions(`${DISBURSEMENT_HEADER_ROWS[0]}:${DISBURSEMENT_HEADER_ROWS[1]}`, DISBURSEMENT_HEADER_ROWS[1]));
  sheet.columns = DISBURSEMENT_COLUMNS.map((c) => ({ width: c.width }));
  const last = DISBURSEMENT_COLUMNS.length;
  writeTitleLines(
    sheet,
    [
      { text: 'TÌNH HÌNH GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG', font: { bold: true, size: 13 } },
      { text: planLabel, font: { bold: true, size: 12 }, height: 36 },
      {
        text: `${overview.asOfMonth ? `Số liệu lũy kế đến hết tháng ${monthText(overview.asOfMonth)}` : 'Chưa có số liệu giải ngân'}; mục tiêu giải ngân 100% đến ngày ${formatDateVi(overview.settings.targetDate)}`,
        font: { italic: true },
      },
    ],
    last,
  );
  writeGroupedHeader(sheet, DISBURSEMENT_COLUMNS, DISBURSEMENT_HEADER_ROWS);

  const write = (rowNumber: number, values: ExcelJS.CellValue[], bold = false) => {
    const row = sheet.getRow(rowNumber);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.font = { ...TABLE_FONT, bold };
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', horizontal: i === 2 || i === 3 || i === 4 ? 'left' : i === 5 || i === 6 ? 'right' : 'center', wrapText: true };
      const numFmt = DISBURSEMENT_COLUMNS[i].numFmt;
      if (numFmt) cell.numFmt = numFmt;
    });
  };
  overview.projects.forEach((p, index) =>
    write(DISBURSEMENT_FIRST_DATA_ROW + index, [
      index + 1,
      p.code,
      p.name,
      departmentName(p.investorDepartmentId),
      p.capitalSource,
      p.allocated,
      p.disbursed,
      p.rate / 100,
      p.targetRate / 100,
      p.belowCurve ? BELOW_CURVE_MARK : null,
    ]),
  );
  write(
    DISBURSEMENT_FIRST_DATA_ROW + overview.projects.length,
    [null, null, `Tổng cộng: ${overview.projects.length.toLocaleString('vi-VN')} dự án`, null, null, overview.allocated, overview.disbursed, overview.rate / 100, overview.targetRate / 100, null],
    true,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
