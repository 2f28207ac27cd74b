import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { apiHeaders, importSamplePlan } from '../../support/api';
import { resetPlansAndPackages } from '../../support/database';
import { signIn, snap } from '../../support/screens';

/** Imports the sample resolution as ubnd and confirms only the proposals led by Sở Tài chính; returns the first card of the board. */
async function importPlanForFinance(request: APIRequestContext): Promise<{ planId: string; packageId: string; title: string }> {
  const headers = await apiHeaders(request, 'ubnd');
  const departments = (await (await request.get('/api/departments', { headers })).json()) as { items: { id: string; name: string }[] };
  const finance = departments.items.find((d) => d.name === 'Sở Tài chính');
  if (!finance) throw new Error('Sở Tài chính is not in the seeded catalogue');
  const planId = await importSamplePlan(request, { confirm: (p) => p.leadDepartmentId === finance.id });

  const board = (await (await request.get(`/api/board?planId=${planId}&groupBy=status`, { headers })).json()) as { columns: { key: string; cards: { id: string; title: string }[] }[] };
  const first = board.columns.find((c) => c.key === 'not_started')?.cards[0];
  if (!first) throw new Error('the confirmed packages are not on the board');
  return { planId, packageId: first.id, title: first.title };
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const FIRST_LOAD_MS = 30_000;

test.describe('work package board', () => {
  let target: { planId: string; packageId: string; title: string };

  test.beforeEach(async ({ request }) => {
    test.setTimeout(150_000);
    await resetPlansAndPackages();
    target = await importPlanForFinance(request);
  });

  test('a department starts and reports its package, the UBND approves it, HĐND only reads', async ({ page }, testInfo) => {
    const cardIn = (name: string) => column(page, name).locator(`[data-card-id="${target.packageId}"]`);

    await signIn(page, 'so-tai-chinh');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto(`/board?plan=${target.planId}`);
    // A first load waits longer than a step: the suite may share the machine with other jobs (not a timing check).
    await expect(cardIn('Chưa bắt đầu')).toBeVisible({ timeout: FIRST_LOAD_MS });
    await snap(page, testInfo, 'department-board');

    // Real mouse drag: only "Đang thực hiện" accepts the card while it is held.
    const card = cardIn('Chưa bắt đầu');
    const to = column(page, 'Đang thực hiện');
    await card.hover();
    await page.mouse.down();
    const box = await to.boundingBox();
    if (!box) throw new Error('the in-progress column has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + 40, { steps: 8 });
    await expect(to).toHaveAttribute('data-drop', 'accept');
    await expect(column(page, 'Hoàn thành')).toHaveAttribute('data-drop', 'disabled');
    await snap(page, testInfo, 'dragging');
    await page.mouse.up();
    await expect(cardIn('Đang thực hiện')).toBeVisible();
    await expect(page.getByText(/Đã chuyển .* sang “Đang thực hiện”/)).toBeVisible();
    await snap(page, testInfo, 'after-drag');

    // The keyboard path: the card's menu offers exactly the moves the workflow allows the lead.
    await cardIn('Đang thực hiện').getByRole('button', { name: /^Chuyển trạng thái:/ }).click();
    await expect(page.getByRole('menuitem')).toHaveText(['Vướng mắc', 'Chờ duyệt hoàn thành']);
    await page.getByRole('menuitem', { name: 'Chờ duyệt hoàn thành' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Nội dung báo cáo hoàn thành/).fill('Đã hoàn thành nhiệm vụ, báo cáo kết quả gửi UBND tỉnh.');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'Bien ban nghiem thu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await snap(page, testInfo, 'completion-report-dialog');
    await dialog.getByRole('button', { name: 'Gửi báo cáo hoàn thành' }).click();
    await expect(cardIn('Chờ duyệt hoàn thành')).toBeVisible();
    await snap(page, testInfo, 'submitted');

    await page.context().clearCookies();
    await signIn(page, 'ubnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto(`/work-packages/${target.packageId}`);
    await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();
    await expect(page.getByText('Đã hoàn thành nhiệm vụ, báo cáo kết quả gửi UBND tỉnh.', { exact: true })).toBeVisible();
    await snap(page, testInfo, 'ubnd-package');
    await page.getByRole('button', { name: 'Duyệt hoàn thành' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Xác nhận/ }).click();
    await expect(page.getByLabel('Trạng thái: Hoàn thành')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Duyệt hoàn thành' })).toHaveCount(0);
    await snap(page, testInfo, 'ubnd-approved');

    await page.context().clearCookies();
    await signIn(page, 'hdnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto(`/board?plan=${target.planId}`);
    await expect(cardIn('Hoàn thành')).toBeVisible();
    await expect(cardIn('Hoàn thành')).toContainText('Hoàn thành đúng hạn');
    await expect(page.locator('[draggable="true"]')).toHaveCount(0);
    await expect(page.getByTestId('drag-handle')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Chuyển trạng thái:/ })).toHaveCount(0);
    await snap(page, testInfo, 'hdnd-board');

    await page.goto(`/deadlines?plan=${target.planId}`);
    await expect(page.getByTestId('countdown').first()).toBeVisible();
    await expect(page.getByTestId('category-done_on_time')).toContainText('1');
    await snap(page, testInfo, 'hdnd-deadlines');
  });
});
