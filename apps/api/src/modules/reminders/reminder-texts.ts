import { formatDateVi, PlannedReminder } from '@mandate/domain';

/** Vietnamese titles of in-app notifications and e-mail subjects. */
export function reminderTitle(reminder: PlannedReminder, packageTitle: string, dueDate: string): string {
  const due = formatDateVi(dueDate);
  if (reminder.type === 'overdue') return `Quá hạn ${reminder.dayNumber} ngày (hạn ${due}): ${packageTitle}`;
  if (reminder.offsetDays === 0) return `Đến hạn hôm nay (${due}): ${packageTitle}`;
  return `Còn ${reminder.offsetDays} ngày đến hạn (${due}): ${packageTitle}`;
}

export const monthlyReportTitle = (month: number, year: number): string => `Nhắc gửi báo cáo tiến độ tháng ${month}/${year}`;

export const indicatorReportTitle = (month: number, year: number): string => `Nhắc gửi số liệu chỉ tiêu tháng ${month}/${year}`;

export const weeklyDigestTitle = (overdue: number, dueSoon: number): string =>
  `Tổng hợp tuần: ${overdue} nhiệm vụ quá hạn, ${dueSoon} nhiệm vụ đến hạn trong 7 ngày tới`;

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
export const notificationTitle = (title: string): string => truncate(title, 500);
