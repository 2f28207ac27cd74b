import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconChevronDown, IconDevicesOff, IconKey, IconLogout } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSession } from '../auth';

// Loaded the first time someone opens them, not with every screen's header.
const ChangePasswordDialog = lazy(async () => ({ default: (await import('../auth/components/ChangePasswordDialog')).ChangePasswordDialog }));
const NotificationPreferencesDialog = lazy(async () => ({
  default: (await import('../notifications/components/NotificationPreferencesDialog')).NotificationPreferencesDialog,
}));

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const [passwordOpen, passwordDialog] = useDisclosure(false);
  const [preferencesOpen, preferencesDialog] = useDisclosure(false);
  // Mounted from the first opening on, so closing still animates.
  const [passwordUsed, setPasswordUsed] = useState(false);
  const [preferencesUsed, setPreferencesUsed] = useState(false);

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={`${t('shell.account')}: ${user.displayName}`}>
            <Group gap="xs" wrap="nowrap">
              <Avatar size="sm" radius="xl" color="navy">
                {initials(user.displayName)}
              </Avatar>
              {/* On a phone the avatar alone: the name is in the menu. */}
              <Box visibleFrom="sm">
                <Text size="sm" fw={600} lh={1.2} truncate maw={180}>
                  {user.displayName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} visibleFrom="sm">
                  {t(`roles.${user.role}`)}
                </Text>
              </Box>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {user.displayName} ({user.username})
          </Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => {
              setPasswordUsed(true);
              passwordDialog.open();
            }}
          >
            {t('shell.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconBell size={16} />} onClick={() => {
              setPreferencesUsed(true);
              preferencesDialog.open();
            }}
          >
            {t('notifications.menuItem')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={() => void signOut()}>
            {t('shell.signOut')}
          </Menu.Item>
          <Menu.Item leftSection={<IconDevicesOff size={16} />} color="red" onClick={() => void signOut({ everywhere: true })}>
            {t('shell.signOutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Suspense fallback={null}>
        {passwordUsed && <ChangePasswordDialog opened={passwordOpen} onClose={passwordDialog.close} />}
        {preferencesUsed && <NotificationPreferencesDialog opened={preferencesOpen} onClose={preferencesDialog.close} />}
      </Suspense>
    </>
  );
}
