import { formatDateVi, PlannedReminder, SUPERVISION_KIND_LABELS, SupervisionKind } from '@mandate/domain';

export interface SupervisionTextInput {
  kind: SupervisionKind;
  subjectTitle: string;
  dueDate: string;
}

const what = (r: SupervisionTextInput): string => `${SUPERVISION_KIND_LABELS[r.kind].vi} về "${r.subjectTitle}"`;

/** Vietnamese titles of a request's in-app notifications and e-mail subjects. */
export const supervisionTexts = {
  reminder: (reminder: PlannedReminder, r: SupervisionTextInput): string =>
    reminder.type === 'overdue'
      ? `Quá hạn trả lời ${reminder.dayNumber} ngày (hạn ${formatDateVi(r.dueDate)}): ${what(r)}`
      : reminder.offsetDays === 0
        ? `Đến hạn trả lời hôm nay (${formatDateVi(r.dueDate)}): ${what(r)}`
        : `Còn ${reminder.offsetDays} ngày đến hạn trả lời (hạn ${formatDateVi(r.dueDate)}): ${what(r)}`,
  raised: (r: SupervisionTextInput): string => `HĐND gửi ${what(r).charAt(0).toLowerCase()}${what(r).slice(1)} (hạn trả lời ${formatDateVi(r.dueDate)})`,
  answered: (r: SupervisionTextInput): string => `Đã có trả lời: ${what(r)}`,
  reopened: (r: SupervisionTextInput): string => `HĐND đề nghị trả lời bổ sung (hạn ${formatDateVi(r.dueDate)}): ${what(r)}`,
  closed: (r: SupervisionTextInput): string => `HĐND đã kết thúc: ${what(r)}`,
};
