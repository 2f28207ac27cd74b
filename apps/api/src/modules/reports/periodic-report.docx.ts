import { DEADLINE_CATEGORIES, DEADLINE_CATEGORY_LABELS, formatDateVi, formatVietnameseNumber, indicatorPeriodLabelVi, PeriodicReport, SUPERVISION_KIND_LABELS, TARGET_STATUS_LABELS, withUnit } from '@mandate/domain';
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: 'Times New Roman', size: 24 })] })] });
const table = (header: string[], rows: string[][]) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) }))] });
const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text, bold: true, font: 'Times New Roman' })] });
const dateOr = (date: string | null) => (date ? formatDateVi(date) : '—');

/** The periodic report as a Word document (docx): the same sections as the page and the workbook, A4 landscape. */
export async function periodicReportDocx(report: PeriodicReport): Promise<Buffer> {
  const doc = new Document({
    creator: 'Mandate',
    title: `Báo cáo ${report.period.label.vi}`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `BÁO CÁO KẾT QUẢ THỰC HIỆN ${report.period.label.vi.toUpperCase()}`, bold: true, font: 'Times New Roman', size: 28 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.plan.title, font: 'Times New Roman', size: 26 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `Số liệu tính đến ngày ${formatDateVi(report.cutOff)}`, italics: true, font: 'Times New Roman', size: 24 })] }),
          heading('1. Kết quả theo phân loại và cơ quan chủ trì'),
          table(
            ['Cơ quan chủ trì', 'Tổng số', ...DEADLINE_CATEGORIES.map((c) => DEADLINE_CATEGORY_LABELS[c].vi)],
            [
              ...report.byDepartment.map((d) => [d.departmentName, String(d.total), ...DEADLINE_CATEGORIES.map((c) => String(d.byCategory[c]))]),
              ['Tổng cộng', String(report.total), ...DEADLINE_CATEGORIES.map((c) => String(report.byCategory[c]))],
            ],
          ),
          heading(`2. Nhiệm vụ hoàn thành trong kỳ (${report.completed.length})`),
          table(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Ngày hoàn thành'], report.completed.map((p, i) => [String(i + 1), p.title, p.leadDepartment, dateOr(p.dueDate), dateOr(p.completedOn)])),
          heading(`3. Nhiệm vụ quá hạn (${report.overdue.length})`),
          table(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Số ngày quá hạn'], report.overdue.map((p, i) => [String(i + 1), p.title, p.leadDepartment, dateOr(p.dueDate), String(p.daysOverdue)])),
          heading(`4. Nhiệm vụ được gia hạn (${report.extensions.length})`),
          table(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn cũ', 'Thời hạn mới'], report.extensions.map((x, i) => [String(i + 1), x.title, x.leadDepartment, dateOr(x.fromDate), dateOr(x.toDate)])),
          heading('5. Tình hình thực hiện các chỉ tiêu'),
          table(
            ['STT', 'Chỉ tiêu', 'Mục tiêu năm', 'Số liệu mới nhất', '% so với mục tiêu', 'Tình trạng'],
            report.indicators.map((i) => [
              i.code,
              i.name,
              i.target,
              i.latest ? `${withUnit(formatVietnameseNumber(i.latest.value), i.unit)} (${indicatorPeriodLabelVi(i.latest.period)})` : '—',
              i.percentOfTarget === null ? '—' : `${formatVietnameseNumber(i.percentOfTarget)}%`,
              TARGET_STATUS_LABELS[i.status].vi,
            ]),
          ),
          heading(`6. Yêu cầu giám sát đã được trả lời trong kỳ (${report.supervisionAnswered.length})`),
          table(
            ['STT', 'Loại', 'Nội dung giám sát', 'Cơ quan trả lời', 'Hạn trả lời', 'Ngày trả lời'],
            report.supervisionAnswered.map((r, i) => [String(i + 1), SUPERVISION_KIND_LABELS[r.kind].vi, r.subjectTitle, r.addressee, dateOr(r.dueDate), `${dateOr(r.answeredOn)}${r.answeredOnTime ? '' : ' (quá hạn)'}`]),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
