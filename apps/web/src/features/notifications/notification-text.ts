import { isPackageEventKind, type NotificationItem } from '@mandate/domain';
import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';

export interface NotificationText {
  headline: string;
  /** The reason, note, comment or report an event carries; null for reminders. */
  detail: string | null;
}

/** A workflow event in the reader's language from the facts it was written with; a reminder by its stored (Vietnamese) title. */
export function notificationText(t: TFunction, item: NotificationItem): NotificationText {
  const p = item.params;
  if (!p || !isPackageEventKind(item.kind)) return { headline: item.title, detail: null };
  const headline = t(`notifications.events.${item.kind}`, { actor: p.actor, package: p.package, dueDate: formatDate(p.dueDate) });
  const detail = p.reason ? t(`notifications.reason.${item.kind}`, { reason: p.reason, defaultValue: '' }) : '';
  return { headline: p.plan ? `${headline} (${p.plan})` : headline, detail: detail || null };
}
