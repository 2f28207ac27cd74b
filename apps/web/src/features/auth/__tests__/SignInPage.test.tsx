import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeSession, renderRoutes } from '../../../test/render';
import { SignInPage } from '../components/SignInPage';
import { fetchCall, jsonResponse } from '../../../test/fetch-call';
import { changeLanguage } from '../../../lib/i18n';

const routes = [{ path: '/login', element: <SignInPage /> }, { path: '/', element: <p>home</p> }];

describe(SignInPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('is in Vietnamese by default with labelled fields', () => {
    renderRoutes(routes, { path: '/login' });

    expect(screen.getByRole('heading', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Tên đăng nhập/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Mật khẩu/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();
  });

  it("names the password field's show/hide button in the reader's language, not Mantine's English", async () => {
    const { i18n } = renderRoutes(routes, { path: '/login' });

    expect(screen.getByRole('button', { name: 'Hiện hoặc ẩn mật khẩu' })).toBeInTheDocument();
    await act(() => changeLanguage(i18n, 'en'));
    expect(await screen.findByRole('button', { name: 'Show or hide the password' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toggle password visibility' })).not.toBeInTheDocument();
  });

  it('shows the Vietnamese message on a 401', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Invalid credentials' }));
    const user = userEvent.setup();
    renderRoutes(routes, { path: '/login' });

    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'ubnd');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'sai-mat-khau');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
    const [url, init] = fetchCall(fetchMock, 0);
    expect(url).toBe('/api/auth/login');
    expect(JSON.parse(init.body as string)).toEqual({ username: 'ubnd', password: 'sai-mat-khau' });
    // A failed sign-in never tries the refresh cookie.
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('shows the rate-limit message on a 429', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(429, { statusCode: 429, code: 'RATE_LIMITED', message: 'Too many' }));
    const user = userEvent.setup();
    renderRoutes(routes, { path: '/login' });

    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'ubnd');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'x');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ít phút.');
  });

  it('asks for both fields before calling the API', async () => {
    const user = userEvent.setup();
    renderRoutes(routes, { path: '/login' });

    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(screen.getByText('Vui lòng nhập tên đăng nhập.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập mật khẩu.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('hands the session over on success', async () => {
    const response = { accessToken: 't', expiresIn: 900, user: { id: 'u', username: 'ubnd', displayName: 'B', role: 'ubnd', departmentId: null } };
    fetchMock.mockResolvedValueOnce(jsonResponse(200, response));
    const session = fakeSession(null);
    const user = userEvent.setup();
    renderRoutes(routes, { path: '/login', session });

    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'ubnd');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'mandate-demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await waitFor(() => expect(session.establish).toHaveBeenCalledWith(response));
  });

  it('explains an expired session', () => {
    renderRoutes(routes, { path: '/login', session: fakeSession(null, { expired: true }) });
    expect(screen.getByRole('status')).toHaveTextContent('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
  });
});
