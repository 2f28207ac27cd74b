import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError, NotificationItem, NotificationList, NotificationPreferences } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UpdateNotificationPreferencesDto } from './dtos/notification-preferences.dto';
import { ListNotificationsQuery } from './dtos/list-notifications.query';
import { mapNotification, NotificationRow } from './dtos/notification-response.dto';

const DEFAULT_LIMIT = 30;

/** A user's own notifications and preferences; every query is scoped to the actor, so nobody reads another's. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ListNotificationsQuery): Promise<NotificationList> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id, kind, title, work_package_id AS "workPackageId", supervision_request_id AS "supervisionRequestId", params, created_at AS "createdAt", read_at AS "readAt"
       FROM notifications WHERE user_id = $1 AND ($2::boolean IS NOT TRUE OR read_at IS NULL)
       ORDER BY created_at DESC, id DESC LIMIT $3`,
      [actor.id, query.unread ?? false, query.limit ?? DEFAULT_LIMIT],
    );
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [actor.id]);
    return { items: rows.map(mapNotification), unreadCount: count };
  }

  async markRead(actor: Actor, id: string): Promise<NotificationItem> {
    const [rows] = await this.dataSource.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2
       RETURNING id, kind, title, work_package_id AS "workPackageId", supervision_request_id AS "supervisionRequestId", params, created_at AS "createdAt", read_at AS "readAt"`,
      [id, actor.id],
    );
    // Someone else's notification is "not found", not "forbidden": its existence is not revealed.
    if (rows.length === 0) throw new DomainError('NOT_FOUND', 'Notification not found.');
    return mapNotification(rows[0]);
  }

  async markAllRead(actor: Actor): Promise<{ updated: number }> {
    const [, updated] = await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [actor.id]);
    return { updated };
  }

  async preferences(actor: Actor): Promise<NotificationPreferences> {
    const rows: NotificationPreferences[] = await this.dataSource.query(
      `SELECT notify_in_app AS "notifyInApp", notify_email AS "notifyEmail", digest_only AS "digestOnly", (email IS NOT NULL AND email <> '') AS "hasEmail" FROM users WHERE id = $1`,
      [actor.id],
    );
    if (rows.length === 0) throw new DomainError('NOT_FOUND', 'User not found.');
    return rows[0];
  }

  async updatePreferences(actor: Actor, input: UpdateNotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.preferences(actor);
      // The DTO instance carries absent fields as undefined; only sent ones change.
      const next = {
        ...before,
        notifyInApp: input.notifyInApp ?? before.notifyInApp,
        notifyEmail: input.notifyEmail ?? before.notifyEmail,
        digestOnly: input.digestOnly ?? before.digestOnly,
      };
      await manager.query(`UPDATE users SET notify_in_app = $2, notify_email = $3, digest_only = $4, updated_at = now() WHERE id = $1`, [actor.id, next.notifyInApp, next.notifyEmail, next.digestOnly]);
      await this.audit.record(manager, { actor, entityType: 'user', entityId: actor.id, action: 'update', before: { notificationPreferences: before }, after: { notificationPreferences: next } });
      return next;
    });
  }
}
