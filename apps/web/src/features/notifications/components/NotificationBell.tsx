import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import type { NotificationItem } from '../api/notifications.api';
import { notificationQueries } from '../api/notifications.queries';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '../api/use-notification-mutations';
import { notificationText } from '../notification-text';

/** The header bell: unread count, a popover of the latest notifications; a click marks one read and opens its package. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { data } = useQuery(notificationQueries.list(false));
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = data?.unreadCount ?? 0;

  const open = (item: NotificationItem) => {
    if (item.readAt === null) markRead.mutate(item.id);
    setOpened(false);
    if (item.supervisionRequestId) void navigate(`/supervision/${item.supervisionRequestId}`);
    else if (item.workPackageId) void navigate(`/work-packages/${item.workPackageId}`);
  };

  return (
    // The bell sits in the fixed header and never scrolls away, so the list is never hidden as "detached" from it.
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withinPortal hideDetached={false}>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon variant="subtle" size="lg" aria-label={t('notifications.bell', { count: unread })} onClick={() => setOpened((o) => !o)}>
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          <Button variant="subtle" size="compact-xs" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={400}>
          {data && data.items.length === 0 ? (
            <Text size="sm" c="dimmed" px="sm" pb="sm">
              {t('notifications.empty')}
            </Text>
          ) : (
            <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('notifications.title')}>
              {data?.items.map((item) => {
                const text = notificationText(t, item);
                return (
                  <li key={item.id}>
                    <UnstyledButton w="100%" px="sm" py={6} onClick={() => open(item)} bg={item.readAt === null ? 'var(--mantine-color-blue-light)' : undefined}>
                      <Text size="sm" fw={item.readAt === null ? 600 : 400} lineClamp={3}>
                        {text.headline}
                      </Text>
                      {text.detail && (
                        <Text size="xs" lineClamp={2}>
                          {text.detail}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {formatDateTime(item.createdAt)}
                      </Text>
                    </UnstyledButton>
                  </li>
                );
              })}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
