import type { NotificationItem } from '@mandate/domain';

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  workPackageId: string | null;
  supervisionRequestId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export const mapNotification = (row: NotificationRow): NotificationItem => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  workPackageId: row.workPackageId,
  supervisionRequestId: row.supervisionRequestId,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt ? row.readAt.toISOString() : null,
});
