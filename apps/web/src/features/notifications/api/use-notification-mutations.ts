import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationsApi, type NotificationList, type NotificationPreferencesChange } from './notifications.api';
import { notificationKeys } from './notifications.queries';

/** Marks one read at once in every cached list (the bell updates before the server answers), rolls back on error. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => notificationsApi.markRead(id),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.lists() });
      const snapshot = queryClient.getQueriesData<NotificationList>({ queryKey: notificationKeys.lists() });
      const readAt = new Date().toISOString();
      queryClient.setQueriesData<NotificationList>({ queryKey: notificationKeys.lists() }, (list) => {
        if (!list) return list;
        const wasUnread = list.items.some((n) => n.id === id && n.readAt === null);
        return { items: list.items.map((n) => (n.id === id ? { ...n, readAt: n.readAt ?? readAt } : n)), unreadCount: Math.max(0, list.unreadCount - (wasUnread ? 1 : 0)) };
      });
      return { snapshot };
    },
    onError: (_error, _id, context) => context?.snapshot.forEach(([key, data]) => queryClient.setQueryData(key, data)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.lists() }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => notificationsApi.markAllRead(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.lists() }),
  });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: NotificationPreferencesChange) => notificationsApi.updatePreferences(change),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preferences() }),
  });
}
