import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeSession, renderElement, sessionUser } from '../../../../test/render';
import { fetchCall, jsonResponse } from '../../../../test/fetch-call';
import { QueuesPage } from '../QueuesPage';

const overview = {
  queues: [
    { name: 'reminders', waiting: 1, delayed: 120, active: 0, completed: 40, failed: 1 },
    { name: 'mail', waiting: 0, delayed: 0, active: 0, completed: 12, failed: 0 },
  ],
  failures: [{ queue: 'reminders', id: 'reminder-wp-1-due-today-1798650000000', name: 'WorkPackageReminder', failedReason: 'connect ECONNREFUSED', attemptsMade: 10, timestamp: 1798650000000 }],
};

describe(QueuesPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (url, init) => {
      if (url === '/api/admin/queues') return jsonResponse(200, overview);
      if (url.endsWith('/retry') && init.method === 'POST') return jsonResponse(200, { queue: 'reminders', id: 'x', state: 'waiting' });
      return jsonResponse(404, { code: 'NOT_FOUND', message: url });
    });
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('shows the counts per queue and the last failures, and retries one', async () => {
    const user = userEvent.setup();
    renderElement(<QueuesPage />, { session: fakeSession(sessionUser('admin')) });

    expect(await screen.findByRole('heading', { name: 'Hàng đợi tác vụ' })).toBeInTheDocument();
    const counts = await screen.findByRole('table', { name: 'Số tác vụ theo hàng đợi' });
    const reminders = within(counts).getByText('Nhắc hạn').closest('tr') as HTMLElement;
    expect(within(reminders).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Nhắc hạn', '1', '120', '0', '40', '1']);
    expect(screen.getByText('Nhắc hạn nhiệm vụ')).toBeInTheDocument();
    expect(screen.getByText('connect ECONNREFUSED')).toBeInTheDocument();

    // The button is named in words (the job, its queue, when it failed), never by the job's raw id.
    const retryButton = screen.getByRole('button', { name: /^Chạy lại tác vụ Nhắc hạn nhiệm vụ \(Nhắc hạn\) lỗi lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/ });
    expect(retryButton.getAttribute('aria-label')).not.toContain('reminder-wp-1');
    await user.click(retryButton);
    await waitFor(() =>
      expect(fetchCall(fetchMock, ([url, init]) => init.method === 'POST' && url.endsWith('/retry'))[0]).toBe('/api/admin/queues/reminders/jobs/reminder-wp-1-due-today-1798650000000/retry'),
    );
  });
});
