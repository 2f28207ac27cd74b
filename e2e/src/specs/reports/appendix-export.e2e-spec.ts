import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiHeaders, importSamplePlan } from '../../support/api';
import { resetPlansAndPackages } from '../../support/database';
import { signIn, snap } from '../../support/screens';

// What the appendix must print for each category: the test's own oracle, written out (e2e does not import the domain).
const CATEGORY_VI: Record<string, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  open_on_time: 'Đang thực hiện trong hạn',
  open_overdue: 'Chưa hoàn thành, quá hạn',
  not_started: 'Chưa thực hiện',
  no_deadline: 'Không thời hạn',
  cancelled: 'Đã hủy',
};

const mentionsDisbursement = (title: string): boolean => /giải ngân/i.test(title.normalize('NFC'));

interface Pkg {
  id: string;
  title: string;
  dueDate: string | null;
  leadDepartmentId: string;
  category: string;
}

test.describe('reports', () => {
  let planId: string;
  let headers: Record<string, string>;
  // Importing and breaking down the whole sample resolution takes a while on a loaded machine; both tests share it.
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async ({ request }) => {
    test.setTimeout(180_000);
    await resetPlansAndPackages();
    planId = await importSamplePlan(request);
    headers = await apiHeaders(request, 'ubnd');
  });

  test('downloads the appendix of the sample plan and finds the 31/12/2026 disbursement row with its lead and category', async ({ page, request }, testInfo) => {
    const packages: Pkg[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const res = await request.get('/api/work-packages', { headers, params: { planId, limit: 200, ...(cursor ? { cursor } : {}) } });
      const body = (await res.json()) as { items: Pkg[]; nextCursor: string | null };
      packages.push(...body.items);
      cursor = body.nextCursor;
    }
    const disbursement = packages.find((p) => p.dueDate === '2026-12-31' && mentionsDisbursement(p.title));
    expect(disbursement, 'the sample plan has a disbursement package due 31/12/2026').toBeTruthy();
    const departments = (await (await request.get('/api/departments', { headers })).json()) as { items: { id: string; name: string }[] };
    const lead = departments.items.find((d) => d.id === disbursement?.leadDepartmentId)?.name;

    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'ubnd');
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(`/reports?plan=${planId}`);
    await expect(page.getByRole('heading', { name: 'Báo cáo', exact: true })).toBeVisible({ timeout: 30_000 });
    // An empty filter says it takes everything, as on the board.
    await expect(page.getByRole('combobox', { name: 'Đơn vị chủ trì' })).toHaveAttribute('placeholder', 'Tất cả');
    await expect(page.getByRole('combobox', { name: 'Phân loại' })).toHaveAttribute('placeholder', 'Tất cả');
    await snap(page, testInfo, 'reports-1440');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải phụ lục Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('PHỤ LỤC');

    const rows: { title: string; lead: unknown; due: unknown; category: unknown }[] = [];
    sheet.eachRow((row, n) => {
      if (n < 7) return;
      rows.push({ title: String(row.getCell(2).value ?? ''), lead: row.getCell(3).value, due: row.getCell(6).value, category: row.getCell(10).value });
    });
    const found = rows.find((r) => r.title === disbursement?.title && r.due instanceof Date && r.due.toISOString().startsWith('2026-12-31'));
    expect(found, 'the disbursement row is in the appendix').toBeTruthy();
    expect(found?.lead).toBe(lead);
    expect(found?.category).toBe(CATEGORY_VI[(disbursement as Pkg).category]);
    const dueCell = sheet.getRow(7 + rows.indexOf(found as (typeof rows)[number])).getCell(6);
    expect(dueCell.numFmt).toBe('dd/mm/yyyy');

    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    await expect(page.getByText(/Số liệu tính đến ngày \d{2}\/\d{2}\/2026/)).toBeVisible();
    await snap(page, testInfo, 'periodic-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, testInfo, 'reports-390');
  });

  test('the public page shows a published plan without a session and no personal data, and is gone once unpublished', async ({ page, request, browser }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'ubnd');
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(`/reports?plan=${planId}`);
    const publicSwitch = page.getByLabel('Công khai kế hoạch này');
    await expect(publicSwitch).toBeEnabled({ timeout: 30_000 });
    await publicSwitch.click();
    await expect(page.getByText(/Đang công khai từ/)).toBeVisible();

    const visitor = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 390, height: 844 } });
    const anonymous = await visitor.newPage();
    await anonymous.goto(`/public/plans/${planId}`);
    await expect(anonymous.getByText(/Tổng số nhiệm vụ: \d+/)).toBeVisible();
    await snap(anonymous, testInfo, 'public-390');
    const html = await anonymous.content();
    const api = await (await visitor.request.get(`/api/public/plans/${planId}`)).text();
    const users = (await (await request.get('/api/users', { headers: await apiHeaders(request, 'admin') })).json()) as { items: { username: string; displayName: string }[] };
    for (const text of [html, api]) {
      for (const user of users.items) {
        expect(text).not.toContain(user.displayName);
        expect(text).not.toContain(`"${user.username}"`);
      }
      expect(text).not.toContain('/api/attachments');
    }

    await expect(publicSwitch).toBeEnabled();
    await publicSwitch.click();
    await expect(page.getByText('Kế hoạch chưa được công khai.')).toBeVisible();
    expect((await visitor.request.get(`/api/public/plans/${planId}`)).status()).toBe(404);
    await anonymous.reload();
    await expect(anonymous.getByText('Kế hoạch này không được công khai.')).toBeVisible();
    await visitor.close();
  });
});
