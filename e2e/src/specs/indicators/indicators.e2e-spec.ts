import { APIRequestContext, expect, Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiHeaders, importSamplePlan } from '../../support/api';
import { resetPlansAndPackages } from '../../support/database';
import { signIn, snap } from '../../support/screens';

const REVENUE = 'Tổng thu ngân sách nhà nước trên địa bàn';

interface Indicator {
  id: string;
  code: string;
  version: number;
  targets: { id: string; status: string }[];
}

/** Imports the sample as ubnd and makes Sở Tài chính responsible for budget revenue (indicator 6); returns its id. */
async function importSample(request: APIRequestContext): Promise<string> {
  const planId = await importSamplePlan(request, { confirm: null });
  const headers = await apiHeaders(request, 'ubnd');
  const { items } = (await (await request.get(`/api/plans/${planId}/indicators`, { headers })).json()) as { items: Indicator[] };
  expect(items).toHaveLength(21);
  const revenue = items.find((i) => i.code === '6')!;
  const departments = (await (await request.get('/api/departments', { headers })).json()) as { items: { id: string; name: string }[] };
  const finance = departments.items.find((d) => d.name === 'Sở Tài chính')!;
  const patched = await request.patch(`/api/indicators/${revenue.id}`, { headers, data: { responsibleDepartmentId: finance.id, version: revenue.version } });
  expect(patched.ok()).toBe(true);
  return revenue.id;
}

/** Signs in and waits for the app to take the session, so the next navigation starts signed in. */
async function signInAs(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const revenueRow = (page: Page) => page.getByTestId('indicator-target-row').filter({ hasText: REVENUE });

test.describe('indicators', () => {
  let revenueId: string;

  test.beforeEach(async ({ request }) => {
    await resetPlansAndPackages();
    revenueId = await importSample(request);
  });

  // Three sign-ins and a plan import: more than the default minute on a busy machine.
  test.setTimeout(240_000);

  test('a department enters a quarterly estimate with a source file, the UBND confirms it, the HĐND sees the chart and the status change', async ({ page, request }, testInfo) => {
    await signInAs(page, 'hdnd');
    await page.goto('/indicators');
    await expect(page.getByTestId('indicator-target-row')).toHaveCount(34, { timeout: 60_000 });
    await expect(revenueRow(page).getByText('Chưa có số liệu')).toBeVisible();
    await page.context().clearCookies();

    await signInAs(page, 'so-tai-chinh');
    await page.goto(`/indicators/${revenueId}`);
    // The period starts at the plan year's first quarter, the one entered here.
    const form = page.locator('form[aria-label="Nhập số liệu"]');
    await expect(form.getByText('Kỳ báo cáo')).toBeVisible({ timeout: 30_000 });
    await form.getByLabel('Giá trị: > 74.000 tỷ đồng').fill('19000');
    await form.getByLabel('Nguồn số liệu').fill('Sở Tài chính, báo cáo thu ngân sách quý I');
    await form.locator('input[type="file"]').setInputFiles({ name: 'bao-cao-thu-ngan-sach-quy-1.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% Báo cáo\n') });
    await snap(page, testInfo, 'department enters the estimate');
    await form.getByRole('button', { name: 'Gửi số liệu' }).click();
    const row = page.getByTestId('measurement-row').first();
    await expect(row).toContainText('Quý I/2026');
    await expect(row).toContainText('Chờ xác nhận');
    await expect(row.getByRole('button', { name: 'bao-cao-thu-ngan-sach-quy-1.pdf' })).toBeVisible();
    await page.context().clearCookies();

    await signInAs(page, 'ubnd');
    await page.goto(`/indicators/${revenueId}`);
    await page.getByTestId('measurement-row').first().getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.getByTestId('measurement-row').first()).toContainText('Đã xác nhận');
    await snap(page, testInfo, 'ubnd confirmed');
    await page.context().clearCookies();

    const question = 'Đề nghị làm rõ nguồn thu nội địa quý I.';
    const raised = await request.post('/api/supervision-requests', { headers: await apiHeaders(request, 'hdnd'), data: { kind: 'chat_van', subject: { type: 'indicator', id: revenueId }, addresseeDepartmentId: null, content: question } });
    expect(raised.status()).toBe(201);
    await signInAs(page, 'hdnd');
    await page.goto('/indicators');
    await expect(revenueRow(page).getByText('Đúng tiến độ')).toBeVisible();
    await expect(revenueRow(page)).toContainText('19.000 tỷ đồng');
    await snap(page, testInfo, 'hdnd indicators 1440');
    await revenueRow(page).getByRole('link', { name: REVENUE }).click();
    await expect(page.getByRole('heading', { name: REVENUE })).toBeVisible();
    const chart = page.getByTestId('indicator-chart').first();
    await expect(chart.locator('.recharts-line')).toHaveCount(2);
    await expect(page.getByRole('form', { name: 'Nhập số liệu' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xác nhận' })).toHaveCount(0);
    // The HĐND's requests on the indicator are listed once (the page listed them twice, under two headings).
    await expect(page.getByText(question)).toHaveCount(1);
    await page.setViewportSize({ width: 1440, height: 900 });
    await snap(page, testInfo, 'hdnd indicator 1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, testInfo, 'hdnd indicator 390');
    await page.goto('/indicators');
    await expect(revenueRow(page)).toBeVisible();
    await snap(page, testInfo, 'hdnd indicators 390');
  });

  test('a package names the indicator it serves (both pages link), the indicators table downloads', async ({ page, request }, testInfo) => {
    const headers = await apiHeaders(request, 'ubnd');
    const { items: plans } = (await (await request.get('/api/plans', { headers })).json()) as { items: { id: string }[] };
    const departments = (await (await request.get('/api/departments', { headers })).json()) as { items: { id: string; name: string }[] };
    const finance = departments.items.find((d) => d.name === 'Sở Tài chính')!;
    const title = 'Tăng cường quản lý, chống thất thu ngân sách';
    const created = await request.post('/api/work-packages', { headers, data: { planId: plans[0].id, title, leadDepartmentId: finance.id, dueDate: '2026-12-31' } });
    expect(created.status()).toBe(201);
    const packageId = ((await created.json()) as { id: string }).id;

    await signInAs(page, 'ubnd');
    await page.goto(`/work-packages/${packageId}`);
    await page.getByRole('button', { name: 'Sửa nhiệm vụ' }).click({ timeout: 30_000 });
    const form = page.getByRole('form', { name: 'Sửa thông tin nhiệm vụ' });
    await form.getByLabel('Chỉ tiêu phục vụ').click();
    await page.getByRole('option', { name: `6. ${REVENUE}`, exact: true }).click();
    await snap(page, testInfo, 'ubnd picks the indicator');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const link = page.getByRole('link', { name: `6. ${REVENUE}` });
    await expect(link).toBeVisible();
    // The history names the change in words, not by the indicator's id.
    await expect(page.getByTestId('history-event').first()).toContainText('Chỉ tiêu phục vụ: Không có → một chỉ tiêu của kế hoạch', { timeout: 30_000 });
    await page.setViewportSize({ width: 1440, height: 900 });
    await snap(page, testInfo, 'package serves the indicator 1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, testInfo, 'package serves the indicator 390');
    await page.setViewportSize({ width: 1440, height: 900 });

    await link.click();
    await expect(page.getByRole('heading', { name: REVENUE })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Nhiệm vụ phục vụ chỉ tiêu' }).getByRole('link', { name: title })).toBeVisible({ timeout: 30_000 });
    expect(page.url()).toContain(`/indicators/${revenueId}`);

    await page.goto('/indicators');
    await expect(page.getByTestId('indicator-target-row')).toHaveCount(34, { timeout: 60_000 });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bảng chỉ tiêu (Excel)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^chi-tieu-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Chỉ tiêu');
    if (!sheet) throw new Error('no indicators sheet in the download');
    expect(sheet.getCell('A1').value).toBe('TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU');
    // 34 targets under three group headings, from row 6.
    const codes = Array.from({ length: 37 }, (_, i) => sheet.getCell(6 + i, 1).value);
    expect(codes.filter((c) => c === 'Kinh tế' || c === 'Xã hội' || c === 'Môi trường')).toHaveLength(3);
    await snap(page, testInfo, 'indicators page with download 1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, testInfo, 'indicators page with download 390');
  });
});
