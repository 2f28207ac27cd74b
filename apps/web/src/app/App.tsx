import type { LoginResponse } from '@mandate/domain';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { i18n } from '../lib/i18n';
import { AppProviders } from './AppProviders';
import { routes } from './routes';

/** `session`: the restore main.tsx started before the first render (the session provider takes its answer). */
export function App({ queryClient, session }: { queryClient: QueryClient; session: Promise<LoginResponse | null> }) {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders queryClient={queryClient} i18n={i18n} session={session}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
