import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanDocumentParse } from '@mandate/domain';
import { fetchCall, jsonResponse } from '../../../test/fetch-call';
import { fakeSession, renderRoutes, sessionUser } from '../../../test/render';
import { ImportPage } from '../components/ImportPage';

const parse: PlanDocumentParse = {
  document: { number: '318/NQ-HĐND', kind: 'nghi-quyet', issuer: 'Hội đồng nhân dân tỉnh Quảng Ninh', issuedOn: '2025-12-16', title: 'Về kế hoạch phát triển kinh tế - xã hội năm 2026', planYear: 2026 },
  indicators: [
    { code: '1', group: 'economy', name: 'Tốc độ tăng trưởng GRDP', text: '', targets: [{ comparator: 'gte', value: 12.5, max: null, unit: '%', label: null }] },
    { code: '2', group: 'economy', name: 'GRDP bình quân đầu người', text: '', targets: [{ comparator: 'gt', value: 11800, max: null, unit: 'USD', label: null }] },
    { code: '9', group: 'society', name: 'Xếp hạng chỉ số', text: '', targets: [{ comparator: 'qualitative', value: null, max: null, unit: null, label: null }] },
  ],
  items: [{ ref: '3.1', title: 'Kinh tế', paragraphs: [], assignment: null, children: [{ ref: '3.1.d', title: 'Đầu tư công', paragraphs: ['a', 'b', 'c'], assignment: null, children: [] }] }],
  deadlines: [{ ref: '3.1.d', date: '2026-12-31', text: 'đến 31/12/2026' }],
  warnings: ['Bỏ qua một bảng không đọc được.'],
};

const renderPage = () =>
  renderRoutes(
    [
      { path: '/import', element: <ImportPage /> },
      { path: '/plans/:id', element: <p>plan page</p> },
      { path: '/plans/:id/breakdown', element: <p>breakdown page</p> },
    ],
    { path: '/import', session: fakeSession(sessionUser('ubnd')) },
  );

describe(ImportPage.name, () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('shows a 422 in Vietnamese only, without the API\'s English sentence', async () => {
    const apiMessage = 'The text is not a recognisable planning document (không phải văn bản kế hoạch).';
    fetchMock.mockResolvedValue(jsonResponse(422, { statusCode: 422, code: 'NOT_A_PLANNING_DOCUMENT', message: apiMessage }));
    const user = userEvent.setup();
    renderPage();

    await user.type(screen.getByLabelText('Nội dung văn bản'), 'Thực đơn nhà hàng');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không nhận ra đây là văn bản kế hoạch');
    expect(alert).not.toHaveTextContent('recognisable');
    const [url, init] = fetchCall(fetchMock, 0);
    expect(url).toBe('/api/plans/import/preview');
    expect(JSON.parse(init.body as string)).toEqual({ text: 'Thực đơn nhà hàng' });
    expect(screen.queryByRole('button', { name: 'Xác nhận nhập kế hoạch' })).not.toBeInTheDocument();
  });

  it.each([
    ['PDF_NO_TEXT_LAYER', 'Tệp PDF không có lớp văn bản'],
    ['PDF_ENCRYPTED', 'Tệp PDF được đặt mật khẩu'],
    ['DOCUMENT_UNREADABLE', 'Không đọc được tệp'],
  ])('explains a refused file (%s) in Vietnamese only, without the API sentence', async (code, vietnamese) => {
    const apiMessage = 'Tệp… / The PDF cannot be read.';
    fetchMock.mockResolvedValue(jsonResponse(422, { statusCode: 422, code, message: apiMessage, details: [{ field: 'file', message: 'x' }] }));
    const user = userEvent.setup();
    renderPage();

    await user.type(screen.getByLabelText('Nội dung văn bản'), 'Kế hoạch');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(vietnamese);
    expect(alert).not.toHaveTextContent('The PDF');
  });

  it('shows each item\'s assignment as the document writes it and names the agencies no department matches', async () => {
    const tablePlan: PlanDocumentParse = {
      ...parse,
      items: [
        { ref: 'PL.1', title: 'Xây dựng cơ sở dữ liệu', paragraphs: [], assignment: { lead: ['Sở KH&CN'], cooperating: ['Bộ Công an'], dueText: 'Quý III/2026', product: null }, children: [] },
        { ref: 'PL.2', title: 'Rà soát văn bản', paragraphs: [], assignment: { lead: ['các sở, ban, ngành'], cooperating: [], dueText: null, product: null }, children: [] },
      ],
    };
    fetchMock.mockImplementation(async (url, init) => {
      if (url === '/api/departments/match') {
        expect(JSON.parse(init.body as string)).toEqual({ names: ['Sở KH&CN', 'Bộ Công an', 'các sở, ban, ngành'] });
        return jsonResponse(200, {
          items: [
            { name: 'Sở KH&CN', departmentId: 'd1', how: 'name', group: null },
            { name: 'Bộ Công an', departmentId: null, how: 'none', group: null },
            { name: 'các sở, ban, ngành', departmentId: null, how: 'group', group: 'departments' },
          ],
        });
      }
      return jsonResponse(200, tablePlan);
    });
    const user = userEvent.setup();
    renderPage();

    await user.type(screen.getByLabelText('Nội dung văn bản'), 'Kế hoạch');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    expect(await screen.findByText(/Chủ trì: Sở KH&CN · Phối hợp: Bộ Công an · Thời hạn: Quý III\/2026/)).toBeInTheDocument();
    const unmatched = await screen.findByTestId('unmatched-agencies');
    expect(unmatched).toHaveTextContent('1 cơ quan trong văn bản chưa khớp danh mục đơn vị');
    expect(unmatched).toHaveTextContent('Bộ Công an (mục PL.1)');
    expect(unmatched).toHaveTextContent('Văn bản giao cho nhiều đơn vị cùng lúc: các sở, ban, ngành.');
    expect(unmatched).not.toHaveTextContent('Sở KH&CN');
  });

  it('shows each warning in Vietnamese beside the line of the pasted text it concerns, in document order', async () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH\nKẾ HOẠCH\nTriển khai năm 2026\n| 1 | Rà soát | Sở Tài chính | Hằng năm |';
    fetchMock.mockResolvedValue(
      jsonResponse(200, {
        ...parse,
        warnings: ['The time of item PL.1 ("Hằng năm") names no date; set its deadline by hand.', 'Date of issue not found.'],
        warningDetails: [
          { code: 'DUE_TEXT_WITHOUT_DATE', line: 4, params: { ref: 'PL.1', text: 'Hằng năm' } },
          { code: 'ISSUE_DATE_NOT_FOUND', line: 2, params: {} },
        ],
      }),
    );
    const user = userEvent.setup();
    renderPage();

    await user.type(screen.getByLabelText('Nội dung văn bản'), text.replace(/\|/g, '|'));
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    const items = await screen.findAllByTestId('parse-warning');
    expect(items.map((i) => i.getAttribute('data-line'))).toEqual(['2', '4']);
    expect(items[0]).toHaveTextContent('Dòng 2Không tìm thấy ngày ban hành.KẾ HOẠCH');
    expect(items[1]).toHaveTextContent('Thời gian của mục PL.1 ("Hằng năm") không nêu ngày cụ thể');
    expect(items[1]).toHaveTextContent('| 1 | Rà soát | Sở Tài chính | Hằng năm |');
    expect(screen.queryByText(/Date of issue/)).not.toBeInTheDocument();
  });

  it('previews the document with Vietnamese targets and dates, then imports it and opens the break-down', async () => {
    fetchMock.mockImplementation(async (url) => (url === '/api/plans' ? jsonResponse(201, { id: 'p1', number: '318/NQ-HĐND', title: 't', planYear: 2026, indicatorCount: 3, itemCount: 2 }) : jsonResponse(200, parse)));
    const user = userEvent.setup();
    const { router } = renderPage();

    await user.type(screen.getByLabelText('Nội dung văn bản'), 'NGHỊ QUYẾT');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    expect(await screen.findByText('≥ 12,5%')).toBeInTheDocument();
    expect(screen.getByText('> 11.800 USD')).toBeInTheDocument();
    expect(screen.getByText('Định tính')).toBeInTheDocument();
    expect(screen.getByText('16/12/2025')).toBeInTheDocument();
    expect(screen.getByText('31/12/2026')).toBeInTheDocument();
    expect(screen.getByText('Kinh tế (2)')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Cơ quan chủ trì (theo văn bản)' })).not.toBeInTheDocument();
    expect(screen.getAllByTestId('indicator-row')).toHaveLength(3);
    expect(screen.getAllByTestId('item-leaf')).toHaveLength(1);
    expect(screen.getByText('3 đoạn')).toBeInTheDocument();
    expect(screen.getByText('Có một điểm cần kiểm tra trong văn bản.').closest('li')).toHaveAttribute('title', 'Bỏ qua một bảng không đọc được.');

    await user.click(screen.getByRole('button', { name: 'Xác nhận nhập kế hoạch' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/p1/breakdown'));
    const post = fetchCall(fetchMock, ([url]) => url === '/api/plans');
    expect(JSON.parse(post[1].body as string)).toEqual({ text: 'NGHỊ QUYẾT' });
  });

  it('shows the agency the document names for an indicator in its own column', async () => {
    const assigned = { ...parse, indicators: [{ ...parse.indicators[0], responsible: ['Sở Tài chính', 'Các sở, ngành'] }, parse.indicators[1]] };
    fetchMock.mockImplementation(async () => jsonResponse(200, assigned));
    const user = userEvent.setup();
    renderPage();

    await user.type(screen.getByLabelText('Nội dung văn bản'), 'NGHỊ QUYẾT');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    expect(await screen.findByRole('columnheader', { name: 'Cơ quan chủ trì (theo văn bản)' })).toBeInTheDocument();
    expect(screen.getByText('Sở Tài chính; Các sở, ngành')).toBeInTheDocument();
  });

  it('explains a plan that exists already and links to it', async () => {
    fetchMock.mockImplementation(async (url, init) => {
      if (url === '/api/plans' && init.method === 'POST') return jsonResponse(409, { statusCode: 409, code: 'PLAN_EXISTS', message: 'exists' });
      if (url === '/api/plans') return jsonResponse(200, { items: [{ id: 'old-plan', number: '318/NQ-HĐND', title: 't', planYear: 2026, archived: false }] });
      return jsonResponse(200, parse);
    });
    const user = userEvent.setup();
    renderPage();

    await user.type(screen.getByLabelText('Nội dung văn bản'), 'NGHỊ QUYẾT');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await user.click(await screen.findByRole('button', { name: 'Xác nhận nhập kế hoạch' }));

    expect(await screen.findByText('Kế hoạch có cùng số hiệu đã được nhập trước đó.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Mở kế hoạch đã có' })).toHaveAttribute('href', '/plans/old-plan');
  });

  it('uploads a chosen file as multipart and names a wrong file type', async () => {
    fetchMock.mockResolvedValue(jsonResponse(415, { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'no' }));
    const user = userEvent.setup({ applyAccept: false });
    const { container } = renderPage();

    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['PNG'], 'anh.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    expect(await screen.findByText('Chỉ nhận tệp văn bản .txt (UTF-8), tệp Word .docx hoặc tệp PDF.')).toBeInTheDocument();
    const [, init] = fetchCall(fetchMock, 0);
    expect(init.body).toBeInstanceOf(FormData);
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
  });
});
