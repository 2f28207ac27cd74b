import type { NotificationItem, NotificationList, NotificationPreferences } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export type { NotificationItem, NotificationList, NotificationPreferences };

export type NotificationPreferencesChange = Partial<Pick<NotificationPreferences, 'notifyInApp' | 'notifyEmail' | 'digestOnly'>>;

export const notificationsApi = {
  list: (unread: boolean, signal?: AbortSignal) => apiFetch<NotificationList>('/notifications', { query: { unread: unread || undefined, limit: 20 }, signal }),
  markRead: (id: string) => apiFetch<NotificationItem>(`/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => apiFetch<{ updated: number }>('/notifications/read-all', { method: 'POST' }),
  preferences: (signal?: AbortSignal) => apiFetch<NotificationPreferences>('/me/notification-preferences', { signal }),
  updatePreferences: (change: NotificationPreferencesChange) => apiFetch<NotificationPreferences>('/me/notification-preferences', { method: 'PUT', body: change }),
};
