import { APIRequestContext, expect as baseExpect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiHeaders, importSamplePlan } from '../../support/api';
import { resetPlansAndPackages } from '../../support/database';
import { signIn, snap } from '../../support/screens';

const HEADER = ['Mã dự án', 'Tên dự án', 'Chủ đầu tư', 'Nguồn vốn', 'Kế hoạch vốn (đồng)', 'Tháng báo cáo', 'Lũy kế giải ngân (đồng)'];
const B = 1_000_000_000;
// The machine running the suite is shared: sign-in and the first page load can take longer than the default 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });

async function workbookOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Giải ngân');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const june = [
  ['DA-01', 'Đường bao biển Hạ Long – Cẩm Phả', 'BQLDA-DTXD', 'Ngân sách tỉnh', 1_000 * B, '05/2026', 300 * B],
  ['DA-01', 'Đường bao biển Hạ Long – Cẩm Phả', 'BQLDA-DTXD', 'Ngân sách tỉnh', 1_000 * B, '06/2026', 420 * B],
  ['DA-02', 'Trường THPT chuyên Hạ Long', 'SGDDT', 'Ngân sách tỉnh', 200 * B, '06/2026', 30 * B],
  ['DA-03', 'Kè chống sạt lở sông Ka Long', 'STC', 'Ngân sách trung ương', 300 * B, '06/2026', 150 * B],
];
const july = [
  ['DA-01', 'Đường bao biển Hạ Long – Cẩm Phả', 'BQLDA-DTXD', 'Ngân sách tỉnh', 1_000 * B, '07/2026', 520 * B],
  ['DA-02', 'Trường THPT chuyên Hạ Long', 'SGDDT', 'Ngân sách tỉnh', 200 * B, '07/2026', 45 * B],
  ['DA-03', 'Kè chống sạt lở sông Ka Long', 'STC', 'Ngân sách trung ương', 300 * B, '07/2026', 190 * B],
];

/** The sample plan with only its disbursement packages confirmed, and June's figures imported through the API. */
async function planWithJune(request: APIRequestContext): Promise<{ planId: string; packageId: string }> {
  const planId = await importSamplePlan(request, { confirm: (p) => `${p.title} ${p.sourceText}`.includes('giải ngân') });
  const headers = await apiHeaders(request, 'ubnd');
  const imported = await request.post(`/api/plans/${planId}/disbursement/import`, { headers, multipart: { file: { name: 'thang-6.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbookOf(june) } } });
  expect(imported.status()).toBe(201);
  const summary = (await (await request.get(`/api/plans/${planId}/disbursement/summary`, { headers })).json()) as { workPackageId: string };
  return { planId, packageId: summary.workPackageId };
}

test.describe('disbursement', () => {
  let target: { planId: string; packageId: string };
  // Importing and breaking down the sample plan in beforeEach takes a while on a loaded machine.
  test.setTimeout(300_000);

  test.beforeEach(async ({ request }) => {
    await resetPlansAndPackages();
    target = await planWithJune(request);
  });

  // A bad workbook is refused cell by cell; the good one shows its difference, is confirmed, and the trajectory reaches the new month.
  test('the UBND imports next month’s workbook', async ({ page }, testInfo) => {
    await signIn(page, 'ubnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto(`/disbursement?plan=${target.planId}`);
    await expect(page.getByRole('heading', { name: 'Giải ngân vốn đầu tư công' })).toBeVisible();
    await expect(page.getByTestId('disbursement-latest')).toContainText('Lũy kế đến hết tháng 06/2026: 40%');
    await expect(page.getByText('1.500 tỷ đồng').first()).toBeVisible();
    await snap(page, testInfo, 'june');

    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập số liệu giải ngân từ Excel' });
    const bad = await workbookOf([['DA-01', 'Đường bao biển', 'BQLDA-DTXD', 'Ngân sách tỉnh', 1_000 * B, '07/2026', 'chưa có'], ['DA-02', 'Trường THPT', 'SGDDT', 'Ngân sách tỉnh', -5, '07/2026', 0]]);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'sai.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    await expect(dialog.getByRole('alert')).toContainText('Dòng 2, cột G: “Lũy kế giải ngân (đồng)” là chữ, không phải số');
    await expect(dialog.getByRole('alert')).toContainText('Dòng 3, cột E: “Kế hoạch vốn (đồng)” là số âm');
    await expect(dialog.getByRole('button', { name: 'Xác nhận nhập' })).toBeDisabled();
    await snap(page, testInfo, 'refused');

    await dialog.locator('input[type="file"]').setInputFiles({ name: 'thang-7.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbookOf(july) });
    const differences = dialog.getByRole('table', { name: 'Các dòng thay đổi' });
    await expect(differences.getByRole('row')).toHaveCount(4);
    await expect(differences.getByRole('row', { name: /DA-01/ })).toContainText('+100 tỷ đồng');
    await expect(dialog.getByText('Giải ngân tăng thêm: 155 tỷ đồng')).toBeVisible();
    await snap(page, testInfo, 'preview');
    await dialog.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByTestId('disbursement-latest')).toContainText('Lũy kế đến hết tháng 07/2026: 50,3%');
    const investors = page.getByRole('table', { name: 'Xếp hạng chủ đầu tư theo tỷ lệ giải ngân' });
    await expect(investors.getByRole('row').nth(1)).toContainText('Sở Tài chính');
    await expect(page.getByRole('table', { name: 'Dự án' }).getByRole('row', { name: /DA-02/ })).toContainText('Dưới mục tiêu');
    // The flag reads whole at 1440 px (its column once cut it to 'Dưới m…'), and so does the search's placeholder.
    await page.setViewportSize({ width: 1440, height: 900 });
    const flag = page.getByRole('table', { name: 'Dự án' }).getByRole('row', { name: /DA-02/ }).getByText('Dưới mục tiêu');
    expect(await flag.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const search = page.getByRole('textbox', { name: 'Tìm theo mã, tên dự án, chủ đầu tư' });
    const placeholderFits = await search.evaluate((el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return false;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      return context.measureText(el.placeholder).width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    expect(placeholderFits).toBe(true);
    await snap(page, testInfo, 'july');

    await page.goto(`/work-packages/${target.packageId}`);
    await expect(page.getByRole('region', { name: 'Giải ngân vốn đầu tư công của kế hoạch' })).toContainText('50,3%');
    await snap(page, testInfo, 'work-package');
  });

  test('a department types in its figure, the HĐND reads on a phone', async ({ page }, testInfo) => {
    await signIn(page, 'so-tai-chinh');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto(`/disbursement?plan=${target.planId}`);
    const projects = page.getByRole('table', { name: 'Dự án' });
    await expect(projects.getByRole('row', { name: /DA-01/ }).getByRole('button', { name: 'Cập nhật số liệu' })).toHaveCount(0);
    await projects.getByRole('row', { name: /DA-03/ }).getByRole('button', { name: 'Cập nhật số liệu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cập nhật số liệu giải ngân' });
    await dialog.getByRole('combobox', { name: 'Tháng' }).click();
    await page.getByRole('option', { name: '07/2026' }).click();
    await dialog.getByLabel('Lũy kế giải ngân đến hết tháng (đồng)').fill('210000000000');
    await snap(page, testInfo, 'typed-in');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('disbursement-latest')).toContainText('07/2026');
    await expect(projects.getByRole('row', { name: /DA-03/ })).toContainText('70%');

    await page.context().clearCookies();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'hdnd');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`/disbursement?plan=${target.planId}`);
    await expect(page.getByTestId('disbursement-latest')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nhập từ Excel' })).toHaveCount(0);
    await snap(page, testInfo, 'hdnd-phone');
  });
});
