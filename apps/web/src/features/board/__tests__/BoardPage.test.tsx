import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BoardCard, BoardResponse, Role } from '@mandate/domain';
import { fetchCall } from '../../../test/fetch-call';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { BoardPage } from '../components/BoardPage';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const card = (over: Partial<BoardCard> = {}): BoardCard => ({
  id: 'c1',
  title: 'Giải ngân 100% kế hoạch vốn đầu tư công',
  status: 'not_started',
  category: 'not_started',
  dueDate: '2099-12-31',
  leadDepartmentId: 'dept-1',
  itemRef: '3.1.d',
  progress: 0,
  version: 3,
  ...over,
});

const board = (): BoardResponse => ({
  asOf: '2026-06-01',
  groupBy: 'status',
  cardLimit: 50,
  revision: 1,
  departments: [],
  lanes: null,
  columns: [
    { key: 'not_started', title: 'Chưa bắt đầu', count: 1, cards: [card()] },
    { key: 'in_progress', title: 'Đang thực hiện', count: 0, cards: [] },
    { key: 'blocked', title: 'Vướng mắc', count: 0, cards: [] },
    { key: 'submitted', title: 'Chờ duyệt hoàn thành', count: 0, cards: [] },
    { key: 'done', title: 'Hoàn thành', count: 0, cards: [] },
    { key: 'cancelled', title: 'Đã hủy', count: 0, cards: [] },
  ],
});

const column = (name: string) => screen.getByRole('region', { name });

describe(BoardPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  let current: BoardResponse = board();
  const serve = (transition: () => Response = () => json(200, {})) =>
    fetchMock.mockImplementation(async (url, init) => {
      if (url.startsWith('/api/plans')) return json(200, { items: [{ id: 'p-new', number: '318/NQ-HĐND', title: 'Kế hoạch 2026', planYear: 2026, archived: false }] });
      if (url.startsWith('/api/departments')) return json(200, { items: [{ id: 'dept-1', code: 'STC', name: 'Sở Tài chính', kind: 'provincial', active: true, version: 1 }] });
      if (url.startsWith('/api/board')) return json(200, current);
      if (url.includes('/transitions') && init.method === 'POST') return transition();
      return json(404, { code: 'NOT_FOUND', message: url });
    });

  const renderBoard = (role: Role, departmentId: string | null = role === 'department' ? 'dept-1' : null) =>
    renderRoutes([{ path: '/board', element: <BoardPage /> }], { path: '/board', session: fakeSession(sessionUser(role, { departmentId })) });

  beforeEach(() => {
    localStorage.clear();
    current = board();
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('shows Vietnamese columns, the card with its department, dd/mm/yyyy date and category, for the newest plan', async () => {
    serve();
    renderBoard('department');
    const stc = await screen.findByTestId('board-card');
    expect(within(stc).getByText('Mục 3.1.d · Sở Tài chính')).toBeInTheDocument();
    expect(within(stc).getByTestId('days-left')).toHaveTextContent(/^Còn [\d.]+ ngày · 31\/12\/2099$/);
    expect(within(stc).getByText('Chưa thực hiện')).toBeInTheDocument();
    expect(column('Chờ duyệt hoàn thành')).toBeInTheDocument();
    const url = fetchCall(fetchMock, ([u]) => u.startsWith('/api/board'))[0];
    expect(url).toContain('planId=p-new');
    expect(url).toContain('cardLimit=all');
  });

  it('draws only the cards in view of a column holding thousands, and the days left or overdue on each', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => card({ id: `c${i}`, title: `Nhiệm vụ số ${i + 1}`, dueDate: i === 0 ? '2020-01-01' : '2099-12-31' }));
    current = { ...board(), columns: board().columns.map((c) => (c.key === 'not_started' ? { ...c, count: many.length, cards: many } : c)) };
    serve();
    renderBoard('ubnd', null);
    await screen.findByText('Nhiệm vụ số 1');
    const drawn = within(column('Chưa bắt đầu')).getAllByTestId('board-card');
    expect(drawn.length).toBeGreaterThan(3);
    expect(drawn.length).toBeLessThan(30);
    expect(within(drawn[0]).getByTestId('days-left')).toHaveTextContent(/^Quá hạn [\d.]+ ngày · 01\/01\/2020$/);
    expect(within(column('Chưa bắt đầu')).getByLabelText('3.000 nhiệm vụ')).toBeInTheDocument();
  });

  it('switches to compact cards: days left and where on one line, no badge and no progress bar', async () => {
    serve();
    const user = userEvent.setup();
    renderBoard('ubnd', null);
    const normal = await screen.findByTestId('board-card');
    expect(within(normal).getByRole('progressbar')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Thu gọn' }));
    await waitFor(() => expect(within(screen.getByTestId('board-card')).queryByRole('progressbar')).not.toBeInTheDocument());
    const compact = screen.getByTestId('board-card');
    expect(within(compact).getByTestId('days-left')).toHaveTextContent(/^Còn [\d.]+ ngày$/);
    expect(within(compact).queryByText('Chưa thực hiện')).not.toBeInTheDocument();
    expect(within(compact).getByText('Mục 3.1.d · Sở Tài chính')).toBeInTheDocument();
  });

  it('offers a lead department only the allowed moves, in the menu and as drop targets', async () => {
    serve();
    const user = userEvent.setup();
    renderBoard('department');
    const menu = await screen.findByRole('button', { name: 'Chuyển trạng thái: Giải ngân 100% kế hoạch vốn đầu tư công' });
    await user.click(menu);
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Đang thực hiện']);
    await user.keyboard('{Escape}');

    fireEvent.dragStart(screen.getByTestId('board-card'));
    expect(column('Đang thực hiện')).toHaveAttribute('data-drop', 'accept');
    for (const name of ['Chưa bắt đầu', 'Vướng mắc', 'Chờ duyệt hoàn thành', 'Hoàn thành', 'Đã hủy']) {
      expect(column(name)).toHaveAttribute('data-drop', 'disabled');
    }
  });

  it('moves a card on drop and sends the version', async () => {
    serve(() => {
      const moved = card({ status: 'in_progress', category: 'open_on_time', version: 4 });
      current = { ...board(), columns: board().columns.map((c) => ({ ...c, cards: c.key === 'in_progress' ? [moved] : [], count: c.key === 'in_progress' ? 1 : 0 })) };
      return json(200, { ...moved, allowedTransitions: [] });
    });
    renderBoard('department');
    fireEvent.dragStart(await screen.findByTestId('board-card'));
    fireEvent.drop(column('Đang thực hiện'));

    await waitFor(() => expect(within(column('Đang thực hiện')).getByTestId('board-card')).toBeInTheDocument());
    const post = fetchCall(fetchMock, ([url]) => url.includes('/transitions'));
    expect(post[0]).toBe('/api/work-packages/c1/transitions');
    expect(JSON.parse(post[1].body as string)).toEqual({ version: 3, to: 'in_progress' });
  });

  it('gives another department, HĐND and admin no handle and no menu', async () => {
    for (const [role, dept] of [['department', 'dept-2'], ['hdnd', null], ['admin', null]] as const) {
      serve();
      const view = renderBoard(role, dept);
      const c = await screen.findByTestId('board-card');
      expect(c).toHaveAttribute('draggable', 'false');
      expect(screen.queryByTestId('drag-handle')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Chuyển trạng thái/ })).not.toBeInTheDocument();
      fireEvent.dragStart(c);
      expect(column('Đang thực hiện')).toHaveAttribute('data-drop', 'idle');
      view.unmount();
    }
  });

  it('rolls a refused move back (409) and says someone else changed it', async () => {
    serve(() => json(409, { statusCode: 409, code: 'VERSION_CONFLICT', message: 'stale' }));
    const user = userEvent.setup();
    renderBoard('department');
    await user.click(await screen.findByRole('button', { name: /Chuyển trạng thái/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Đang thực hiện' }));

    expect(await screen.findByText('Người khác vừa thay đổi nhiệm vụ này. Bảng đã được tải lại; vui lòng xem lại rồi thực hiện lại.')).toBeInTheDocument();
    await waitFor(() => expect(within(column('Chưa bắt đầu')).getByTestId('board-card')).toBeInTheDocument());
    expect(within(column('Đang thực hiện')).queryByTestId('board-card')).not.toBeInTheDocument();
  });

  it('asks for a completion report with evidence before submitting', async () => {
    fetchMock.mockImplementation(async (url, init) => {
      if (url.startsWith('/api/plans')) return json(200, { items: [{ id: 'p1', number: null, title: 'KH', planYear: 2026, archived: false }] });
      if (url.startsWith('/api/departments')) return json(200, { items: [] });
      if (url.startsWith('/api/board')) {
        const b = board();
        return json(200, { ...b, columns: b.columns.map((c) => ({ ...c, cards: c.key === 'in_progress' ? [card({ status: 'in_progress', category: 'open_on_time' })] : [] })) });
      }
      if (url.includes('/progress-reports') && init.method === 'POST') return json(201, { id: 'r1', attachments: [{ id: 'a1', fileName: 'bien-ban.pdf' }] });
      if (url.includes('/progress-reports')) return json(200, { items: [] });
      if (init.method === 'POST') return json(200, { ...card({ status: 'submitted' }), allowedTransitions: [] });
      return json(404, {});
    });
    const user = userEvent.setup();
    renderBoard('department');
    await user.click(await screen.findByRole('button', { name: /Chuyển trạng thái/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Chờ duyệt hoàn thành' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi báo cáo hoàn thành' }));
    expect(await within(dialog).findByText('Vui lòng nhập nội dung báo cáo hoàn thành.')).toBeInTheDocument();
    expect(within(dialog).getByText('Báo cáo hoàn thành phải kèm ít nhất một tệp minh chứng.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => url.includes('/transitions'))).toBe(false);
    await user.type(within(dialog).getByLabelText(/Nội dung báo cáo hoàn thành/), 'Đã giải ngân 100%');
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gửi báo cáo hoàn thành' }));

    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url.includes('/transitions'))).toBe(true));
    const post = fetchCall(fetchMock, ([url]) => url.includes('/transitions'));
    expect(JSON.parse(post[1].body as string)).toEqual({ version: 3, to: 'submitted', report: { summary: 'Đã giải ngân 100%', attachmentIds: ['a1'] } });
    // Typing and an upload through user-event are slow on a loaded machine.
  }, 60_000);

  it('shows every card the API found for a search, also when only its description or source text matches', async () => {
    // The API folds diacritics and searches title, description and source text; the page must not filter its answer again.
    current = { ...board(), columns: board().columns.map((c) => (c.key === 'not_started' ? { ...c, count: 1, cards: [card({ title: 'Đẩy nhanh tiến độ dự án' })] } : c)) };
    serve();
    renderBoard('ubnd', null);
    const shown = await screen.findAllByTestId('board-card');
    expect(shown).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Tìm kiếm'), { target: { value: 'quang ninh' } });
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url.startsWith('/api/board') && url.includes('q=quang+ninh'))).toBe(true));
    expect(await screen.findByText('Đẩy nhanh tiến độ dự án')).toBeInTheDocument();
    expect(screen.getAllByTestId('board-card')).toHaveLength(1);
  });

  it('sends the category to the API and shows its counts, which cover cards beyond the first page', async () => {
    current = { ...board(), columns: board().columns.map((c) => (c.key === 'not_started' ? { ...c, count: 120, cards: [card({ category: 'open_overdue', dueDate: '2020-01-01' })] } : { ...c, count: 0, cards: [] })) };
    serve();
    renderRoutes([{ path: '/board', element: <BoardPage /> }], { path: '/board?category=open_overdue', session: fakeSession(sessionUser('ubnd', { departmentId: null })) });
    await screen.findByTestId('board-card');
    expect(fetchCall(fetchMock, ([url]) => url.startsWith('/api/board'))[0]).toContain('category=open_overdue');
    expect(within(column('Chưa bắt đầu')).getByLabelText('120 nhiệm vụ')).toBeInTheDocument();
  });

  it('draws swimlanes by item from one board request', async () => {
    const lane = (key: string, title: string, cards: BoardCard[]) => ({ key, title, columns: board().columns.map((c) => ({ ...c, count: c.key === 'not_started' ? cards.length : 0, cards: c.key === 'not_started' ? cards : [] })) });
    current = { ...board(), lanes: [lane('3.1.d', '3.1.d. Đầu tư công', [card()]), lane('none', 'Không gắn mục', [card({ id: 'c2', title: 'Việc khác', itemRef: null })])] };
    serve();
    renderRoutes([{ path: '/board', element: <BoardPage /> }], { path: '/board?lanes=item', session: fakeSession(sessionUser('ubnd', { departmentId: null })) });
    expect(await screen.findByRole('region', { name: '3.1.d. Đầu tư công' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Không thuộc mục nào' })).toBeInTheDocument();
    const boardCalls = fetchMock.mock.calls.filter(([url]) => url.startsWith('/api/board'));
    expect(boardCalls).toHaveLength(1);
    expect(boardCalls[0][0]).toContain('lanes=item');
  });

  it('counts each swimlane and collapses it to its heading', async () => {
    const lane = (key: string, title: string, cards: BoardCard[]) => ({ key, title, columns: board().columns.map((c) => ({ ...c, count: c.key === 'not_started' ? cards.length : 0, cards: c.key === 'not_started' ? cards : [] })) });
    current = { ...board(), lanes: [lane('dept-1', 'Sở Tài chính', [card(), card({ id: 'c2', title: 'Việc thứ hai' })]), lane('dept-2', 'Sở Du lịch', [card({ id: 'c3', title: 'Việc du lịch' })])] };
    serve();
    const user = userEvent.setup();
    renderRoutes([{ path: '/board', element: <BoardPage /> }], { path: '/board?lanes=department', session: fakeSession(sessionUser('ubnd', { departmentId: null })) });
    const finance = await screen.findByRole('region', { name: 'Sở Tài chính' });
    expect(within(finance).getByTestId('lane-count')).toHaveAccessibleName('2 nhiệm vụ');
    expect(within(finance).getAllByTestId('board-card')).toHaveLength(2);
    await user.click(within(finance).getByRole('button', { name: 'Thu gọn Sở Tài chính' }));
    expect(within(finance).queryByTestId('board-card')).not.toBeInTheDocument();
    expect(within(finance).getByRole('button', { name: 'Mở rộng Sở Tài chính' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(screen.getByRole('region', { name: 'Sở Du lịch' })).getAllByTestId('board-card')).toHaveLength(1);
  });
});
