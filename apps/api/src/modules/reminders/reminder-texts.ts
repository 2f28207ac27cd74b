import { formatDateVi } from '@mandate/domain';

/** Vietnamese titles of in-app notifications and e-mail subjects. */
export function reminderTitle(kind: string, packageTitle: string, dueDate: string): string {
  const due = formatDateVi(dueDate);
  if (kind === 'due-today') return `Đến hạn hôm nay (${due}): ${packageTitle}`;
  const dueIn = /^due-in-(\d+)$/.exec(kind);
  if (dueIn) return `Còn ${dueIn[1]} ngày đến hạn (${due}): ${packageTitle}`;
  const overdue = /^overdue-(\d+)$/.exec(kind);
  if (overdue) return `Quá hạn ${overdue[1]} ngày (hạn ${due}): ${packageTitle}`;
  return `Nhắc việc: ${packageTitle}`;
}

export const monthlyReportTitle = (month: number, year: number): string => `Nhắc gửi báo cáo tiến độ tháng ${month}/${year}`;

export const weeklyDigestTitle = (overdue: number, dueSoon: number): string =>
  `Tổng hợp tuần: ${overdue} nhiệm vụ quá hạn, ${dueSoon} nhiệm vụ đến hạn trong 7 ngày tới`;

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
export const notificationTitle = (title: string): string => truncate(title, 500);
