import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { fetchCall, jsonResponse } from '../../../test/fetch-call';
import { changeLanguage } from '../../../lib/i18n';
import { NOTIFICATIONS_POLL_MS, notificationQueries } from '../api/notifications.queries';
import { NotificationBell } from '../components/NotificationBell';

const unreadItem = { id: 'n-1', kind: 'due-in-3', title: 'Còn 3 ngày đến hạn (31/12/2026): Giải ngân vốn', workPackageId: 'wp-1', supervisionRequestId: null, params: null, createdAt: '2026-12-28T01:00:00.000Z', readAt: null };
const readItem = { id: 'n-2', kind: 'due-in-7', title: 'Còn 7 ngày đến hạn (31/12/2026): Giải ngân vốn', workPackageId: 'wp-1', supervisionRequestId: null, params: null, createdAt: '2026-12-24T01:00:00.000Z', readAt: '2026-12-24T02:00:00.000Z' };
const eventParams = { package: '3.1. Giải ngân vốn đầu tư công', plan: '318/NQ-HĐND', actor: 'Chuyên viên Văn phòng UBND tỉnh', reason: null, dueDate: null };
// The stored title is the recipient's language at the time; the bell renders the facts in the reader's current language.
const returnedItem = {
  ...unreadItem,
  id: 'n-3',
  kind: 'package-returned',
  title: 'stored title',
  workPackageId: 'wp-3',
  params: { ...eventParams, reason: 'Thiếu chứng từ quý IV' },
};
const extendedItem = { ...readItem, id: 'n-4', kind: 'extension-approved', title: 'stored title', workPackageId: 'wp-4', params: { ...eventParams, dueDate: '2027-03-31' } };

describe(NotificationBell.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    // A test that switches to English remembers it on this "device"; every test starts in Vietnamese.
    localStorage.clear();
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (url, init) => {
      if (url.startsWith('/api/notifications/n-1/read') && init.method === 'POST') return jsonResponse(200, { ...unreadItem, readAt: '2026-12-28T02:00:00.000Z' });
      if (url.startsWith('/api/notifications')) return jsonResponse(200, { items: [unreadItem, readItem], unreadCount: 1 });
      return jsonResponse(404, { code: 'NOT_FOUND', message: url });
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

  it('shows workflow events from their facts in Vietnamese and in English, and opens their package', async () => {
    fetchMock.mockImplementation(async (url) => (url.startsWith('/api/notifications') ? jsonResponse(200, { items: [returnedItem, extendedItem], unreadCount: 1 }) : jsonResponse(404, { code: 'NOT_FOUND', message: url })));
    const user = userEvent.setup();
    const { router, i18n } = renderBell();
    await user.click(await screen.findByRole('button', { name: 'Thông báo: 1 chưa đọc' }));
    expect(await screen.findByText('Chuyên viên Văn phòng UBND tỉnh trả lại, chưa duyệt hoàn thành: 3.1. Giải ngân vốn đầu tư công (318/NQ-HĐND)')).toBeInTheDocument();
    expect(screen.getByText('Lý do: Thiếu chứng từ quý IV')).toBeInTheDocument();
    expect(screen.getByText('Chuyên viên Văn phòng UBND tỉnh đồng ý gia hạn đến 31/03/2027: 3.1. Giải ngân vốn đầu tư công (318/NQ-HĐND)')).toBeInTheDocument();
    expect(screen.queryByText('stored title')).not.toBeInTheDocument();

    await act(() => changeLanguage(i18n, 'en'));
    expect(await screen.findByText('Chuyên viên Văn phòng UBND tỉnh returned, not approved: 3.1. Giải ngân vốn đầu tư công (318/NQ-HĐND)')).toBeInTheDocument();
    expect(screen.getByText('Reason: Thiếu chứng từ quý IV')).toBeInTheDocument();
    await user.click(screen.getByText('Chuyên viên Văn phòng UBND tỉnh extended the deadline to 31/03/2027: 3.1. Giải ngân vốn đầu tư công (318/NQ-HĐND)'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/work-packages/wp-4'));
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
