import { APIRequestContext, expect as baseExpect, Locator, Page, test, TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiHeaders, importSamplePlan } from '../../support/api';
import { resetPlansAndPackages, sql } from '../../support/database';
import { signIn, snap } from '../../support/screens';

// Each home waits on several API calls; on a machine shared by parallel builds they can take longer than the default 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const KIND_VI: Record<string, string> = { kien_nghi: 'Kiến nghị giám sát', chat_van: 'Chất vấn', yeu_cau_bao_cao: 'Yêu cầu báo cáo' };

/** The most lines a department's name takes in league rows: one or two, not a word a line in a squeezed column. */
async function mostLinesOfDepartmentName(rows: Locator): Promise<number> {
  const lines = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const range = document.createRange();
      range.selectNodeContents(tr.children[2]);
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    }),
  );
  return Math.max(...lines);
}

async function getJson(request: APIRequestContext, user: string, path: string): Promise<Json> {
  const response = await request.get(path, { headers: await apiHeaders(request, user) });
  expect(response.ok()).toBe(true);
  return (await response.json()) as Json;
}

async function post(request: APIRequestContext, user: string, path: string, data: Json, method: 'post' | 'put' = 'post'): Promise<Json> {
  const response = await request[method](path, { headers: await apiHeaders(request, user), data });
  if (!response.ok()) throw new Error(`${path} as ${user} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as Json;
}

/**
 * The sample plan with a little of everything a home shows: a completion report waiting, an extension request, a blocked
 * package, one overdue, and supervision requests to Sở Tài chính and to the UBND (one of them past its deadline).
 */
async function preparePlan(request: APIRequestContext): Promise<{ planId: string; stc: string }> {
  await resetPlansAndPackages();
  const planId = await importSamplePlan(request);
  await post(request, 'ubnd', `/api/plans/${planId}/completion-rules`, { evidenceRequired: false }, 'put');
  const departments = (await getJson(request, 'ubnd', '/api/departments')).items as Json[];
  const stc = departments.find((d) => d.code === 'STC')?.id as string;
  // The list runs in due-date order; only packages due before the extension's new date can be extended to it.
  const own = ((await getJson(request, 'so-tai-chinh', `/api/work-packages?planId=${planId}&departmentId=${stc}&limit=100`)).items as Json[]).filter(
    (p) => typeof p.dueDate === 'string' && p.dueDate < '2027-03-31',
  );
  expect(own.length).toBeGreaterThanOrEqual(4);
  const [submitted, extended, blocked, overdue] = own;
  for (const p of [submitted, blocked]) await post(request, 'so-tai-chinh', `/api/work-packages/${p.id}/transitions`, { to: 'in_progress' });
  await post(request, 'so-tai-chinh', `/api/work-packages/${submitted.id}/transitions`, { to: 'submitted', report: { summary: 'Đã hoàn thành, gửi báo cáo kết quả.' } });
  await post(request, 'so-tai-chinh', `/api/work-packages/${blocked.id}/transitions`, { to: 'blocked', reason: 'Chờ hướng dẫn của Bộ Tài chính' });
  await post(request, 'so-tai-chinh', `/api/work-packages/${extended.id}/extensions`, { requestedDueDate: '2027-03-31', reason: 'Chờ số liệu quyết toán năm' });
  // A deadline already past cannot be set through the API.
  await sql(`UPDATE work_packages SET due_date = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 3, original_due_date = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 3 WHERE id = $1`, [overdue.id]);

  const raise = (kind: string, subject: Json, addresseeDepartmentId: string | null) =>
    post(request, 'hdnd', '/api/supervision-requests', { kind, subject, addresseeDepartmentId, content: 'Đề nghị báo cáo tiến độ và giải pháp bảo đảm hoàn thành đúng hạn.' });
  await raise('chat_van', { type: 'work_package', id: submitted.id }, stc);
  const late = await raise('yeu_cau_bao_cao', { type: 'work_package', id: overdue.id }, stc);
  await raise('kien_nghi', { type: 'plan', id: planId }, null);
  await sql(`UPDATE supervision_requests SET due_date = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 2 WHERE id = $1`, [late.id]);
  return { planId, stc };
}

/** Screenshots at both sizes; at 390 px nothing may push the page wider than the screen. */
async function snapBoth(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await snap(page, testInfo, `${name} 1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await snap(page, testInfo, `${name} 390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function openHome(page: Page, user: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, user);
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('home-plan')).toBeVisible();
}

/** The requests block says what the API says: the count, the overdue count, each request a link to its thread. */
async function expectRequestBlock(page: Page, home: Json, title: string): Promise<void> {
  const block = page.getByTestId('home-requests');
  await expect(block.getByRole('heading', { name: title })).toBeVisible();
  await expect(block.getByTestId('home-requests-count')).toHaveText(String(home.requests.count));
  await expect(block.getByTestId('home-requests-overdue')).toHaveText(`${home.requests.overdue} quá hạn`);
  const links = block.getByRole('link', { name: /: / });
  await expect(links).toHaveCount(home.requests.items.length);
  for (const [i, r] of (home.requests.items as Json[]).entries()) {
    await expect(links.nth(i)).toHaveText(`${KIND_VI[r.kind]}: ${r.subject.title}`);
    await expect(links.nth(i)).toHaveAttribute('href', `/supervision/${r.id}`);
  }
}

test.describe('home pages', () => {
  // A plan import, a break-down and several sign-ins: longer than the default minute on a shared, loaded machine.
  test.describe.configure({ timeout: 480_000 });

  test('ubnd, so-tai-chinh and hdnd each see their blocks with the numbers of the sample plan', async ({ page, request }, testInfo) => {
    const { planId, stc } = await preparePlan(request);

    // The UBND office: what waits for its decision, the requests to answer (overdue first), who is behind.
    const ubnd = await getJson(request, 'ubnd', '/api/home');
    expect(ubnd).toMatchObject({ kind: 'ubnd', plan: { id: planId }, submitted: { count: 1 }, extensions: { count: 1 }, requests: { count: 3, overdue: 1 } });
    expect(ubnd.requests.items[0].category).toBe('open_overdue');
    await openHome(page, 'ubnd');
    await expect(page.getByTestId('home-submitted-count')).toHaveText(String(ubnd.submitted.count));
    await expect(page.getByTestId('home-extensions-count')).toHaveText(String(ubnd.extensions.count));
    await expect(page.getByTestId('home-extensions')).toContainText('31/03/2027');
    await expectRequestBlock(page, ubnd, 'Yêu cầu giám sát cần trả lời');
    const overdueRow = page.getByTestId('home-overdue-by-department').getByRole('row', { name: /Sở Tài chính/ });
    await expect(overdueRow).toContainText(String(ubnd.overdueByDepartment.find((r: Json) => r.departmentId === stc).overdue));
    await snapBoth(page, testInfo, 'ubnd home');
    await page.getByTestId('home-requests').getByRole('link', { name: /: / }).first().click();
    await expect(page).toHaveURL(new RegExp(`/supervision/${ubnd.requests.items[0].id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${KIND_VI[ubnd.requests.items[0].kind]}: ${ubnd.requests.items[0].subject.title}`);

    // Sở Tài chính: its own work and the requests addressed to it only.
    const dept = await getJson(request, 'so-tai-chinh', '/api/home');
    expect(dept).toMatchObject({ kind: 'department', departmentId: stc, overdue: { count: 1 }, blocked: { count: 1 }, requests: { count: 2, overdue: 1 } });
    expect(dept.requests.items.every((r: Json) => r.addresseeDepartmentId === stc)).toBe(true);
    await openHome(page, 'so-tai-chinh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công việc của Sở Tài chính');
    for (const block of ['overdue', 'blocked', 'due-soon', 'returned'] as const) {
      const key = { overdue: 'overdue', blocked: 'blocked', 'due-soon': 'dueSoon', returned: 'returned' }[block];
      await expect(page.getByTestId(`home-${block}-count`)).toHaveText(String(dept[key].count));
    }
    await expectRequestBlock(page, dept, 'Yêu cầu giám sát gửi đơn vị');
    await snapBoth(page, testInfo, 'so-tai-chinh home');
    await page.getByTestId('home-overdue').getByRole('link', { name: dept.overdue.items[0].title }).click();
    await expect(page).toHaveURL(new RegExp(`/work-packages/${dept.overdue.items[0].id}$`));

    // The HĐND: the plan by category (each a link to the board), the open requests, both ends of the league.
    const hdnd = await getJson(request, 'hdnd', '/api/home');
    expect(hdnd).toMatchObject({ kind: 'overview', requests: { count: 3, overdue: 1 } });
    await openHome(page, 'hdnd');
    for (const [category, n] of Object.entries(hdnd.byCategory as Record<string, number>)) {
      const card = page.getByTestId(`category-${category}`);
      if (n > 0) await expect(card.getByRole('link', { name: String(n), exact: true })).toHaveAttribute('href', `/board?plan=${planId}&category=${category}`);
      else await expect(card).toContainText('0');
    }
    await expectRequestBlock(page, hdnd, 'Yêu cầu giám sát chờ trả lời');
    await expect(page.getByTestId('home-league-top').getByTestId('league-row')).toHaveCount(hdnd.leagueTop.length);
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await mostLinesOfDepartmentName(page.getByTestId('home-league-top').getByTestId('league-row'))).toBeLessThanOrEqual(2);
    await snapBoth(page, testInfo, 'hdnd home');
    await page.getByTestId('home-requests').getByRole('link', { name: 'Mở sổ theo dõi giám sát' }).click();
    await expect(page).toHaveURL(/\/supervision$/);
  });

  test('the league page shows the requests answered on time, drills into them and downloads the same table', async ({ page, request }, testInfo) => {
    const { planId, stc } = await preparePlan(request);
    const league = await getJson(request, 'hdnd', `/api/reports/league?planId=${planId}`);
    const row = league.items.find((r: Json) => r.departmentId === stc);
    expect(row.requests).toMatchObject({ total: 2, due: 1 });

    await openHome(page, 'hdnd');
    await page.goto(`/reports/league?plan=${planId}`);
    await expect(page.getByTestId('league-rule')).toContainText('Trả lời giám sát đúng hạn');
    await expect(page.getByTestId('league-row')).toHaveCount(league.items.length);
    expect(await mostLinesOfDepartmentName(page.getByTestId('league-row'))).toBeLessThanOrEqual(2);
    const stcRow = page.getByTestId('league-row').filter({ hasText: 'Sở Tài chính' });
    await expect(stcRow.getByTestId('league-requests')).toContainText(`${row.requests.byCategory.done_on_time}/${row.requests.due}`);
    await snapBoth(page, testInfo, 'league');

    await stcRow.getByRole('button', { name: `Xem ${row.requests.total} yêu cầu giám sát gửi Sở Tài chính` }).click();
    const drawer = page.getByRole('dialog', { name: 'Sở Tài chính — yêu cầu giám sát' });
    await expect(drawer.getByRole('link', { name: /^(Chất vấn|Yêu cầu báo cáo|Kiến nghị giám sát)$/ })).toHaveCount(row.requests.total);
    await snap(page, testInfo, 'league requests drill-down');
    await page.keyboard.press('Escape');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bang-xep-hang-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Xếp hạng đơn vị');
    if (!sheet) throw new Error('no league sheet in the download');
    expect(sheet.getCell('A1').value).toBe('BẢNG XẾP HẠNG CÁC CƠ QUAN, ĐƠN VỊ THỰC HIỆN NHIỆM VỤ');
    const names = Array.from({ length: league.items.length }, (_, i) => sheet.getCell(7 + i, 2).value);
    const stcLine = 7 + names.indexOf('Sở Tài chính');
    expect([sheet.getCell(stcLine, 3).value, sheet.getCell(stcLine, 15).value, sheet.getCell(stcLine, 16).value]).toEqual([row.total, row.requests.total, row.requests.due]);
  });
});
