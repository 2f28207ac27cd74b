import { Modal, Stack, Switch, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { notifyError } from '../../../lib/notify';
import type { NotificationPreferencesChange } from '../api/notifications.api';
import { notificationQueries } from '../api/notifications.queries';
import { useUpdateNotificationPreferences } from '../api/use-notification-mutations';

/** How the signed-in user hears about deadlines: in-app, by e-mail, or only the weekly digest. Each switch saves at once. */
export function NotificationPreferencesDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery({ ...notificationQueries.preferences(), enabled: opened });
  const update = useUpdateNotificationPreferences();
  const save = (change: NotificationPreferencesChange) => update.mutate(change, { onError: (error) => notifyError(errorMessage(t, error)) });

  return (
    <Modal opened={opened} onClose={onClose} title={t('notifications.preferences.title')}>
      {data && (
        <Stack gap="md">
          <Switch label={t('notifications.preferences.inApp')} checked={data.notifyInApp} onChange={(e) => save({ notifyInApp: e.currentTarget.checked })} />
          <Switch
            label={t('notifications.preferences.email')}
            description={data.hasEmail ? undefined : t('notifications.preferences.noEmail')}
            checked={data.notifyEmail}
            onChange={(e) => save({ notifyEmail: e.currentTarget.checked })}
          />
          <Switch label={t('notifications.preferences.digestOnly')} description={t('notifications.preferences.digestOnlyHint')} checked={data.digestOnly} onChange={(e) => save({ digestOnly: e.currentTarget.checked })} />
          <Text size="xs" c="dimmed">
            {t('notifications.preferences.hint')}
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
