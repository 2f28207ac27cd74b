import type { CalendarDate } from '../calendar';

/** The workflow events of a package that notify people; the web renders each kind from its params in the reader's language. */
export const PACKAGE_EVENT_KINDS = ['package-submitted', 'package-approved', 'package-returned', 'extension-approved', 'extension-refused', 'package-comment'] as const;
export type PackageEventKind = (typeof PACKAGE_EVENT_KINDS)[number];

export const isPackageEventKind = (kind: string): kind is PackageEventKind => (PACKAGE_EVENT_KINDS as readonly string[]).includes(kind);

/** What a workflow notification names, as written when the event happened. */
export interface PackageEventParams {
  /** The package's plan item reference and title ("1.2. Giải ngân …"). */
  package: string;
  /** The plan's number (or title when it has none); null for a package outside a plan. */
  plan: string | null;
  /** Who acted. */
  actor: string;
  /** The reason for a return or a refusal, the note of a granted extension, the comment or the completion report. */
  reason: string | null;
  /** The new due date of a granted extension. */
  dueDate: CalendarDate | null;
}

/** One in-app notification as `GET /api/notifications` lists it. */
export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  workPackageId: string | null;
  /** Set when the notification is about a supervision request. */
  supervisionRequestId: string | null;
  /** Set for a workflow event (`PACKAGE_EVENT_KINDS`); null for reminders, whose title says it all. */
  params: PackageEventParams | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationItem[];
  unreadCount: number;
}

/** The channels a user chose (`GET/PUT /api/me/notification-preferences`). */
export interface NotificationPreferences {
  notifyInApp: boolean;
  notifyEmail: boolean;
  digestOnly: boolean;
  /** Whether e-mail can reach this user at all (an address is on file). */
  hasEmail: boolean;
}

/** The admin's view of the background queues (`GET /api/admin/queues`). */
export interface QueueCounts {
  name: string;
  waiting: number;
  delayed: number;
  active: number;
  completed: number;
  failed: number;
}

export interface FailedJob {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  timestamp: number;
}

export interface QueuesOverview {
  queues: QueueCounts[];
  failures: FailedJob[];
}

/** One message the local mail catcher received (`GET /api/dev/mail`, development and test runs only). */
export interface CaughtMail {
  id: string;
  from: string | null;
  to: string[];
  subject: string | null;
  text: string;
  /** ISO instant. */
  receivedAt: string;
}
