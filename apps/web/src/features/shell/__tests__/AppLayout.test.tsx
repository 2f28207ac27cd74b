import { navigationFor, ROLES } from '@mandate/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { routes } from '../../../app/routes';
import { reportApiAnswer } from '../../../lib/connection';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import vi from '../../../locales/vi.json';
import { AppLayout } from '../AppLayout';
import { SECTION_PATHS } from '../sections';

const titleOf = (section: string): string => section.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], vi.nav) as string;

describe(AppLayout.name, () => {
  beforeEach(() => localStorage.clear());

  it.each(ROLES)('shows exactly the navigation of the %s role', (role) => {
    renderRoutes([{ path: '*', element: <AppLayout /> }], { session: fakeSession(sessionUser(role)) });

    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    const links = within(nav).getAllByRole('link');
    const expected = navigationFor(role);
    expect(links.map((l) => l.textContent)).toEqual(expected.map(titleOf));
    expect(links.map((l) => l.getAttribute('href'))).toEqual(expected.map((s) => SECTION_PATHS[s]));
  });

  it('shows the user name, role and the header controls', () => {
    renderRoutes([{ path: '*', element: <AppLayout /> }], { session: fakeSession(sessionUser('hdnd', { displayName: 'Phạm Thị Hương' })) });

    expect(screen.getByText('Phạm Thị Hương')).toBeInTheDocument();
    expect(screen.getAllByText('HĐND').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Chuyển sang giao diện tối' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Ngôn ngữ' })).toBeInTheDocument();
  });

  it('signs out from the account menu', async () => {
    const session = fakeSession(sessionUser('ubnd'));
    const user = userEvent.setup();
    renderRoutes([{ path: '*', element: <AppLayout /> }], { session });

    await user.click(screen.getByRole('button', { name: /Tài khoản/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Đăng xuất' }));

    expect(session.signOut).toHaveBeenCalledWith();
  });

  it('signs out on every device from the account menu', async () => {
    const session = fakeSession(sessionUser('ubnd'));
    const user = userEvent.setup();
    renderRoutes([{ path: '*', element: <AppLayout /> }], { session });

    await user.click(screen.getByRole('button', { name: /Tài khoản/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Đăng xuất trên mọi thiết bị' }));

    expect(session.signOut).toHaveBeenCalledWith({ everywhere: true });
  });
});

describe('routes', () => {
  beforeEach(() => localStorage.clear());

  // Screens and the frame are loaded on first visit (lazyPage), hence findBy.
  it('renders the 403 page for a section the role may not open', async () => {
    renderRoutes(routes, { path: '/admin/users', session: fakeSession(sessionUser('department')) });
    expect(await screen.findByRole('heading', { name: 'Không có quyền truy cập' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('renders the 404 page for an unknown address', async () => {
    renderRoutes(routes, { path: '/khong-co', session: fakeSession(sessionUser('ubnd')) });
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('opens the reports section, no longer a placeholder', async () => {
    renderRoutes(routes, { path: '/reports', session: fakeSession(sessionUser('department')) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sẽ có trong bản phát hành tới' })).not.toBeInTheDocument();
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    const { router } = renderRoutes(routes, { path: '/audit', session: fakeSession(null) });
    expect(await screen.findByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.state).toEqual({ from: '/audit' });
  });

  it('says the connection is lost while API calls fail for want of the API, and clears once a probe gets through', async () => {
    const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
    global.fetch = fetchMock as unknown as typeof fetch;
    reportApiAnswer(200);
    renderRoutes([{ path: '*', element: <AppLayout /> }], { session: fakeSession(sessionUser('ubnd')) });
    expect(screen.queryByTestId('connection-lost')).not.toBeInTheDocument();

    act(() => reportApiAnswer(502));
    expect(await screen.findByText('Mất kết nối tới máy chủ')).toBeInTheDocument();

    fetchMock.mockResolvedValue(new Response(JSON.stringify(sessionUser('ubnd')), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Thử lại ngay' }));

    await waitFor(() => expect(screen.queryByTestId('connection-lost')).not.toBeInTheDocument());
    expect(fetchMock.mock.calls.map((c) => c[0])).toContain('/api/auth/me');
  });
});
