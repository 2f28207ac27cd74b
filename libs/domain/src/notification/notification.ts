/** One in-app notification as `GET /api/notifications` lists it. */
export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  workPackageId: string | null;
  /** Set when the notification is about a supervision request. */
  supervisionRequestId: string | null;
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
