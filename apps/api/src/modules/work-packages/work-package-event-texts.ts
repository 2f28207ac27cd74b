import { formatDateVi, PackageEventKind, PackageEventParams } from '@mandate/domain';
import { EMAIL_FOOTER } from '../mail/reminder-email';

export type EventLocale = 'vi' | 'en';

export interface PackageEventText {
  kind: PackageEventKind;
  params: PackageEventParams;
  /** The plan's number and title, for the e-mail (the in-app title names only its number). */
  planFullName: string | null;
  link: string;
}

interface Words {
  headline: Record<PackageEventKind, (p: PackageEventParams) => string>;
  reasonLabel: Partial<Record<PackageEventKind, string>>;
  greeting: (name: string) => string;
  packageLabel: string;
  planLabel: string;
  actorLabel: string;
  dueDateLabel: string;
  link: string;
}

const date = (value: string | null): string => (value ? formatDateVi(value) : '');

const WORDS: Record<EventLocale, Words> = {
  vi: {
    headline: {
      'package-submitted': (p) => `${p.actor} gửi duyệt hoàn thành: ${p.package}`,
      'package-approved': (p) => `${p.actor} đã duyệt hoàn thành: ${p.package}`,
      'package-returned': (p) => `${p.actor} trả lại, chưa duyệt hoàn thành: ${p.package}`,
      'extension-approved': (p) => `${p.actor} đồng ý gia hạn đến ${date(p.dueDate)}: ${p.package}`,
      'extension-refused': (p) => `${p.actor} không đồng ý gia hạn: ${p.package}`,
      'package-comment': (p) => `${p.actor} bình luận: ${p.package}`,
    },
    reasonLabel: {
      'package-submitted': 'Báo cáo hoàn thành',
      'package-returned': 'Lý do trả lại',
      'extension-approved': 'Ghi chú',
      'extension-refused': 'Lý do không đồng ý',
      'package-comment': 'Nội dung bình luận',
    },
    greeting: (name) => `Kính gửi ${name},`,
    packageLabel: 'Nhiệm vụ',
    planLabel: 'Kế hoạch',
    actorLabel: 'Người thực hiện',
    dueDateLabel: 'Hạn hoàn thành mới',
    link: 'Xem chi tiết',
  },
  en: {
    headline: {
      'package-submitted': (p) => `${p.actor} submitted for approval: ${p.package}`,
      'package-approved': (p) => `${p.actor} approved as done: ${p.package}`,
      'package-returned': (p) => `${p.actor} returned, not approved: ${p.package}`,
      'extension-approved': (p) => `${p.actor} extended the deadline to ${date(p.dueDate)}: ${p.package}`,
      'extension-refused': (p) => `${p.actor} refused the deadline extension: ${p.package}`,
      'package-comment': (p) => `${p.actor} commented: ${p.package}`,
    },
    reasonLabel: {
      'package-submitted': 'Completion report',
      'package-returned': 'Reason for returning',
      'extension-approved': 'Note',
      'extension-refused': 'Reason for refusing',
      'package-comment': 'Comment',
    },
    greeting: (name) => `Dear ${name},`,
    packageLabel: 'Work package',
    planLabel: 'Plan',
    actorLabel: 'By',
    dueDateLabel: 'New due date',
    link: 'Open',
  },
};

/** Which kinds carry the reason in their in-app title (the others name it in the e-mail only). */
const REASON_IN_TITLE: ReadonlySet<PackageEventKind> = new Set(['package-returned', 'extension-refused']);

/** The in-app title and e-mail subject: the package, its plan, who acted, and the reason or the new date where it matters. */
export function packageEventTitle(locale: EventLocale, e: Pick<PackageEventText, 'kind' | 'params'>): string {
  const { params } = e;
  const plan = params.plan ? ` (${params.plan})` : '';
  const reason = REASON_IN_TITLE.has(e.kind) && params.reason ? ` — ${params.reason}` : '';
  return `${WORDS[locale].headline[e.kind](params)}${plan}${reason}`;
}

/** The e-mail body in the recipient's language, with the link to the package page. */
export function packageEventEmail(locale: EventLocale, recipientName: string, e: PackageEventText): string {
  const w = WORDS[locale];
  const { params } = e;
  const lines = [w.greeting(recipientName), '', packageEventTitle(locale, e), '', `${w.packageLabel}: ${params.package}`];
  if (e.planFullName) lines.push(`${w.planLabel}: ${e.planFullName}`);
  lines.push(`${w.actorLabel}: ${params.actor}`);
  if (e.kind === 'extension-approved' && params.dueDate) lines.push(`${w.dueDateLabel}: ${formatDateVi(params.dueDate)}`);
  const reasonLabel = w.reasonLabel[e.kind];
  if (reasonLabel && params.reason) lines.push(`${reasonLabel}: ${params.reason}`);
  lines.push(`${w.link}: ${e.link}`, '', ...EMAIL_FOOTER[locale]);
  return lines.join('\n');
}
