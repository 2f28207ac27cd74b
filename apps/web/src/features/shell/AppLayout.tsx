import { Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useCurrentUser } from '../auth';
import { useLiveUpdates } from '../live/use-live-updates';
import { NotificationBell } from '../notifications';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { ConnectionBanner } from './ConnectionBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { NavigationLinks } from './NavigationLinks';
import classes from './AppLayout.module.css';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [opened, { toggle, close }] = useDisclosure(false);
  useLiveUpdates();

  return (
    <>
      <Box component="header" className={classes.header}>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNavigation')} aria-expanded={opened} />
            <Text component={Link} to="/" fw={700} size="lg" c="navy" td="none">
              {t('app.name')}
            </Text>
            <Text size="xs" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <LanguageSwitch />
            <ColorSchemeToggle />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </Box>
      <Box component="nav" className={classes.navbar} data-opened={opened || undefined} aria-label={t('shell.mainNavigation')}>
        <div className={classes.links}>
          <NavigationLinks role={user.role} onNavigate={close} />
        </div>
        <div>
          <Text size="xs" c="dimmed" px="sm" py={4}>
            {t(`roles.${user.role}`)}
          </Text>
        </div>
      </Box>
      <Box component="main" id="main-content" className={classes.main}>
        <ConnectionBanner />
        <Outlet />
      </Box>
    </>
  );
}
