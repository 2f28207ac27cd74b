import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_SUPERVISION_RESPONSE_DAYS, type Role } from '@mandate/domain';
import { fetchCall, jsonResponse } from '../../../test/fetch-call';
import { renderWorkPackagePage, workPackageDetailFor, workPackageFixture } from '../../../test/work-package';

let fetchMock: jest.Mock<Promise<Response>, [string, RequestInit]>;

const serve = (role: Role) => {
  const parent = workPackageFixture({ itemRef: '3.1.d' });
  const child = workPackageFixture({ id: 'wp2', parentId: 'wp1', itemRef: '3.1.d', title: 'Giải ngân vốn giao thông', leadDepartmentId: 'sxd', status: 'not_started', progress: 0 });
  fetchMock = jest.fn(async (url: string, init: RequestInit) => {
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/work-packages' && init?.method === 'POST') return jsonResponse(201, workPackageDetailFor(role, child));
    if (path === '/api/work-packages/wp1') return jsonResponse(200, workPackageDetailFor(role, parent));
    if (path === '/api/work-packages/wp2') return jsonResponse(200, workPackageDetailFor(role, child));
    if (path === '/api/departments')
      return jsonResponse(200, { items: [{ id: 'stc', code: 'STC', name: 'Sở Tài chính', kind: 'provincial', active: true }, { id: 'sxd', code: 'SXD', name: 'Sở Xây dựng', kind: 'provincial', active: true }] });
    if (path === '/api/supervision-settings') return jsonResponse(200, DEFAULT_SUPERVISION_RESPONSE_DAYS);
    if (path === '/api/plans/p1') return jsonResponse(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Plan not found.' });
    return jsonResponse(200, { items: [], nextCursor: null });
  });
  global.fetch = fetchMock as unknown as typeof fetch;
};

describe('sub-packages from the package page', () => {
  beforeEach(() => localStorage.clear());

  it('lets the UBND create a sub-package under the same plan and item, then opens it', async () => {
    const user = userEvent.setup();
    serve('ubnd');
    const { router } = renderWorkPackagePage('ubnd');
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
    renderWorkPackagePage('department');
    expect(await screen.findByRole('heading', { name: 'Tăng cường quản lý thu ngân sách' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm nhiệm vụ con' })).not.toBeInTheDocument();
  });
});
