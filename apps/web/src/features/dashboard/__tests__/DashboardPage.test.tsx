import { screen, within } from '@testing-library/react';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { DashboardPage } from '../DashboardPage';
import { jsonResponse } from '../../../test/fetch-call';

const counts = { done_on_time: 1, done_late: 0, open_on_time: 2, open_overdue: 1, not_started: 0, no_deadline: 0, cancelled: 0 };
const plan = { id: 'p1', number: '318/NQ-HĐND', title: 'Kế hoạch 2026', planYear: 2026, archived: false, isCurrent: true };
const card = (id: string, title: string, category: string, dueDate: string) => ({ id, title, status: 'in_progress', category, dueDate, leadDepartmentId: 'd1' });
const request = (id: string, category: string, dueDate: string, addresseeDepartmentId: string | null) => ({
  id, kind: 'chat_van', status: 'open', subject: { type: 'work_package', id: 'w1', title: 'Giải ngân đợt 1' }, planId: 'p1', addresseeDepartmentId,
  content: 'Đề nghị báo cáo', round: 1, dueDate, answeredOn: null, category, raisedBy: 'u1', raisedByName: 'Đại biểu', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', version: 1,
});
const noRequests = { count: 0, overdue: 0, items: [] };
const base = { asOf: '2026-12-01', plan, deadlines: [{ ref: '3.2', date: '2026-12-31', text: 'giải ngân 100% kế hoạch vốn đầu tư công' }], byCategory: counts, total: 4, requests: noRequests };
const leagueRow = { departmentId: 'd1', total: 4, byCategory: counts, due: 2, onTimeRate: 0.5, overdueRate: 0.5, avgDaysLate: 12, rank: 2, previous: { onTimeRate: 1, overdueRate: 0, avgDaysLate: null, rank: 1 } };

describe(DashboardPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    jest.useFakeTimers({ now: new Date('2026-12-01T02:00:00Z'), doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'nextTick', 'setImmediate'] });
  });
  afterEach(() => jest.useRealTimers());

  const serve = (home: unknown) =>
    fetchMock.mockImplementation(async (url) => {
      if (url.startsWith('/api/home')) return jsonResponse(200, home);
      if (url.startsWith('/api/departments')) return jsonResponse(200, { items: [{ id: 'd1', code: 'STC', name: 'Sở Tài chính', kind: 'provincial', active: true, version: 1 }] });
      return jsonResponse(404, {});
    });

  it("shows a department its own work: due soon, overdue, returned with the reason, blocked, and its on-time rate", async () => {
    serve({
      ...base,
      kind: 'department',
      departmentId: 'd1',
      dueSoon: { count: 1, items: [card('w1', 'Giải ngân đợt 1', 'open_on_time', '2026-12-04')] },
      overdue: { count: 1, items: [card('w2', 'Kiểm toán dự án', 'open_overdue', '2026-11-20')] },
      returned: { count: 1, items: [{ ...card('w3', 'Rà soát nợ đọng', 'open_on_time', '2026-12-20'), reason: 'Thiếu số liệu quý III', returnedAt: '2026-11-30T03:00:00.000Z' }] },
      blocked: { count: 0, items: [] },
      league: leagueRow,
      ranked: 5,
    });
    renderRoutes([{ path: '/', element: <DashboardPage /> }], { path: '/', session: fakeSession(sessionUser('department')) });

    expect(await screen.findByRole('heading', { name: 'Công việc của Sở Tài chính' })).toBeInTheDocument();
    expect(within(screen.getByTestId('home-due-soon')).getByRole('link', { name: 'Giải ngân đợt 1' })).toHaveAttribute('href', '/work-packages/w1');
    expect(within(screen.getByTestId('home-overdue')).getByText('Chưa hoàn thành, quá hạn')).toBeInTheDocument();
    expect(screen.getByTestId('home-returned')).toHaveTextContent('Lý do: Thiếu số liệu quý III (30/11/2026 10:00)');
    expect(screen.getByTestId('home-blocked')).toHaveTextContent('Không có nhiệm vụ nào.');
    expect(screen.getByTestId('home-on-time-rate')).toHaveTextContent('50%');
    expect(screen.getByTestId('home-on-time')).toHaveTextContent('Xếp hạng 2/5 đơn vị');
    expect(within(screen.getByTestId('countdown')).getByText('Còn 30 ngày')).toBeInTheDocument();
    expect(screen.getByTestId('home-requests')).toHaveTextContent('Không có yêu cầu nào đang chờ trả lời.');
  });

  it('shows the UBND office the supervision requests to answer, overdue first, each a link to its thread', async () => {
    serve({
      ...base,
      kind: 'ubnd',
      submitted: { count: 0, items: [] },
      extensions: { count: 0, items: [] },
      overdueByDepartment: [],
      requests: { count: 3, overdue: 1, items: [request('r1', 'open_overdue', '2026-11-25', 'd1'), request('r2', 'open_on_time', '2026-12-10', null)] },
    });
    renderRoutes([{ path: '/', element: <DashboardPage /> }], { path: '/', session: fakeSession(sessionUser('ubnd')) });

    const block = await screen.findByTestId('home-requests');
    expect(within(block).getByRole('heading', { name: 'Yêu cầu giám sát cần trả lời' })).toBeInTheDocument();
    expect(within(block).getByTestId('home-requests-count')).toHaveTextContent('3');
    expect(within(block).getByTestId('home-requests-overdue')).toHaveTextContent('1 quá hạn');
    const links = within(block).getAllByRole('link', { name: 'Chất vấn: Giải ngân đợt 1' });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/supervision/r1', '/supervision/r2']);
    expect(block).toHaveTextContent('Hạn trả lời 25/11/2026');
    expect(await within(block).findByText('Sở Tài chính')).toBeInTheDocument();
    expect(within(block).getByText('UBND tỉnh')).toBeInTheDocument();
    expect(within(block).getByRole('link', { name: 'Mở sổ theo dõi giám sát' })).toHaveAttribute('href', '/supervision');
  });

  it('shows the HĐND the plan by category, each count a link to its packages, and both ends of the league', async () => {
    serve({ ...base, kind: 'overview', leagueTop: [{ ...leagueRow, rank: 1 }], leagueBottom: [leagueRow], ranked: 2 });
    renderRoutes([{ path: '/', element: <DashboardPage /> }], { path: '/', session: fakeSession(sessionUser('hdnd')) });

    const overdue = await screen.findByTestId('category-open_overdue');
    expect(within(overdue).getByRole('link', { name: '1' })).toHaveAttribute('href', '/board?plan=p1&category=open_overdue');
    const bottom = screen.getByTestId('home-league-bottom');
    expect(within(bottom).getByRole('row', { name: /Sở Tài chính/ })).toHaveTextContent('50%');
    expect(within(bottom).getByLabelText('Giảm 1 hạng')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem bảng xếp hạng đơn vị' })).toHaveAttribute('href', '/reports/league?plan=p1');
  });
});
