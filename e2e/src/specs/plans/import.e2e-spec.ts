import { expect, test } from '@playwright/test';
import { apiHeaders, importSamplePlan, SAMPLE_PLAN_FILE } from '../../support/api';
import { resetPlansAndPackages } from '../../support/database';
import { signIn, snap } from '../../support/screens';

const DISBURSEMENT = /giải ngân 100% kế hoạch vốn/i;

test.describe('plan import and break-down', () => {
  // The seed imports the sample plan; it must be gone for the import to be new.
  test.beforeEach(async () => {
    await resetPlansAndPackages();
  });

  test('the UBND imports the sample resolution, confirms the break-down and finds the 31/12/2026 disbursement package', async ({ page, request }, testInfo) => {
    await signIn(page, 'ubnd');
    await page.getByRole('navigation').getByRole('link', { name: 'Nhập kế hoạch', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Nhập kế hoạch', level: 1 })).toBeVisible();
    await snap(page, testInfo, 'import');

    await page.locator('input[type="file"]').setInputFiles(SAMPLE_PLAN_FILE);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect(page.getByRole('heading', { name: 'Về kế hoạch phát triển kinh tế - xã hội năm 2026' })).toBeVisible();
    await expect(page.getByTestId('indicator-row')).toHaveCount(21);
    await expect(page.getByTestId('item-leaf')).toHaveCount(13);
    await expect(page.getByText('318/NQ-HĐND')).toBeVisible();
    await expect(page.getByText('16/12/2025')).toBeVisible();
    await snap(page, testInfo, 'preview');

    await page.getByRole('button', { name: 'Xác nhận nhập kế hoạch' }).click();
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]+\/breakdown$/);
    const planId = /\/plans\/([0-9a-f-]+)\/breakdown/.exec(page.url())?.[1] ?? '';
    await expect(page.getByRole('heading', { name: 'Phân công nhiệm vụ', level: 1 })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('breakdown-section')).toHaveCount(13);
    // A large plan starts with its later items folded.
    const section = page.locator('[data-testid="breakdown-section"][data-item-ref="3.1.d"]');
    await section.getByRole('button', { name: 'Mở rộng' }).click();
    await expect(section.getByTestId('proposal-row').first()).toBeVisible();
    await snap(page, testInfo, 'breakdown-loaded');
    const disbursement = section.getByTestId('proposal-row').filter({ hasText: DISBURSEMENT });
    await expect(disbursement).toHaveCount(1);
    await expect(disbursement.getByLabel('Thời hạn')).toHaveValue('31/12/2026');
    await expect(disbursement.getByTestId('proposal-target')).toHaveText('≥ 100%');
    await disbursement.scrollIntoViewIfNeeded();
    await snap(page, testInfo, 'breakdown');

    await page.getByRole('button', { name: 'Xác nhận phân công' }).click();
    await expect(page.getByText(/Đã tạo \d+ nhiệm vụ, 0 nhiệm vụ không đổi/)).toBeVisible({ timeout: 20_000 });
    await expect(page).toHaveURL(new RegExp(`/plans/${planId}$`));
    const leaf = page.locator('[data-testid="item-leaf"][data-ref="3.1.d"]');
    await expect(leaf).toContainText(/[1-9]\d* nhiệm vụ/);
    await snap(page, testInfo, 'plan');

    // The package itself, through the work-package list where that endpoint is deployed.
    const headers = await apiHeaders(request, 'ubnd');
    const response = await request.get(`/api/work-packages?planId=${planId}&limit=200`, { headers });
    if (response.status() === 404) {
      testInfo.annotations.push({ type: 'skipped-check', description: 'GET /api/work-packages is not deployed; checked on the break-down page instead' });
      return;
    }
    expect(response.ok()).toBe(true);
    const { items } = (await response.json()) as { items: { itemRef?: string; title: string; dueDate: string | null }[] };
    const packages = items.filter((p) => DISBURSEMENT.test(p.title));
    expect(packages).toHaveLength(1);
    expect(packages[0].dueDate).toBe('2026-12-31');
  });

  test('the UBND splits one item into two packages for two departments on a phone, confirms, and finds both on the board', async ({ page, request }, testInfo) => {
    // The preview and the confirm of 150 proposals are CPU-bound: a shared machine needs room (not a timing check).
    test.setTimeout(180_000);
    const headers = await apiHeaders(request, 'ubnd');
    const planId = await importSamplePlan(request, { confirm: null });

    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'ubnd');
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(`/plans/${planId}/breakdown`);
    await expect(page.getByRole('heading', { name: 'Phân công nhiệm vụ', level: 1 })).toBeVisible({ timeout: 60_000 });
    const section = page.locator('[data-testid="breakdown-section"][data-item-ref="3.1.d"]');
    await section.getByRole('button', { name: 'Mở rộng' }).click();
    const rows = section.getByTestId('proposal-row').filter({ hasText: DISBURSEMENT });
    await expect(rows).toHaveCount(1);

    await rows.first().getByRole('checkbox').check();
    await section.getByRole('button', { name: 'Nhân đôi dòng' }).click();
    await expect(rows).toHaveCount(2);
    await rows.nth(0).getByLabel('Tên nhiệm vụ').fill('Tách thử: giải ngân phần Sở Tài chính');
    await rows.nth(1).getByLabel('Tên nhiệm vụ').fill('Tách thử: giải ngân phần Sở Xây dựng');
    await rows.nth(1).getByLabel('Cơ quan chủ trì').fill('Sở Xây dựng');
    await page.getByRole('option', { name: 'Sở Xây dựng', exact: true }).click();
    await rows.nth(1).getByLabel('Thời hạn').fill('30/09/2026');
    await rows.nth(1).getByLabel('Sản phẩm đầu ra').fill('Báo cáo giải ngân các dự án giao thông');
    // The page itself never scrolls sideways on a phone: the wide table scrolls inside its own box.
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await snap(page, testInfo, 'breakdown split 390');

    await page.getByRole('button', { name: 'Xác nhận phân công' }).click();
    await expect(page.getByText(/Đã tạo \d+ nhiệm vụ, 0 nhiệm vụ không đổi/)).toBeVisible({ timeout: 60_000 });
    await expect(page).toHaveURL(new RegExp(`/plans/${planId}$`));

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/board?plan=${planId}&q=${encodeURIComponent('Tách thử')}`);
    const cards = page.getByTestId('board-card');
    await expect(cards.filter({ hasText: 'phần Sở Tài chính' })).toHaveCount(1, { timeout: 20_000 });
    await expect(cards.filter({ hasText: 'phần Sở Xây dựng' })).toHaveCount(1);
    await snap(page, testInfo, 'board split');

    const { items } = (await (await request.get(`/api/work-packages?planId=${planId}&q=${encodeURIComponent('Tách thử')}`, { headers })).json()) as { items: { title: string; dueDate: string | null; expectedOutput: string | null; itemRef: string }[] };
    expect(items.map((p) => [p.itemRef, p.dueDate]).sort()).toEqual([
      ['3.1.d', '2026-09-30'],
      ['3.1.d', '2026-12-31'],
    ]);
  });
});
