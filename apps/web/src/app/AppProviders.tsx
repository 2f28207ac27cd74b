import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import type { LoginResponse } from '@mandate/domain';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { lazy, type ReactNode, Suspense, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { SessionProvider } from '../features/auth';
import { themeIn } from './theme';

const Toasts = lazy(async () => ({ default: (await import('./Toasts')).Toasts }));

/** The toast container (and its animation and swipe code) is fetched with the first message, not with the first screen. */
function ToastsOnDemand() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <Toasts />
    </Suspense>
  ) : null;
}

export const COLOR_SCHEME_STORAGE_KEY = 'mandate.color-scheme';
const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

/** Mantine with the theme in the current language, made again when the language changes. */
export function LocalizedMantineProvider({ children, env }: { children: ReactNode; env?: 'test' }) {
  // `t` is a new function when the language changes, so the theme follows it
  const { t } = useTranslation();
  const theme = useMemo(() => themeIn(t), [t]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" colorSchemeManager={colorSchemeManager} env={env}>
      {children}
    </MantineProvider>
  );
}

interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: I18n;
  /** The session's restore if already started (main.tsx); else the session provider starts it. */
  session?: Promise<LoginResponse | null>;
  children: ReactNode;
}

/** Everything a screen needs around it except the router, so tests can mount screens the same way. */
export function AppProviders({ queryClient, i18n, session, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedMantineProvider>
        <ToastsOnDemand />
        <QueryClientProvider client={queryClient}>
          <SessionProvider restore={session}>{children}</SessionProvider>
        </QueryClientProvider>
      </LocalizedMantineProvider>
    </I18nextProvider>
  );
}
