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

/** The closing lines of every e-mail the product sends, in the recipient's language. */
export const EMAIL_FOOTER: Record<'vi' | 'en', readonly string[]> = {
  vi: ['—', 'Thư được gửi tự động từ hệ thống theo dõi thực hiện nghị quyết (Mandate).', 'Bạn có thể đổi cách nhận thông báo trong mục "Tài khoản" → "Thông báo".'],
  en: ['—', 'Sent automatically by the resolution tracking system (Mandate).', 'You can change how you are notified under "Account" → "Notification settings".'],
};

/** The package's page, as e-mails link to it. */
export const workPackageLink = (appOrigin: string, workPackageId: string): string => `${appOrigin.replace(/\/+$/, '')}/work-packages/${workPackageId}`;

/** The Vietnamese body of a reminder e-mail, with the link to the package (or to the deadline overview for periodic ones). */
export function reminderEmailText(input: ReminderEmailInput): string {
  const origin = input.appOrigin.replace(/\/+$/, '');
  const link = input.supervisionRequestId
    ? `${origin}/supervision/${input.supervisionRequestId}`
    : input.workPackageId
      ? workPackageLink(origin, input.workPackageId)
      : `${origin}/deadlines`;
  const lines = [`Kính gửi ${input.displayName},`, '', input.title, ''];
  if (input.supervisionRequestId) {
    lines.push(`Hạn trả lời: ${formatDateVi(input.dueDate)}`);
  } else if (input.workPackageId && input.packageTitle) {
    lines.push(`Nhiệm vụ: ${input.packageTitle}`, `Hạn hoàn thành: ${formatDateVi(input.dueDate)}`);
  }
  lines.push(`Xem chi tiết: ${link}`, '', ...EMAIL_FOOTER.vi);
  return lines.join('\n');
}
