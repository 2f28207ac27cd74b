import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Actor, DEFAULT_SUPERVISION_RESPONSE_DAYS, type IndicatorView, type Role, toWorkPackageDetail, type WorkPackage } from '@mandate/domain';
import { fetchCall } from '../../../test/fetch-call';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { WorkPackagePage } from '../components/WorkPackagePage';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const indicator = (id: string, code: string, name: string): IndicatorView => ({
  id,
  code,
  group: 'economy',
  name,
  responsibleDepartmentId: 'stc',
  accumulation: 'cumulative',
  accumulationIsDefault: true,
  version: 1,
  targets: [],
});

const indicators = [indicator('ind-revenue', '2', 'Thu ngân sách nhà nước'), indicator('ind-grdp', '1', 'Tốc độ tăng trưởng GRDP')];

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

/** The API as the page reads it: the package, its plan's indicators, and empty lists for every other section. */
const serve = (role: Role, stored: WorkPackage) => {
  fetchMock = jest.fn(async (url: string, init: RequestInit) => {
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/work-packages/wp1' && init?.method === 'PATCH') {
      const changes = JSON.parse(String(init.body)) as Partial<WorkPackage>;
      return json(200, toWorkPackageDetail(actorOf(role), { ...stored, ...changes, version: stored.version + 1 }));
    }
    if (path === '/api/work-packages/wp1') return json(200, toWorkPackageDetail(actorOf(role), stored));
    if (path === '/api/plans/p1/indicators') return json(200, { asOf: '2026-07-01', items: indicators });
    if (path === '/api/departments') return json(200, { items: [{ id: 'stc', code: 'STC', name: 'Sở Tài chính', kind: 'provincial_department', active: true }] });
    if (path === '/api/supervision-settings') return json(200, DEFAULT_SUPERVISION_RESPONSE_DAYS);
    if (path === '/api/plans/p1') return json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Plan not found.' });
    return json(200, { items: [], nextCursor: null });
  });
  global.fetch = fetchMock as unknown as typeof fetch;
};

const renderPage = (role: Role) =>
  renderRoutes([{ path: '/work-packages/:id', element: <WorkPackagePage /> }], { path: '/work-packages/wp1', session: fakeSession(sessionUser(role, role === 'department' ? { departmentId: 'stc' } : {})) });

describe('the indicator a package serves', () => {
  beforeEach(() => localStorage.clear());

  it('shows the indicator on the package page as a link to its page', async () => {
    serve('hdnd', pkg({ indicatorId: 'ind-revenue' }));
    renderPage('hdnd');
    const link = await screen.findByRole('link', { name: '2. Thu ngân sách nhà nước' });
    expect(link).toHaveAttribute('href', '/indicators/ind-revenue');
    expect(screen.getByText('Chỉ tiêu phục vụ')).toBeInTheDocument();
  });

  it('shows no indicator line for a package that names none, and does not load the indicators', async () => {
    serve('hdnd', pkg());
    renderPage('hdnd');
    expect(await screen.findByRole('heading', { name: 'Tăng cường quản lý thu ngân sách' })).toBeInTheDocument();
    expect(screen.queryByText('Chỉ tiêu phục vụ')).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/indicators'))).toBe(false);
  });

  it('lets the UBND pick an indicator of the plan in the package form and sends only that change', async () => {
    const user = userEvent.setup();
    serve('ubnd', pkg());
    renderPage('ubnd');
    await user.click(await screen.findByRole('button', { name: 'Sửa nhiệm vụ' }));
    const form = await screen.findByRole('form', { name: 'Sửa thông tin nhiệm vụ' });
    await user.click(within(form).getAllByLabelText('Chỉ tiêu phục vụ')[0]);
    await user.click(await screen.findByRole('option', { name: '1. Tốc độ tăng trưởng GRDP' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));

    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(true));
    const [, init] = fetchCall(fetchMock, ([, i]) => i?.method === 'PATCH');
    expect(JSON.parse(String(init.body))).toEqual({ indicatorId: 'ind-grdp' });
    expect(new Headers(init.headers).get('If-Match')).toBe('"3"');
    expect(await screen.findByRole('link', { name: '1. Tốc độ tăng trưởng GRDP' })).toHaveAttribute('href', '/indicators/ind-grdp');
  });

  it('does not offer the indicator to a department, which may not change it', async () => {
    const user = userEvent.setup();
    serve('department', pkg());
    renderPage('department');
    await user.click(await screen.findByRole('button', { name: 'Sửa nhiệm vụ' }));
    const form = await screen.findByRole('form', { name: 'Sửa thông tin nhiệm vụ' });
    expect(within(form).getByLabelText('Sản phẩm đầu ra')).toBeInTheDocument();
    expect(within(form).queryAllByLabelText('Chỉ tiêu phục vụ')).toHaveLength(0);
  });
});
