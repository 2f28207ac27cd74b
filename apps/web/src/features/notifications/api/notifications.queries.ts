import { queryOptions } from '@tanstack/react-query';
import { notificationsApi } from './notifications.api';

/** The bell polls: reminders arrive from the worker, not from anything this tab did. */
export const NOTIFICATIONS_POLL_MS = 30_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (unread: boolean) => [...notificationKeys.lists(), { unread }] as const,
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
};

export const notificationQueries = {
  list: (unread: boolean) =>
    queryOptions({
      queryKey: notificationKeys.list(unread),
      queryFn: ({ signal }) => notificationsApi.list(unread, signal),
      refetchInterval: NOTIFICATIONS_POLL_MS,
    }),
  preferences: () =>
    queryOptions({
      queryKey: notificationKeys.preferences(),
      queryFn: ({ signal }) => notificationsApi.preferences(signal),
    }),
};
