import { MantineProvider } from '@mantine/core';
import type { LoginResponse } from '@mandate/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../../app/routes';
import { apiFetch, getAccessToken, refreshSession, setAccessToken } from '../../../lib/api-client';
import { createI18n } from '../../../lib/i18n';
import { SessionProvider } from '../session/SessionProvider';
import { fetchCall, jsonResponse } from '../../../test/fetch-call';

const unauthenticated = () => jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'no' });
const loginResponse = { accessToken: 'a1', expiresIn: 900, user: { id: 'u1', username: 'hdnd', displayName: 'Lê Văn C', role: 'hdnd', departmentId: null } };

const mount = (path: string, restore?: Promise<LoginResponse | null>) => {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <I18nextProvider i18n={createI18n()}>
      <MantineProvider env="test">
        <QueryClientProvider client={new QueryClient()}>
          <SessionProvider restore={restore}>
            <RouterProvider router={router} />
          </SessionProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return router;
};

describe(SessionProvider.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    localStorage.clear();
    setAccessToken(null);
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('restores the session from the refresh cookie on start, keeping the token in memory only', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, loginResponse));

    mount('/supervision');

    expect(await screen.findByText('Lê Văn C')).toBeInTheDocument();
    expect(fetchCall(fetchMock, 0)[0]).toBe('/api/auth/refresh');
    expect(getAccessToken()).toBe('a1');
    expect(JSON.stringify({ ...localStorage })).not.toContain('a1');
  });

  it('takes the answer of a restore started before the first render instead of refreshing again (the cookie rotates)', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, loginResponse));
    const restore = refreshSession();

    mount('/supervision', restore);

    expect(await screen.findByText('Lê Văn C')).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/auth/refresh')).toHaveLength(1);
  });

  it('sends a visitor without a valid cookie to the sign-in page, without an expiry notice', async () => {
    fetchMock.mockResolvedValueOnce(unauthenticated());

    const router = mount('/plans');

    expect(await screen.findByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.')).not.toBeInTheDocument();
  });

  it('signs the user out with a notice when a call fails and the refresh is refused', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, loginResponse));
    const router = mount('/plans');
    expect(await screen.findByText('Lê Văn C')).toBeInTheDocument();

    fetchMock.mockResolvedValueOnce(unauthenticated()).mockResolvedValueOnce(unauthenticated());
    await act(async () => {
      await expect(apiFetch('/plans')).rejects.toMatchObject({ status: 401 });
    });

    expect(await screen.findByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(getAccessToken()).toBeNull();
  });

  it.each<[string, () => Promise<Response>]>([
    ['the network fails', () => Promise.reject(new TypeError('fetch failed'))],
    ['a gateway answers 502', async () => new Response('<html>Bad Gateway</html>', { status: 502 })],
    ['the API answers 503', async () => jsonResponse(503, { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'down' })],
  ])('shows a reconnecting state, not the sign-in page, when %s on first load, and gets in once the API answers', async (_case, outage) => {
    fetchMock.mockImplementationOnce(outage);
    const router = mount('/plans');

    expect(await screen.findByText('Mất kết nối tới máy chủ')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/plans');
    expect(screen.queryByRole('button', { name: 'Đăng nhập' })).not.toBeInTheDocument();

    fetchMock.mockResolvedValueOnce(jsonResponse(200, loginResponse));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Thử lại ngay' }));

    expect(await screen.findByText('Lê Văn C')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/plans');
  });

  it('retries on its own while the API is unreachable, and a refused cookie then leads to sign-in', async () => {
    jest.useFakeTimers();
    try {
      fetchMock.mockRejectedValueOnce(new TypeError('fetch failed')).mockResolvedValueOnce(unauthenticated());
      const router = mount('/plans');
      expect(await screen.findByText('Mất kết nối tới máy chủ')).toBeInTheDocument();

      await act(async () => {
        await jest.advanceTimersByTimeAsync(2_000);
      });

      expect(await screen.findByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/login');
      expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/api/auth/refresh', '/api/auth/refresh']);
    } finally {
      jest.useRealTimers();
    }
  });
});
