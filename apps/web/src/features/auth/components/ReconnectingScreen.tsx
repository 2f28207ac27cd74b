import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';

/** The first load could not reach the API: say so and keep retrying, rather than asking a signed-in user to sign in. */
export function ReconnectingScreen() {
  const { t } = useTranslation();
  const { reconnect, attempts } = useSession();
  return (
    <Center h="100vh" px="md">
      <Stack align="center" gap="xs" role="status" data-testid="reconnecting">
        <Loader size="sm" />
        <Title order={2} size="h4" ta="center">
          {t('connection.lost')}
        </Title>
        <Text c="dimmed" size="sm" ta="center">
          {t('connection.firstLoad')}
        </Text>
        {attempts > 0 && (
          <Text c="dimmed" size="xs">
            {t('connection.attempt', { count: attempts })}
          </Text>
        )}
        <Button variant="light" size="xs" onClick={reconnect}>
          {t('connection.retryNow')}
        </Button>
      </Stack>
    </Center>
  );
}
