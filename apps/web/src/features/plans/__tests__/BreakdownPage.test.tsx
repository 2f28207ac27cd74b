import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProposedPackage } from '@mandate/domain';
import { fetchCall, jsonResponse } from '../../../test/fetch-call';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { BreakdownPage } from '../breakdown/BreakdownPage';

const proposal = (overrides: Partial<ProposedPackage>): ProposedPackage => ({
  itemRef: '3.1.d',
  title: 'Nhiệm vụ',
  sourceText: 'Câu gốc.',
  leadDepartmentId: 'stc',
  cooperatingDepartmentIds: [],
  dueDate: '2026-12-31',
  target: null,
  reason: 'ngân sách',
  expectedOutput: null,
  leadSource: 'content',
  agencies: [],
  breakdownKey: 'k',
  ...overrides,
});

const packages = [
  proposal({ title: 'Giải ngân 100% kế hoạch vốn', breakdownKey: 'k1', target: { comparator: 'gte', value: 100, max: null, unit: '%', label: null } }),
  proposal({ title: 'Phân bổ tăng thu', breakdownKey: 'k2', dueDate: '2026-06-30', leadDepartmentId: 'xd' }),
  proposal({ title: 'Thu hồi tạm ứng', breakdownKey: 'k3' }),
  proposal({
    itemRef: '3.2.a',
    title: 'Phát triển du lịch',
    breakdownKey: 'k4',
    leadDepartmentId: 'sdl',
    leadSource: 'document',
    expectedOutput: 'Đề án được phê duyệt',
    agencies: [
      { name: 'Sở Du lịch', departmentId: 'sdl', how: 'name', group: null },
      { name: 'Tổng cục Du lịch', departmentId: null, how: 'none', group: null },
    ],
  }),
];

const plan = {
  id: 'p1',
  number: '318/NQ-HĐND',
  title: 'Kế hoạch 2026',
  planYear: 2026,
  archived: false,
  kind: 'nghi-quyet',
  issuer: null,
  issuedOn: null,
  version: 1,
  warnings: [],
  indicators: [],
  items: [
    { ref: '3.1.d', title: 'Đầu tư công', paragraphs: [], packageCount: 0, children: [] },
    { ref: '3.2.a', title: 'Du lịch', paragraphs: [], packageCount: 0, children: [] },
  ],
  deadlines: [],
};

const departments = [
  { id: 'stc', code: 'STC', name: 'Sở Tài chính', kind: 'provincial', active: true, version: 1 },
  { id: 'xd', code: 'SXD', name: 'Sở Xây dựng', kind: 'provincial', active: true, version: 1 },
  { id: 'sdl', code: 'SDL', name: 'Sở Du lịch', kind: 'provincial', active: true, version: 1 },
];

describe(BreakdownPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (url, init) => {
      if (url === '/api/plans/p1/breakdown/preview') return jsonResponse(200, { packages });
      if (url === '/api/plans/p1/breakdown' && init.method === 'POST') return jsonResponse(201, { created: 2, unchanged: 0 });
      if (url.startsWith('/api/departments')) return jsonResponse(200, { items: departments });
      return jsonResponse(200, plan);
    });
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  const renderPage = (role: 'ubnd' | 'department' = 'ubnd') =>
    renderRoutes(
      [
        { path: '/plans/:id/breakdown', element: <BreakdownPage /> },
        { path: '/plans/:id', element: <p>plan page</p> },
      ],
      { path: '/plans/p1/breakdown', session: fakeSession(sessionUser(role)) },
    );

  it('merges and drops rows of one item, then sends only the kept rows', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();

    const section = (await screen.findAllByTestId('breakdown-section'))[0];
    expect(within(section).getByRole('heading')).toHaveTextContent('3.1.d Đầu tư công');
    expect(within(section).getByText('≥ 100%')).toBeInTheDocument();
    const rows = within(section).getAllByTestId('proposal-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByLabelText('Thời hạn')).toHaveValue('30/06/2026');

    await user.click(within(rows[0]).getByRole('checkbox'));
    await user.click(within(rows[1]).getByRole('checkbox'));
    await user.click(within(section).getByRole('button', { name: 'Gộp dòng đã chọn' }));
    expect(within(section).getAllByTestId('proposal-row')).toHaveLength(2);

    const remaining = within(section).getAllByTestId('proposal-row');
    await user.click(within(remaining[1]).getByRole('checkbox'));
    await user.click(within(section).getByRole('button', { name: 'Bỏ dòng đã chọn' }));
    expect(within(section).getAllByTestId('proposal-row')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Xác nhận phân công' }));
    expect(await screen.findByText('Đã tạo 2 nhiệm vụ, 0 nhiệm vụ không đổi')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/p1'));

    const post = fetchCall(fetchMock, ([url, init]) => url === '/api/plans/p1/breakdown' && init.method === 'POST');
    const sent = (JSON.parse(post[1].body as string) as { packages: ProposedPackage[] }).packages;
    expect(sent.map((p) => p.breakdownKey)).toEqual(['k1', 'k4']);
    expect(sent[0]).toMatchObject({ title: 'Giải ngân 100% kế hoạch vốn; Phân bổ tăng thu', leadDepartmentId: 'stc', cooperatingDepartmentIds: ['xd'], dueDate: '2026-06-30' });
    expect(sent[0]).not.toHaveProperty('rowId');
  });

  it('splits a row per department and by hand, undoes a split, and sends each split package under its own key', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    const section = (await screen.findAllByTestId('breakdown-section'))[0];
    const splitByDepartment = within(section).getByRole('button', { name: 'Tách theo cơ quan' });
    const rowsNow = () => within(section).getAllByTestId('proposal-row');

    // Row 2 has one department: nothing to split by department, but it can be duplicated.
    await user.click(within(rowsNow()[1]).getByRole('checkbox'));
    expect(splitByDepartment).toBeDisabled();
    await user.click(within(section).getByRole('button', { name: 'Nhân đôi dòng' }));
    expect(rowsNow()).toHaveLength(4);
    await user.click(within(section).getByRole('button', { name: 'Hoàn tác' }));
    expect(rowsNow()).toHaveLength(3);
    expect(within(section).getByRole('button', { name: 'Hoàn tác' })).toBeDisabled();

    // Give row 1 a co-operating department, then split it: one package for each department.
    await user.click(within(rowsNow()[0]).getAllByLabelText('Cơ quan phối hợp')[0]);
    await user.click(await screen.findByRole('option', { name: 'Sở Xây dựng' }));
    await user.click(within(rowsNow()[0]).getByRole('checkbox'));
    await user.click(splitByDepartment);
    expect(rowsNow()).toHaveLength(4);
    const copy = rowsNow()[1];
    const title = within(copy).getByLabelText('Tên nhiệm vụ');
    await user.clear(title);
    await user.type(title, 'Phần của Sở Xây dựng');
    await user.type(within(copy).getByLabelText('Sản phẩm đầu ra'), 'Báo cáo');

    await user.click(screen.getByRole('button', { name: 'Xác nhận phân công' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/p1'));
    const post = fetchCall(fetchMock, ([url, init]) => url === '/api/plans/p1/breakdown' && init.method === 'POST');
    const sent = (JSON.parse(post[1].body as string) as { packages: ProposedPackage[] }).packages;
    expect(sent.map((p) => [p.breakdownKey, p.leadDepartmentId, p.cooperatingDepartmentIds])).toEqual([
      ['k1', 'stc', []],
      ['k1~2', 'xd', []],
      ['k2', 'xd', []],
      ['k3', 'stc', []],
      ['k4', 'sdl', []],
    ]);
    expect(sent[1]).toMatchObject({ itemRef: '3.1.d', title: 'Phần của Sở Xây dựng', expectedOutput: 'Báo cáo', dueDate: '2026-12-31' });
    // Many clicks and keystrokes: room for a loaded machine.
  }, 60_000);

  it('accepts a due date typed dd/mm/yyyy and holds back a wrong one', async () => {
    const user = userEvent.setup();
    renderPage();
    const section = (await screen.findAllByTestId('breakdown-section'))[1];
    const due = within(section).getByLabelText('Thời hạn');

    await user.clear(due);
    await user.type(due, '31/02/2026');
    await user.click(screen.getByRole('button', { name: 'Xác nhận phân công' }));
    expect(await screen.findByText(/Còn 1 dòng chưa hợp lệ/)).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/plans/p1/breakdown')).toBe(false);

    await user.clear(due);
    await user.type(due, '15/9/2026');
    await user.tab();
    expect(due).toHaveValue('15/09/2026');
    await user.click(screen.getByRole('button', { name: 'Xác nhận phân công' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === '/api/plans/p1/breakdown')).toBe(true));
    const post = fetchCall(fetchMock, ([url]) => url === '/api/plans/p1/breakdown');
    const sent = (JSON.parse(post[1].body as string) as { packages: ProposedPackage[] }).packages;
    expect(sent.find((p) => p.breakdownKey === 'k4')?.dueDate).toBe('2026-09-15');
  });

  it('labels where each lead came from, names the document\'s unmatched agencies, and relabels a lead the user changes', async () => {
    const user = userEvent.setup();
    renderPage();

    const sections = await screen.findAllByTestId('breakdown-section');
    const tourism = sections.find((s) => s.getAttribute('data-item-ref') === '3.2.a');
    if (!tourism) throw new Error('no 3.2.a section');
    const expand = within(tourism).queryByRole('button', { name: 'Mở rộng' });
    if (expand) await user.click(expand);
    const row = within(tourism).getByTestId('proposal-row');
    expect(within(row).getByTestId('lead-source')).toHaveTextContent('Theo văn bản');
    expect(within(row).getByTestId('proposal-unmatched')).toHaveTextContent('Văn bản ghi "Tổng cục Du lịch": chưa khớp đơn vị nào');
    expect(within(row).getByTestId('proposal-output')).toHaveValue('Đề án được phê duyệt');
    expect(within(sections[0]).getAllByTestId('lead-source')[0]).toHaveTextContent('Gợi ý theo nội dung');

    await user.click(within(row).getAllByLabelText('Cơ quan chủ trì')[0]);
    await user.click(await screen.findByRole('option', { name: 'Sở Xây dựng' }));
    expect(within(row).getByTestId('lead-source')).toHaveTextContent('Đã chọn lại');
  });

  it('shows the 403 page to a department user', async () => {
    renderPage('department');
    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
