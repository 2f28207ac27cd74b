import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconClockExclamation } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../../../lib/api-client';
import { apiFieldErrors, errorMessage } from '../../../lib/error-message';
import { ColorSchemeToggle } from '../../shell/ColorSchemeToggle';
import { LanguageSwitch } from '../../shell/LanguageSwitch';
import { authApi } from '../api/auth.api';
import { useSession } from '../session/session-context';
import type { SignInLocationState } from './RequireAuth';

const signInErrorKey = (error: unknown): string | null => {
  if (!isApiError(error)) return null;
  if (error.code === 'UNAUTHENTICATED') return 'auth.invalidCredentials';
  if (error.code === 'RATE_LIMITED') return 'auth.rateLimited';
  return null;
};

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const from = (location.state as SignInLocationState | null)?.from ?? '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});

  const login = useMutation({
    mutationFn: authApi.login,
    onSuccess: (response) => session.establish(response),
    onError: (error) => {
      setFieldErrors(apiFieldErrors(t, error));
    },
  });

  if (session.status === 'authenticated') return <Navigate to={from.startsWith('/login') ? '/' : from} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      username: username.trim() ? undefined : t('auth.usernameRequired'),
      password: password ? undefined : t('auth.passwordRequired'),
    };
    setFieldErrors(problems);
    if (problems.username || problems.password) return;
    login.mutate({ username: username.trim(), password });
  };

  const errorKey = signInErrorKey(login.error);
  const formError = login.error ? (errorKey ? t(errorKey) : errorMessage(t, login.error)) : null;

  return (
    <Box mih="100vh" bg="var(--mantine-color-body)">
      <Group justify="flex-end" p="sm" gap="xs">
        <LanguageSwitch />
        <ColorSchemeToggle />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="xs" p="xl" w="100%" maw={400} component="main">
          <Stack gap="md">
            <div>
              <Text fw={700} c="navy" size="sm" tt="uppercase">
                {t('app.name')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('app.tagline')}
              </Text>
            </div>
            <Title order={1} size="h3">
              {t('auth.signInTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('auth.signInSubtitle')}
            </Text>
            {session.expired && !login.error && (
              <Alert color="yellow" icon={<IconClockExclamation size={18} />} role="status">
                {t('auth.sessionExpired')}
              </Alert>
            )}
            {formError && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
                {formError}
              </Alert>
            )}
            <form onSubmit={submit} noValidate>
              <Stack gap="sm">
                <TextInput
                  label={t('auth.username')}
                  name="username"
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  required
                  value={username}
                  onChange={(e) => setUsername(e.currentTarget.value)}
                  error={fieldErrors.username}
                  data-autofocus
                />
                <PasswordInput
                  label={t('auth.password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={fieldErrors.password}
                />
                <Button type="submit" fullWidth loading={login.isPending} mt="xs">
                  {t('auth.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
