import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_SUPERVISION_RESPONSE_DAYS, type IndicatorView, type Role, type WorkPackage } from '@mandate/domain';
import { fetchCall, jsonResponse } from '../../../test/fetch-call';
import { renderWorkPackagePage, workPackageDetailFor, workPackageFixture } from '../../../test/work-package';

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

let fetchMock: jest.Mock<Promise<Response>, [string, RequestInit]>;

/** The API as the page reads it: the package, its plan's indicators, and empty lists for every other section. */
const serve = (role: Role, stored: WorkPackage) => {
  fetchMock = jest.fn(async (url: string, init: RequestInit) => {
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/work-packages/wp1' && init?.method === 'PATCH') {
      const changes = JSON.parse(String(init.body)) as Partial<WorkPackage>;
      return jsonResponse(200, workPackageDetailFor(role, { ...stored, ...changes, version: stored.version + 1 }));
    }
    if (path === '/api/work-packages/wp1') return jsonResponse(200, workPackageDetailFor(role, stored));
    if (path === '/api/plans/p1/indicators') return jsonResponse(200, { asOf: '2026-07-01', items: indicators });
    if (path === '/api/departments') return jsonResponse(200, { items: [{ id: 'stc', code: 'STC', name: 'Sở Tài chính', kind: 'provincial_department', active: true }] });
    if (path === '/api/supervision-settings') return jsonResponse(200, DEFAULT_SUPERVISION_RESPONSE_DAYS);
    if (path === '/api/plans/p1') return jsonResponse(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Plan not found.' });
    return jsonResponse(200, { items: [], nextCursor: null });
  });
  global.fetch = fetchMock as unknown as typeof fetch;
};

describe('the indicator a package serves', () => {
  beforeEach(() => localStorage.clear());

  it('shows the indicator on the package page as a link to its page', async () => {
    serve('hdnd', workPackageFixture({ indicatorId: 'ind-revenue' }));
    renderWorkPackagePage('hdnd');
    const link = await screen.findByRole('link', { name: '2. Thu ngân sách nhà nước' });
    expect(link).toHaveAttribute('href', '/indicators/ind-revenue');
    expect(screen.getByText('Chỉ tiêu phục vụ')).toBeInTheDocument();
  });

  it('shows no indicator line for a package that names none, and does not load the indicators', async () => {
    serve('hdnd', workPackageFixture());
    renderWorkPackagePage('hdnd');
    expect(await screen.findByRole('heading', { name: 'Tăng cường quản lý thu ngân sách' })).toBeInTheDocument();
    expect(screen.queryByText('Chỉ tiêu phục vụ')).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/indicators'))).toBe(false);
  });

  it('lets the UBND pick an indicator of the plan in the package form and sends only that change', async () => {
    const user = userEvent.setup();
    serve('ubnd', workPackageFixture());
    renderWorkPackagePage('ubnd');
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
    serve('department', workPackageFixture());
    renderWorkPackagePage('department');
    await user.click(await screen.findByRole('button', { name: 'Sửa nhiệm vụ' }));
    const form = await screen.findByRole('form', { name: 'Sửa thông tin nhiệm vụ' });
    expect(within(form).getByLabelText('Sản phẩm đầu ra')).toBeInTheDocument();
    expect(within(form).queryAllByLabelText('Chỉ tiêu phục vụ')).toHaveLength(0);
  });
});
