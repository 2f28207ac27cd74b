import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { fetchCall } from '../../../test/fetch-call';
import { NOTIFICATIONS_POLL_MS, notificationQueries } from '../api/notifications.queries';
import { NotificationBell } from '../components/NotificationBell';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const unreadItem = { id: 'n-1', kind: 'due-in-3', title: 'Còn 3 ngày đến hạn (31/12/2026): Giải ngân vốn', workPackageId: 'wp-1', supervisionRequestId: null, createdAt: '2026-12-28T01:00:00.000Z', readAt: null };
const readItem = { id: 'n-2', kind: 'due-in-7', title: 'Còn 7 ngày đến hạn (31/12/2026): Giải ngân vốn', workPackageId: 'wp-1', supervisionRequestId: null, createdAt: '2026-12-24T01:00:00.000Z', readAt: '2026-12-24T02:00:00.000Z' };

describe(NotificationBell.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (url, init) => {
      if (url.startsWith('/api/notifications/n-1/read') && init.method === 'POST') return json(200, { ...unreadItem, readAt: '2026-12-28T02:00:00.000Z' });
      if (url.startsWith('/api/notifications')) return json(200, { items: [unreadItem, readItem], unreadCount: 1 });
      return json(404, { code: 'NOT_FOUND', message: url });
    });
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  const renderBell = () =>
    renderRoutes(
      [
        { path: '/', element: <NotificationBell /> },
        { path: '/work-packages/:id', element: <p>Trang nhiệm vụ</p> },
      ],
      { session: fakeSession(sessionUser('department')) },
    );

  it('polls every 30 s through its queryOptions factory', () => {
    expect(notificationQueries.list(false).refetchInterval).toBe(NOTIFICATIONS_POLL_MS);
    expect(NOTIFICATIONS_POLL_MS).toBe(30_000);
  });

  it('shows the unread count; a click marks the notification read and opens its package', async () => {
    const user = userEvent.setup();
    const { router } = renderBell();
    const bell = await screen.findByRole('button', { name: 'Thông báo: 1 chưa đọc' });
    await user.click(bell);
    await user.click(await screen.findByText(unreadItem.title));

    await waitFor(() => expect(router.state.location.pathname).toBe('/work-packages/wp-1'));
    expect(fetchCall(fetchMock, ([url, init]) => url === '/api/notifications/n-1/read' && init.method === 'POST')).toBeDefined();
  });

  it('does not mark an already read notification again', async () => {
    const user = userEvent.setup();
    const { router } = renderBell();
    await user.click(await screen.findByRole('button', { name: 'Thông báo: 1 chưa đọc' }));
    await user.click(await screen.findByText(readItem.title));
    await waitFor(() => expect(router.state.location.pathname).toBe('/work-packages/wp-1'));
    expect(fetchMock.mock.calls.some(([url]) => url.includes('/read'))).toBe(false);
  });
});
