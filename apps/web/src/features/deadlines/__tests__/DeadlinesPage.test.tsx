import { screen, within } from '@testing-library/react';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { DeadlinesPage } from '../components/DeadlinesPage';
import { jsonResponse } from '../../../test/fetch-call';

describe(DeadlinesPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    jest.useFakeTimers({ now: new Date('2026-12-01T02:00:00Z'), doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'nextTick', 'setImmediate'] });
  });

  afterEach(() => jest.useRealTimers());

  it('counts down to the plan deadlines and shows the counts by Vietnamese category and department', async () => {
    fetchMock.mockImplementation(async (url) => {
      if (url === '/api/plans') return jsonResponse(200, { items: [{ id: 'p1', number: '318/NQ-HĐND', title: 'Kế hoạch 2026', planYear: 2026, archived: false }] });
      if (url.startsWith('/api/plans/p1'))
        return jsonResponse(200, {
          id: 'p1', number: '318/NQ-HĐND', title: 'Kế hoạch 2026', planYear: 2026, archived: false, items: [],
          deadlines: [{ ref: '3.2', date: '2026-12-31', text: 'giải ngân 100% kế hoạch vốn đầu tư công' }],
        });
      if (url.startsWith('/api/departments')) return jsonResponse(200, { items: [{ id: 'd1', code: 'STC', name: 'Sở Tài chính', kind: 'provincial', active: true, version: 1 }] });
      if (url.startsWith('/api/deadlines/summary'))
        return jsonResponse(200, {
          asOf: '2026-12-01', total: 5,
          byCategory: { done_on_time: 1, done_late: 0, open_on_time: 2, open_overdue: 2, not_started: 0, no_deadline: 0, cancelled: 0 },
          byDepartment: [{ departmentId: 'd1', total: 5, byCategory: { done_on_time: 1, done_late: 0, open_on_time: 2, open_overdue: 2, not_started: 0, no_deadline: 0, cancelled: 0 } }],
        });
      if (url.startsWith('/api/work-packages')) return jsonResponse(200, { items: [], nextCursor: null });
      return jsonResponse(404, {});
    });
    renderRoutes([{ path: '/deadlines', element: <DeadlinesPage /> }], { path: '/deadlines', session: fakeSession(sessionUser('hdnd')) });

    const countdown = await screen.findByTestId('countdown');
    expect(within(countdown).getByText('Còn 30 ngày')).toBeInTheDocument();
    expect(within(countdown).getByText('31/12/2026')).toBeInTheDocument();
    expect(within(countdown).getByText(/giải ngân 100% kế hoạch vốn đầu tư công/)).toBeInTheDocument();

    expect(await screen.findByTestId('category-open_overdue')).toHaveTextContent('Chưa hoàn thành, quá hạn2');
    expect(screen.getByTestId('category-done_on_time')).toHaveTextContent('Hoàn thành đúng hạn1');
    expect(screen.getByRole('row', { name: /Sở Tài chính/ })).toHaveTextContent('5');
    expect(screen.getByRole('tab', { name: /Quá hạn/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Đến hạn tuần này/ })).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/deadlines/summary?planId=p1')).toBe(true);
  });
});
