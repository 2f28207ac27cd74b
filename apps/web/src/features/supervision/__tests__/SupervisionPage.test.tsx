import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeSession, renderElement, sessionUser } from '../../../test/render';
import { SupervisionPage } from '../components/SupervisionPage';
import { jsonResponse } from '../../../test/fetch-call';

describe(SupervisionPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  /** The query of the latest request for the list of supervision requests. */
  const lastListQuery = (): URLSearchParams => {
    const urls = fetchMock.mock.calls.map(([url]) => url).filter((url) => url.startsWith('/api/supervision-requests?'));
    return new URL(urls[urls.length - 1] ?? 'http://x/', 'http://x').searchParams;
  };

  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (url) => {
      if (url.startsWith('/api/supervision-requests?')) return jsonResponse(200, { items: [], nextCursor: null });
      if (url.startsWith('/api/departments')) return jsonResponse(200, { items: [{ id: 'stc', name: 'Sở Tài chính', code: 'STC', active: true }] });
      return jsonResponse(200, {});
    });
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('takes its filters from the address, so a reload or a shared link keeps them', async () => {
    renderElement(<SupervisionPage />, { path: '/supervision?status=answered&kind=chat_van&addressee=stc&overdue=1&q=gi%E1%BA%A3i%20ng%C3%A2n', session: fakeSession(sessionUser('hdnd')) });

    await waitFor(() => expect(lastListQuery().get('status')).toBe('answered'));
    const query = lastListQuery();
    expect(query.get('kind')).toBe('chat_van');
    expect(query.get('addresseeDepartmentId')).toBe('stc');
    expect(query.get('overdue')).toBe('true');
    expect(query.get('q')).toBe('giải ngân');
    expect(screen.getByLabelText('Tìm kiếm')).toHaveValue('giải ngân');
    expect(screen.getByRole('switch', { name: /quá hạn/i })).toBeChecked();
  });

  it('writes a changed filter into the address; those who answer see open requests unless they choose every status', async () => {
    const user = userEvent.setup();
    const { router } = renderElement(<SupervisionPage />, { path: '/supervision', session: fakeSession(sessionUser('ubnd')) });
    await waitFor(() => expect(lastListQuery().get('status')).toBe('open'));

    await user.click(screen.getByRole('switch', { name: /quá hạn/i }));
    await waitFor(() => expect(router.state.location.search).toBe('?overdue=1'));
    await waitFor(() => expect(lastListQuery().get('overdue')).toBe('true'));

    await user.type(screen.getByLabelText('Tìm kiếm'), 'kè');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('kè'));
  });

  it('reads status=all as every status for those who answer', async () => {
    renderElement(<SupervisionPage />, { path: '/supervision?status=all', session: fakeSession(sessionUser('ubnd')) });
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url.startsWith('/api/supervision-requests?'))).toBe(true));
    expect(lastListQuery().has('status')).toBe(false);
  });
});
