import { DEADLINE_CATEGORIES, DEADLINE_CATEGORY_LABELS, formatDateVi, INDICATOR_GROUP_LABELS, indicatorPeriodLabelVi, MEASUREMENT_KIND_LABELS, PeriodicReport, SUPERVISION_KIND_LABELS, TARGET_STATUS_LABELS } from '@mandate/domain';
import ExcelJS from 'exceljs';
import { BORDER, excelDate, tableSheetOptions, VI_DATE_FORMAT, VI_DECIMAL_FORMAT, VI_INTEGER_FORMAT, VI_PERCENT_FORMAT } from './workbook-format';

const FONT = { name: 'Times New Roman', size: 11 } as const;

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

/** One sheet: title and cut-off lines, one bold header row (repeated on every printed page, frozen), then the rows. */
function tableSheet(workbook: ExcelJS.Workbook, name: string, title: string, report: PeriodicReport, columns: Column[], rows: ExcelJS.CellValue[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, tableSheetOptions('4:4', 4));
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const lines = [title.toUpperCase(), `${report.plan.title} — ${report.period.label.vi}`, `Số liệu tính đến ngày ${formatDateVi(report.cutOff)}`];
  lines.forEach((text, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { ...FONT, bold: i === 0, italic: i === 2, size: i === 0 ? 13 : 11 };
    cell.alignment = { horizontal: 'center', wrapText: true };
    sheet.mergeCells(i + 1, 1, i + 1, columns.length);
  });
  const header = sheet.getRow(4);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
  });
  rows.forEach((values, r) => {
    const row = sheet.getRow(5 + r);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (columns[i].numFmt) cell.numFmt = columns[i].numFmt as string;
    });
  });
  return sheet;
}

const DATE_COLUMN = (header: string): Column => ({ header, width: 12, numFmt: VI_DATE_FORMAT });
const COUNT_COLUMN = (header: string): Column => ({ header, width: 12, numFmt: VI_INTEGER_FORMAT });

/** The periodic report as a workbook: summary by category and department, completed, overdue (with lead), extensions granted, indicator status, supervision requests answered. */
export async function periodicReportWorkbook(report: PeriodicReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandate';
  const categories = DEADLINE_CATEGORIES;
  tableSheet(
    workbook,
    'Tổng hợp',
    'Tổng hợp kết quả thực hiện nhiệm vụ',
    report,
    [{ header: 'Cơ quan chủ trì', width: 34 }, COUNT_COLUMN('Tổng số'), ...categories.map((c) => COUNT_COLUMN(DEADLINE_CATEGORY_LABELS[c].vi))],
    [
      ...report.byDepartment.map((d) => [d.departmentName, d.total, ...categories.map((c) => d.byCategory[c])]),
      ['Tổng cộng', report.total, ...categories.map((c) => report.byCategory[c])],
    ],
  );
  tableSheet(
    workbook,
    'Hoàn thành',
    'Nhiệm vụ hoàn thành trong kỳ',
    report,
    [{ header: 'STT', width: 6 }, { header: 'Nhiệm vụ', width: 50 }, { header: 'Cơ quan chủ trì', width: 26 }, DATE_COLUMN('Thời hạn'), DATE_COLUMN('Ngày hoàn thành'), { header: 'Phân loại', width: 22 }],
    report.completed.map((p, i) => [String(i + 1), p.title, p.leadDepartment, excelDate(p.dueDate), excelDate(p.completedOn), DEADLINE_CATEGORY_LABELS[p.category].vi]),
  );
  tableSheet(
    workbook,
    'Quá hạn',
    'Nhiệm vụ quá hạn',
    report,
    [{ header: 'STT', width: 6 }, { header: 'Nhiệm vụ', width: 50 }, { header: 'Cơ quan chủ trì', width: 26 }, DATE_COLUMN('Thời hạn'), COUNT_COLUMN('Số ngày quá hạn'), { header: 'Tiến độ (%)', width: 10, numFmt: '0' }],
    report.overdue.map((p, i) => [String(i + 1), p.title, p.leadDepartment, excelDate(p.dueDate), p.daysOverdue, p.progress]),
  );
  tableSheet(
    workbook,
    'Gia hạn',
    'Nhiệm vụ được gia hạn trong kỳ',
    report,
    [{ header: 'STT', width: 6 }, { header: 'Nhiệm vụ', width: 50 }, { header: 'Cơ quan chủ trì', width: 26 }, DATE_COLUMN('Thời hạn cũ'), DATE_COLUMN('Thời hạn mới'), DATE_COLUMN('Ngày duyệt')],
    report.extensions.map((x, i) => [String(i + 1), x.title, x.leadDepartment, excelDate(x.fromDate), excelDate(x.toDate), excelDate(x.decidedOn)]),
  );
  tableSheet(
    workbook,
    'Chỉ tiêu',
    'Tình hình thực hiện các chỉ tiêu',
    report,
    [
      { header: 'STT', width: 6 },
      { header: 'Chỉ tiêu', width: 40 },
      { header: 'Nhóm', width: 12 },
      { header: 'Mục tiêu năm', width: 24 },
      { header: 'Số liệu mới nhất', width: 14, numFmt: VI_DECIMAL_FORMAT },
      { header: 'Kỳ', width: 18 },
      { header: 'Loại số liệu', width: 12 },
      { header: '% so với mục tiêu', width: 12, numFmt: VI_PERCENT_FORMAT },
      { header: 'Tình trạng', width: 16 },
    ],
    report.indicators.map((i) => [
      i.code,
      i.name,
      INDICATOR_GROUP_LABELS[i.group].vi,
      i.target,
      i.latest?.value ?? null,
      i.latest ? indicatorPeriodLabelVi(i.latest.period) : null,
      i.latest ? MEASUREMENT_KIND_LABELS[i.latest.kind].vi : null,
      i.percentOfTarget === null ? null : i.percentOfTarget / 100,
      TARGET_STATUS_LABELS[i.status].vi,
    ]),
  );
  tableSheet(
    workbook,
    'Giám sát',
    'Yêu cầu giám sát đã được trả lời trong kỳ',
    report,
    [
      { header: 'STT', width: 6 },
      { header: 'Loại', width: 18 },
      { header: 'Nội dung giám sát', width: 44 },
      { header: 'Cơ quan trả lời', width: 26 },
      DATE_COLUMN('Hạn trả lời'),
      DATE_COLUMN('Ngày trả lời'),
      { header: 'Đúng hạn', width: 12 },
    ],
    report.supervisionAnswered.map((r, i) => [String(i + 1), SUPERVISION_KIND_LABELS[r.kind].vi, r.subjectTitle, r.addressee, excelDate(r.dueDate), excelDate(r.answeredOn), r.answeredOnTime ? 'Đúng hạn' : 'Quá hạn']),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
