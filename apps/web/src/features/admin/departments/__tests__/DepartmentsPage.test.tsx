import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeSession, renderRoutes, sessionUser } from '../../../../test/render';
import type { DepartmentRecord } from '../api/departments.api';
import { DepartmentsPage } from '../components/DepartmentsPage';
import { fetchCall, jsonResponse } from '../../../../test/fetch-call';

const stc = (overrides: Partial<DepartmentRecord> = {}): DepartmentRecord => ({ id: 'd1', code: 'STC', name: 'Sở Tài chính', kind: 'provincial', active: true, version: 1, ...overrides });

const renderPage = (role: 'admin' | 'ubnd' = 'admin') =>
  renderRoutes([{ path: '/admin/departments', element: <DepartmentsPage /> }], { path: '/admin/departments', session: fakeSession(sessionUser(role)) });

describe(DepartmentsPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('shows the API field problems on the matching fields', async () => {
    fetchMock.mockImplementation(async (url, init) => {
      if (url.startsWith('/api/department-aliases')) return jsonResponse(200, { items: [] });
      if (init.method === 'POST') return jsonResponse(400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Invalid', details: [{ field: 'code', message: 'is already used', rule: 'taken' }] });
      return jsonResponse(200, { items: [stc()] });
    });
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByRole('cell', { name: 'Sở Tài chính' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Thêm đơn vị' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Mã đơn vị/), 'stc');
    await user.type(within(dialog).getByLabelText(/Tên đơn vị/), 'Sở Tài chính 2');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const code = within(dialog).getByLabelText(/Mã đơn vị/);
    await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining('«Mã» này đã được dùng.')));
    expect(code).toBeInvalid();
    expect(within(dialog).getByLabelText(/Tên đơn vị/)).not.toBeInvalid();
    const post = fetchCall(fetchMock, ([, init]) => init.method === 'POST');
    expect(JSON.parse(post[1].body as string)).toEqual({ code: 'STC', name: 'Sở Tài chính 2', kind: 'provincial' });
  });

  it('explains a 409 and reloads the record the other person saved', async () => {
    let version = 1;
    fetchMock.mockImplementation(async (url, init) => {
      if (url.startsWith('/api/department-aliases')) return jsonResponse(200, { items: [] });
      if (init.method === 'PATCH') {
        version = 2;
        return jsonResponse(409, { statusCode: 409, code: 'VERSION_CONFLICT', message: 'stale' });
      }
      return jsonResponse(200, { items: [version === 1 ? stc() : stc({ name: 'Sở Tài chính tỉnh', version: 2 })] });
    });
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Sửa: Sở Tài chính' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText(/Tên đơn vị/);
    await user.clear(name);
    await user.type(name, 'Sở Tài chính Quảng Ninh');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText('Người khác vừa thay đổi mục này. Vui lòng tải lại rồi thực hiện lại thay đổi.')).toBeInTheDocument();
    const patch = fetchCall(fetchMock, ([, init]) => init.method === 'PATCH');
    expect(patch[0]).toBe('/api/departments/d1');
    expect(JSON.parse(patch[1].body as string)).toEqual({ name: 'Sở Tài chính Quảng Ninh', kind: 'provincial', version: 1 });

    await user.click(within(dialog).getByRole('button', { name: 'Tải lại' }));

    await waitFor(() => expect(within(screen.getByRole('dialog')).getByLabelText(/Tên đơn vị/)).toHaveValue('Sở Tài chính tỉnh'));
  });

  it('deactivates with PATCH active:false, never DELETE', async () => {
    fetchMock.mockImplementation(async (url, init) =>
      url.startsWith('/api/department-aliases') ? jsonResponse(200, { items: [] }) : init.method === 'PATCH' ? jsonResponse(200, stc({ active: false, version: 2 })) : jsonResponse(200, { items: [stc()] }),
    );
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Ngừng sử dụng: Sở Tài chính' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ngừng sử dụng' }));

    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init.method === 'PATCH')).toBe(true));
    const patch = fetchCall(fetchMock, ([, init]) => init.method === 'PATCH');
    expect(JSON.parse(patch[1].body as string)).toEqual({ active: false, version: 1 });
    expect(fetchMock.mock.calls.some(([, init]) => init.method === 'DELETE')).toBe(false);
  });

  it('shows no management buttons to a role without departments.manage', async () => {
    fetchMock.mockImplementation(async (url) => jsonResponse(200, { items: url.startsWith('/api/department-aliases') ? [] : [stc()] }));
    renderPage('ubnd');

    expect(await screen.findByText('Sở Tài chính')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm đơn vị' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument();
  });

  it('adds a name documents use for a department and removes it again', async () => {
    const alias = { id: 'a1', alias: 'Sở TC', departmentId: 'd1', createdAt: '2026-12-01T00:00:00.000Z' };
    let aliases: (typeof alias)[] = [];
    fetchMock.mockImplementation(async (url, init) => {
      if (url === '/api/department-aliases' && init.method === 'POST') {
        aliases = [alias];
        return jsonResponse(201, alias);
      }
      if (url === '/api/department-aliases/a1' && init.method === 'DELETE') {
        aliases = [];
        return new Response(null, { status: 204 });
      }
      if (url.startsWith('/api/department-aliases')) return jsonResponse(200, { items: aliases });
      return jsonResponse(200, { items: [stc()] });
    });
    const user = userEvent.setup();
    renderPage();

    expect(await screen.findByText('Chưa có tên gọi nào.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Tên ghi trong văn bản'), 'Sở TC');
    await user.click(screen.getAllByLabelText('Đơn vị tương ứng')[0]);
    await user.click(await screen.findByRole('option', { name: 'Sở Tài chính' }));
    await user.click(screen.getByRole('button', { name: 'Thêm tên gọi' }));

    const post = await waitFor(() => fetchCall(fetchMock, ([url, init]) => url === '/api/department-aliases' && init.method === 'POST'));
    expect(JSON.parse(post[1].body as string)).toEqual({ alias: 'Sở TC', departmentId: 'd1' });
    await user.click(await screen.findByRole('button', { name: 'Xoá tên gọi: Sở TC' }));
    expect(await screen.findByText('Chưa có tên gọi nào.')).toBeInTheDocument();
  });
});
