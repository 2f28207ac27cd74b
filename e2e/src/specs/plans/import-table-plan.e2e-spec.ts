import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { apiHeaders } from '../../support/api';
import { resetPlansAndPackages } from '../../support/database';
import { signIn, snap } from '../../support/screens';

const HEAD = ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH', 'Số: 21/KH-UBND', 'KẾ HOẠCH', 'Triển khai chuyển đổi số năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích: đẩy mạnh chuyển đổi số.', 'II. NHIỆM VỤ', 'Các nhiệm vụ cụ thể tại Phụ lục kèm theo.', 'PHỤ LỤC', 'DANH MỤC NHIỆM VỤ'];
const ROWS = [
  ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
  ['1', 'Xây dựng cơ sở dữ liệu dùng chung của tỉnh', 'Sở KH&CN', 'Sở Tài chính', 'Quý III/2026', 'Cơ sở dữ liệu được vận hành'],
  ['2', 'Xây dựng kế hoạch bảo đảm an ninh mạng', 'Bộ Công an', 'Công an tỉnh', 'Tháng 6/2026', 'Kế hoạch được ban hành'],
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** The plan as a Word file whose tasks sit in a real table, the way a UBND office sends it. */
async function planDocx(): Promise<Buffer> {
  const table = `<w:tbl>${ROWS.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${HEAD.map(paragraph).join('')}${table}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

test.describe('importing a plan whose tasks are a table', () => {
  test.beforeEach(async () => {
    await resetPlansAndPackages();
  });

  test('the UBND imports a Word plan; each package gets the lead and deadline the table gives it', async ({ page, request }, testInfo) => {
    await signIn(page, 'ubnd');
    await page.getByRole('navigation').getByRole('link', { name: 'Nhập kế hoạch', exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'kh-21.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await planDocx() });
    await page.getByRole('button', { name: 'Xem trước' }).click();

    await expect(page.getByRole('heading', { name: 'Triển khai chuyển đổi số năm 2026' })).toBeVisible();
    await expect(page.locator('[data-testid="item-leaf"][data-ref="PL.1"]').getByTestId('item-assignment')).toContainText('Chủ trì: Sở KH&CN');
    // The ministry is not in the province's catalogue: the importer is told before confirming.
    await expect(page.getByTestId('unmatched-agencies')).toContainText('Bộ Công an (mục PL.2)');
    await snap(page, testInfo, 'preview');

    await page.getByRole('button', { name: 'Xác nhận nhập kế hoạch' }).click();
    await expect(page.getByRole('heading', { name: 'Phân công nhiệm vụ', level: 1 })).toBeVisible({ timeout: 20_000 });
    const planId = /\/plans\/([0-9a-f-]+)\/breakdown/.exec(page.url())?.[1] ?? '';
    const first = page.locator('[data-testid="breakdown-section"][data-item-ref="PL.1"]').getByTestId('proposal-row');
    await expect(first.getByLabel('Cơ quan chủ trì').first()).toHaveValue('Sở Khoa học và Công nghệ');
    await expect(first.getByTestId('lead-source')).toHaveText('Theo văn bản');
    await expect(first.getByLabel('Thời hạn')).toHaveValue('30/09/2026');
    const second = page.locator('[data-testid="breakdown-section"][data-item-ref="PL.2"]').getByTestId('proposal-row');
    await expect(second.getByTestId('lead-source')).toHaveText('Gợi ý theo nội dung');
    await expect(second.getByTestId('proposal-unmatched')).toContainText('Bộ Công an');
    await snap(page, testInfo, 'breakdown');

    await page.getByRole('button', { name: 'Xác nhận phân công' }).click();
    // The section sentence pointing at the appendix is not a package of its own: the two rows are.
    await expect(page.getByText(/Đã tạo 2 nhiệm vụ, 0 nhiệm vụ không đổi/)).toBeVisible({ timeout: 20_000 });

    const headers = await apiHeaders(request, 'ubnd');
    const departments = (await (await request.get('/api/departments', { headers })).json()) as { items: { id: string; code: string }[] };
    const list = (await (await request.get(`/api/work-packages?planId=${planId}&limit=50`, { headers })).json()) as { items: { itemRef: string; leadDepartmentId: string; dueDate: string | null }[] };
    const pkg = list.items.find((p) => p.itemRef === 'PL.1');
    expect(pkg).toMatchObject({ dueDate: '2026-09-30', leadDepartmentId: departments.items.find((d) => d.code === 'SKHCN')?.id });
  });
});
