import { apiFetch } from '../../../lib/api-client';

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  workPackageId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationItem[];
  unreadCount: number;
}

export interface NotificationPreferences {
  notifyInApp: boolean;
  notifyEmail: boolean;
  digestOnly: boolean;
  hasEmail: boolean;
}

export type NotificationPreferencesChange = Partial<Pick<NotificationPreferences, 'notifyInApp' | 'notifyEmail' | 'digestOnly'>>;

export const notificationsApi = {
  list: (unread: boolean, signal?: AbortSignal) => apiFetch<NotificationList>('/notifications', { query: { unread: unread || undefined, limit: 20 }, signal }),
  markRead: (id: string) => apiFetch<NotificationItem>(`/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => apiFetch<{ updated: number }>('/notifications/read-all', { method: 'POST' }),
  preferences: (signal?: AbortSignal) => apiFetch<NotificationPreferences>('/me/notification-preferences', { signal }),
  updatePreferences: (change: NotificationPreferencesChange) => apiFetch<NotificationPreferences>('/me/notification-preferences', { method: 'PUT', body: change }),
};
