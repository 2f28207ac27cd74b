import { Center, Loader, Stack, Text } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';
import { ReconnectingScreen } from './ReconnectingScreen';

export interface SignInLocationState {
  from?: string;
}

/** Renders the signed-in part of the app, or sends the visitor to sign in and back afterwards; an unreachable API is not a reason to sign in. */
export function RequireAuth() {
  const { status } = useSession();
  const location = useLocation();
  const { t } = useTranslation();

  if (status === 'restoring') {
    return (
      <Center h="100vh">
        <Stack align="center" gap="xs">
          <Loader size="sm" />
          <Text c="dimmed" size="sm">
            {t('auth.restoring')}
          </Text>
        </Stack>
      </Center>
    );
  }
  if (status === 'unreachable') return <ReconnectingScreen />;
  if (status === 'anonymous') {
    const state: SignInLocationState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}
