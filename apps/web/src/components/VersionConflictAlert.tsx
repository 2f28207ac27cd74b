import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefreshAlert } from '@tabler/icons-react';
import { errorTranslationKey } from '@mandate/domain';
import { useTranslation } from 'react-i18next';

/** Shown when a save met a newer version: the user reloads the record and redoes the change knowingly. */
export function VersionConflictAlert({ onReload, reloading }: { onReload: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" icon={<IconRefreshAlert size={18} />} role="alert">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t(errorTranslationKey('VERSION_CONFLICT'))}</Text>
        <Button size="xs" variant="light" color="orange" onClick={onReload} loading={reloading}>
          {t('common.reload')}
        </Button>
      </Group>
    </Alert>
  );
}
