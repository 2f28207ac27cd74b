import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconChevronDown, IconDevicesOff, IconKey, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDialog, useCurrentUser, useSession } from '../auth';
import { NotificationPreferencesDialog } from '../notifications';

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

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={`${t('shell.account')}: ${user.displayName}`}>
            <Group gap="xs" wrap="nowrap">
              <Avatar size="sm" radius="xl" color="navy">
                {initials(user.displayName)}
              </Avatar>
              <div>
                <Text size="sm" fw={600} lh={1.2} truncate maw={180}>
                  {user.displayName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} visibleFrom="sm">
                  {t(`roles.${user.role}`)}
                </Text>
              </div>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.username}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={passwordDialog.open}>
            {t('shell.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconBell size={16} />} onClick={preferencesDialog.open}>
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
      <ChangePasswordDialog opened={passwordOpen} onClose={passwordDialog.close} />
      <NotificationPreferencesDialog opened={preferencesOpen} onClose={preferencesDialog.close} />
    </>
  );
}
