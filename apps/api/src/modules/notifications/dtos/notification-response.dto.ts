import type { NotificationItem, PackageEventParams } from '@mandate/domain';

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  workPackageId: string | null;
  supervisionRequestId: string | null;
  params: PackageEventParams | null;
  createdAt: Date;
  readAt: Date | null;
}

export const mapNotification = (row: NotificationRow): NotificationItem => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  workPackageId: row.workPackageId,
  supervisionRequestId: row.supervisionRequestId,
  params: row.params,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt ? row.readAt.toISOString() : null,
});
