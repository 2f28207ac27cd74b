import { Notifications } from '@mantine/notifications';
import type { LoginResponse, Role, SessionUser } from '@mandate/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { LocalizedMantineProvider } from '../app/AppProviders';
import { SessionContext, type SessionValue } from '../features/auth';
import { createI18n } from '../lib/i18n';

export const sessionUser = (role: Role, overrides: Partial<SessionUser> = {}): SessionUser => ({
  id: `user-${role}`,
  username: role,
  displayName: `Nguyễn Văn ${role.toUpperCase()}`,
  role,
  departmentId: role === 'department' ? 'dept-1' : null,
  ...overrides,
});

export const fakeSession = (user: SessionUser | null, overrides: Partial<SessionValue> = {}): SessionValue => ({
  status: user ? 'authenticated' : 'anonymous',
  user,
  expired: false,
  establish: jest.fn<void, [LoginResponse]>(),
  signOut: jest.fn(async () => undefined),
  reconnect: jest.fn(),
  attempts: 0,
  ...overrides,
});

interface RenderOptions {
  path?: string;
  session?: SessionValue;
}

/** Mounts routes with the real theme, i18n and query client, and a session the test controls. */
export const renderRoutes = (routes: RouteObject[], { path = '/', session = fakeSession(null) }: RenderOptions = {}) => {
  const i18n = createI18n();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result: RenderResult = render(
    <I18nextProvider i18n={i18n}>
      <LocalizedMantineProvider env="test">
        <Notifications />
        <QueryClientProvider client={queryClient}>
          <SessionContext.Provider value={session}>
            <RouterProvider router={router} />
          </SessionContext.Provider>
        </QueryClientProvider>
      </LocalizedMantineProvider>
    </I18nextProvider>,
  );
  return { ...result, router, i18n, queryClient };
};

export const renderElement = (element: ReactElement, options: RenderOptions = {}) => renderRoutes([{ path: '*', element }], options);
