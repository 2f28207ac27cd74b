import { formatDateVi } from '@mandate/domain';

export interface ReminderEmailInput {
  displayName: string;
  title: string;
  kind: string;
  workPackageId: string | null;
  supervisionRequestId?: string | null;
  packageTitle: string | null;
  dueDate: string;
  appOrigin: string;
}

/** The Vietnamese body of a reminder e-mail, with the link to the package (or to the deadline overview for periodic ones). */
export function reminderEmailText(input: ReminderEmailInput): string {
  const origin = input.appOrigin.replace(/\/+$/, '');
  const link = input.supervisionRequestId
    ? `${origin}/supervision/${input.supervisionRequestId}`
    : input.workPackageId
      ? `${origin}/work-packages/${input.workPackageId}`
      : `${origin}/deadlines`;
  const lines = [`Kính gửi ${input.displayName},`, '', input.title, ''];
  if (input.supervisionRequestId) {
    lines.push(`Hạn trả lời: ${formatDateVi(input.dueDate)}`);
  } else if (input.workPackageId && input.packageTitle) {
    lines.push(`Nhiệm vụ: ${input.packageTitle}`, `Hạn hoàn thành: ${formatDateVi(input.dueDate)}`);
  }
  lines.push(`Xem chi tiết: ${link}`, '', '—', 'Thư được gửi tự động từ hệ thống theo dõi thực hiện nghị quyết (Mandate).', 'Bạn có thể đổi cách nhận thông báo trong mục "Tài khoản" → "Thông báo".');
  return lines.join('\n');
}
