import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeSession, renderElement, renderRoutes, sessionUser } from '../../../../test/render';
import { AppLayout } from '../../../shell/AppLayout';
import type { CaughtMail } from '@mandate/domain';
import { mailKeys } from '../api/mail.queries';
import { DevMailPage } from '../DevMailPage';
import { jsonResponse } from '../../../../test/fetch-call';

const items: CaughtMail[] = [
  {
    id: '12',
    from: 'mandate@localhost',
    to: ['so-tai-chinh@quangninh.gov.vn'],
    subject: 'Nhiệm vụ sắp đến hạn: Đầu tư công',
    text: 'Kính gửi Sở Tài chính,\nNhiệm vụ "Đầu tư công" đến hạn ngày 31/12/2026.',
    receivedAt: '2026-12-24T01:00:05.000Z',
  },
  { id: '11', from: null, to: ['ubnd@quangninh.gov.vn', 'vp@quangninh.gov.vn'], subject: null, text: '', receivedAt: '2026-12-23T17:30:00.000Z' },
];

describe(DevMailPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('lists the caught mail in Hà Nội time and opens a body', async () => {
    fetchMock.mockImplementation(async (url) => (url === '/api/dev/mail' ? jsonResponse(200, { items }) : jsonResponse(404, { code: 'NOT_FOUND', message: url })));
    const user = userEvent.setup();
    renderElement(<DevMailPage />, { session: fakeSession(sessionUser('admin')) });

    expect(screen.getByRole('heading', { name: 'Thư đã gửi (môi trường thử)' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Danh sách thư đã gửi' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(1).map((c) => c.textContent))).toEqual([
      ['24/12/2026 08:00', 'so-tai-chinh@quangninh.gov.vn', 'Nhiệm vụ sắp đến hạn: Đầu tư công'],
      ['24/12/2026 00:30', 'ubnd@quangninh.gov.vn, vp@quangninh.gov.vn', '(không có tiêu đề)'],
    ]);
    expect(screen.queryByText(/Kính gửi Sở Tài chính/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xem nội dung thư: Nhiệm vụ sắp đến hạn: Đầu tư công' }));
    expect(screen.getByText(/Kính gửi Sở Tài chính/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ẩn nội dung thư: Nhiệm vụ sắp đến hạn: Đầu tư công' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says the viewer is not available when the API answers 404 (production)', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Cannot GET /api/dev/mail' }));
    renderElement(<DevMailPage />, { session: fakeSession(sessionUser('admin')) });

    expect(await screen.findByRole('status')).toHaveTextContent('Không có trong môi trường này');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // Not an error: no red alert, no retry button.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).not.toBeInTheDocument();
  });

  describe('navigation link', () => {
    const renderLayout = () => renderRoutes([{ path: '*', element: <AppLayout /> }], { session: fakeSession(sessionUser('admin')) });
    const mailLink = () => within(screen.getByRole('navigation', { name: 'Điều hướng chính' })).queryByRole('link', { name: 'Thư đã gửi (thử)' });

    it('is shown to the admin once the API answers', async () => {
      fetchMock.mockImplementation(async (url) => (url === '/api/dev/mail' ? jsonResponse(200, { items }) : jsonResponse(404, { code: 'NOT_FOUND', message: url })));
      renderLayout();
      await waitFor(() => expect(mailLink()).toHaveAttribute('href', '/admin/mail'));
    });

    it('is left out when the API answers 404', async () => {
      fetchMock.mockImplementation(async (url) => jsonResponse(404, { code: 'NOT_FOUND', message: url }));
      const { queryClient } = renderLayout();
      await waitFor(() => expect(queryClient.getQueryState(mailKeys.list())?.status).toBe('error'));
      expect(mailLink()).not.toBeInTheDocument();
    });
  });
});
