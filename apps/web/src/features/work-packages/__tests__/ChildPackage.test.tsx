import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Actor, DEFAULT_SUPERVISION_RESPONSE_DAYS, type Role, toWorkPackageDetail, type WorkPackage } from '@mandate/domain';
import { fetchCall } from '../../../test/fetch-call';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { WorkPackagePage } from '../components/WorkPackagePage';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const pkg = (over: Partial<WorkPackage> = {}): WorkPackage => ({
  id: 'wp1',
  planId: 'p1',
  itemRef: null,
  parentId: null,
  title: 'Tăng cường quản lý thu ngân sách',
  description: '',
  sourceText: null,
  leadDepartmentId: 'stc',
  cooperatingDepartmentIds: [],
  assigneeIds: [],
  startDate: null,
  dueDate: '2026-12-31',
  originalDueDate: null,
  expectedOutput: null,
  status: 'in_progress',
  progress: 40,
  priority: 'normal',
  target: null,
  indicatorId: null,
  completedOn: null,
  category: 'open_on_time',
  version: 3,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  ...over,
});

const actorOf = (role: Role): Actor => ({ id: `user-${role}`, role, departmentId: role === 'department' ? 'stc' : null });

let fetchMock: jest.Mock<Promise<Response>, [string, RequestInit]>;

const serve = (role: Role) => {
  const parent = pkg({ itemRef: '3.1.d' });
  const child = pkg({ id: 'wp2', parentId: 'wp1', itemRef: '3.1.d', title: 'Giải ngân vốn giao thông', leadDepartmentId: 'sxd', status: 'not_started', progress: 0 });
  fetchMock = jest.fn(async (url: string, init: RequestInit) => {
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/work-packages' && init?.method === 'POST') return json(201, toWorkPackageDetail(actorOf(role), child));
    if (path === '/api/work-packages/wp1') return json(200, toWorkPackageDetail(actorOf(role), parent));
    if (path === '/api/work-packages/wp2') return json(200, toWorkPackageDetail(actorOf(role), child));
    if (path === '/api/departments')
      return json(200, { items: [{ id: 'stc', code: 'STC', name: 'Sở Tài chính', kind: 'provincial', active: true }, { id: 'sxd', code: 'SXD', name: 'Sở Xây dựng', kind: 'provincial', active: true }] });
    if (path === '/api/supervision-settings') return json(200, DEFAULT_SUPERVISION_RESPONSE_DAYS);
    if (path === '/api/plans/p1') return json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Plan not found.' });
    return json(200, { items: [], nextCursor: null });
  });
  global.fetch = fetchMock as unknown as typeof fetch;
};

const renderPage = (role: Role) =>
  renderRoutes([{ path: '/work-packages/:id', element: <WorkPackagePage /> }], { path: '/work-packages/wp1', session: fakeSession(sessionUser(role, role === 'department' ? { departmentId: 'stc' } : {})) });

describe('sub-packages from the package page', () => {
  beforeEach(() => localStorage.clear());

  it('lets the UBND create a sub-package under the same plan and item, then opens it', async () => {
    const user = userEvent.setup();
    serve('ubnd');
    const { router } = renderPage('ubnd');
    await user.click(await screen.findByRole('button', { name: 'Thêm nhiệm vụ con' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhiệm vụ con của: Tăng cường quản lý thu ngân sách' });
    const create = screen.getByRole('button', { name: 'Tạo nhiệm vụ con' });
    expect(create).toBeDisabled();
    await user.type(screen.getByLabelText(/^Tên/), 'Giải ngân vốn giao thông');
    await user.click(screen.getAllByLabelText(/^Đơn vị chủ trì/)[0]);
    await user.click(await screen.findByRole('option', { name: 'Sở Xây dựng' }));
    await user.click(create);

    await waitFor(() => expect(router.state.location.pathname).toBe('/work-packages/wp2'));
    const [, init] = fetchCall(fetchMock, ([url, i]) => url.endsWith('/api/work-packages') && i?.method === 'POST');
    expect(JSON.parse(String(init.body))).toEqual({ planId: 'p1', itemRef: '3.1.d', parentId: 'wp1', title: 'Giải ngân vốn giao thông', leadDepartmentId: 'sxd', dueDate: '2026-12-31', expectedOutput: null });
    expect(dialog).not.toBeInTheDocument();
  }, 60_000);

  it('offers no sub-package to a department, which may not create packages', async () => {
    serve('department');
    renderPage('department');
    expect(await screen.findByRole('heading', { name: 'Tăng cường quản lý thu ngân sách' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm nhiệm vụ con' })).not.toBeInTheDocument();
  });
});
