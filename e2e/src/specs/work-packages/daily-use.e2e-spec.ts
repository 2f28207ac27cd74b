import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { apiHeaders } from '../../support/api';
import { resetPlansAndPackages, seedLargePlan, sql } from '../../support/database';
import { signIn, snap } from '../../support/screens';

const PDF = { name: 'Bien ban nghiem thu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };
const MAIL_DOMAIN = 'demo.mandate.test';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Setup {
  id: string;
  title: string;
  dept: Record<string, string>;
}

/** A package led by Sở Tài chính, due 31/12/2026, outside any plan (so completion needs evidence), optionally started by the department. */
async function packageForFinance(request: APIRequestContext, title: string, start: boolean): Promise<Setup> {
  const headers = await apiHeaders(request, 'ubnd');
  const departments = (await (await request.get('/api/departments', { headers })).json()) as { items: { id: string; name: string }[] };
  const dept = Object.fromEntries(departments.items.map((d) => [d.name, d.id]));
  const created = await request.post('/api/work-packages', {
    headers,
    data: { title, leadDepartmentId: dept['Sở Tài chính'], cooperatingDepartmentIds: [dept['Sở Giáo dục và Đào tạo']], dueDate: '2026-12-31', expectedOutput: 'Báo cáo kết quả gửi UBND tỉnh' },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  if (start) {
    const moved = await request.post(`/api/work-packages/${id}/transitions`, { headers: await apiHeaders(request, 'so-tai-chinh'), data: { to: 'in_progress' } });
    expect(moved.status()).toBe(200);
  }
  return { id, title, dept };
}

/** `recipient | subject` of every caught e-mail that links to the package (GET /api/dev/mail, as admin). */
async function mailAbout(request: APIRequestContext, packageId: string): Promise<string[]> {
  const headers = await apiHeaders(request, 'admin');
  const { items } = (await (await request.get('/api/dev/mail', { headers })).json()) as { items: { to: string[]; subject: string | null; text: string }[] };
  return items
    .filter((m) => m.text.includes(`/work-packages/${packageId}`))
    .map((m) => `${m.to.join(', ')} | ${m.subject}`)
    .sort();
}

async function openPackage(page: Page, id: string, title: string): Promise<void> {
  await page.goto(`/work-packages/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
}

/** The package page and, when given, a dialog opened by `open`, at desktop and phone width. */
async function snapBothWidths(page: Page, testInfo: Parameters<typeof snap>[1], name: string, open?: () => Promise<void>, options?: Parameters<typeof snap>[3]): Promise<void> {
  for (const [label, size] of [['1440x900', DESKTOP], ['390x844', PHONE]] as const) {
    await page.setViewportSize(size);
    if (open) await open();
    await snap(page, testInfo, `${name}-${label}`, options);
    if (open) await page.keyboard.press('Escape');
  }
  await page.setViewportSize(DESKTOP);
}

test.describe('daily use of a package', () => {
  // Two sign-ins and screenshots at two widths per test: slower than the default on a shared machine.
  test.setTimeout(300_000);

  test.beforeEach(async ({ page }) => {
    await resetPlansAndPackages();
    await page.setViewportSize(DESKTOP);
  });

  test('the UBND edits lead and due date, and sees what another tab changed (409) before applying its own change', async ({ page, request }, testInfo) => {
    const pkg = await packageForFinance(request, 'Rà soát danh mục dự án đầu tư công', false);
    await signIn(page, 'ubnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await openPackage(page, pkg.id, pkg.title);
    await snapBothWidths(page, testInfo, 'ubnd-package');
    await snapBothWidths(page, testInfo, 'ubnd-edit-form', async () => {
      await page.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    });

    await page.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
    const form = page.getByRole('dialog');
    await form.getByRole('combobox', { name: 'Đơn vị chủ trì' }).click();
    await page.getByRole('option', { name: 'Sở Du lịch', exact: true }).click();
    await form.getByLabel('Thời hạn hoàn thành').fill('30/11/2026');
    await form.getByLabel('Thời hạn hoàn thành').press('Tab');

    // Another tab of the office saves a new due date while this form is open.
    const other = await page.context().newPage();
    await other.setViewportSize(DESKTOP);
    // The new tab is signed in by the shared refresh cookie, as a user's second tab is.
    await openPackage(other, pkg.id, pkg.title);
    await other.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
    await other.getByRole('dialog').getByLabel('Thời hạn hoàn thành').fill('15/12/2026');
    await other.getByRole('dialog').getByLabel('Thời hạn hoàn thành').press('Tab');
    await other.getByRole('dialog').getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(other.getByRole('dialog')).toHaveCount(0);
    await expect(other.getByText('15/12/2026').first()).toBeVisible();
    await other.close();

    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = form.getByRole('alert');
    await expect(conflict).toContainText('Người khác vừa lưu nhiệm vụ này');
    await expect(form.getByTestId('conflict-changes')).toContainText('Thời hạn hoàn thành: 31/12/2026 → 15/12/2026');
    await snap(page, testInfo, 'ubnd-edit-conflict');
    await form.getByRole('button', { name: 'Áp dụng thay đổi của tôi lên bản mới' }).click();
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const details = page.getByRole('main');
    await expect(details.getByText('30/11/2026').first()).toBeVisible();
    await expect(details.getByText('Sở Du lịch', { exact: true }).first()).toBeVisible();
    const read = await request.get(`/api/work-packages/${pkg.id}`, { headers: await apiHeaders(request, 'ubnd') });
    expect(await read.json()).toMatchObject({ leadDepartmentId: pkg.dept['Sở Du lịch'], dueDate: '2026-11-30', version: 3 });
    await snap(page, testInfo, 'ubnd-edited');
  });

  test('the UBND adds a child package on the package page; it shows under its parent and on the board', async ({ page, request }, testInfo) => {
    // One package of a plan (no item: the seeded plan has no parsed items), led by Sở Tài chính and due at the end of the year.
    const planId = await seedLargePlan(1, 'Sở Tài chính');
    await sql(`UPDATE work_packages SET title = 'Tăng cường quản lý thu ngân sách', item_ref = NULL, due_date = '2026-12-31' WHERE plan_id = $1`, [planId]);
    const headers = await apiHeaders(request, 'ubnd');
    const [parent] = ((await (await request.get(`/api/work-packages?planId=${planId}`, { headers })).json()) as { items: { id: string; title: string; itemRef: string }[] }).items;
    await signIn(page, 'ubnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await openPackage(page, parent.id, parent.title);

    await page.getByRole('button', { name: 'Thêm nhiệm vụ con' }).click();
    const dialog = page.getByRole('dialog', { name: `Nhiệm vụ con của: ${parent.title}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Thời hạn hoàn thành')).toHaveValue('31/12/2026');
    await dialog.getByRole('textbox', { name: 'Tên nhiệm vụ' }).fill('Giải ngân vốn các dự án giao thông');
    await dialog.getByRole('combobox', { name: 'Đơn vị chủ trì' }).click();
    await page.getByRole('option', { name: 'Sở Xây dựng', exact: true }).click();
    await snap(page, testInfo, 'ubnd-child-form');
    await dialog.getByRole('button', { name: 'Tạo nhiệm vụ con' }).click();

    // The new package opens, naming its parent; the parent lists it.
    await expect(page.getByRole('heading', { level: 1, name: 'Giải ngân vốn các dự án giao thông' })).toBeVisible({ timeout: 30_000 });
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: parent.title }).first()).toBeVisible();
    await expect(main.getByText('Sở Xây dựng', { exact: true }).first()).toBeVisible();
    const childId = /\/work-packages\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    await main.getByRole('link', { name: parent.title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: parent.title })).toBeVisible({ timeout: 30_000 });
    await expect(main.getByText('Nhiệm vụ con (1)')).toBeVisible();
    await expect(main.getByRole('link', { name: 'Giải ngân vốn các dự án giao thông' })).toHaveAttribute('href', `/work-packages/${childId}`);
    await snap(page, testInfo, 'ubnd-parent-with-child');

    // On the plan's board, as a card of its own in the same plan and item.
    await page.goto(`/board?plan=${planId}`);
    const cards = page.getByTestId('board-card');
    await expect(cards.filter({ hasText: 'Giải ngân vốn các dự án giao thông' })).toHaveCount(1, { timeout: 20_000 });
    await expect(cards.filter({ hasText: parent.title })).toHaveCount(1);
    await snap(page, testInfo, 'board-with-child');
    const child = (await (await request.get(`/api/work-packages/${childId}`, { headers })).json()) as Record<string, unknown>;
    expect(child).toMatchObject({ planId, parentId: parent.id, itemRef: parent.itemRef, leadDepartmentId: expect.any(String), dueDate: '2026-12-31', status: 'not_started' });
  });

  test('a department requests an extension and the UBND approves it; the original deadline stays shown', async ({ page, request }, testInfo) => {
    const pkg = await packageForFinance(request, 'Hoàn thiện hồ sơ khu công nghiệp', true);
    await signIn(page, 'so-tai-chinh');
    await expect(page.getByRole('navigation')).toBeVisible();
    await openPackage(page, pkg.id, pkg.title);
    await snapBothWidths(page, testInfo, 'department-package');
    await snapBothWidths(page, testInfo, 'department-edit-form', async () => {
      await page.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    });

    await page.getByRole('button', { name: 'Đề nghị gia hạn' }).click();
    const requestForm = page.getByRole('form', { name: 'Đề nghị gia hạn' });
    await requestForm.getByLabel('Thời hạn đề nghị mới').fill('31/03/2027');
    await requestForm.getByLabel('Thời hạn đề nghị mới').press('Tab');
    await requestForm.getByLabel('Lý do đề nghị gia hạn').fill('Chờ bố trí vốn đối ứng từ ngân sách trung ương.');
    await requestForm.getByRole('button', { name: 'Gửi đề nghị' }).click();
    const card = page.getByTestId('extension-request');
    await expect(card).toContainText('Chờ quyết định');
    await expect(card).toContainText('Từ 31/12/2026 đến 31/03/2027');
    await snap(page, testInfo, 'department-extension-requested');

    await page.context().clearCookies();
    await signIn(page, 'ubnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await openPackage(page, pkg.id, pkg.title);
    await card.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
    await expect(card.getByLabel('Thời hạn được gia hạn đến')).toHaveValue('31/03/2027');
    await card.getByLabel('Ý kiến (không bắt buộc)').fill('Đồng ý, đề nghị Sở hoàn thành đúng hạn mới.');
    await snap(page, testInfo, 'ubnd-extension-decision');
    await card.getByRole('button', { name: 'Xác nhận gia hạn' }).click();
    await expect(card).toContainText('Đã đồng ý');
    await expect(card).toContainText('gia hạn đến 31/03/2027');
    await expect(page.getByText('Hạn ban đầu: 31/12/2026 (đã gia hạn)')).toBeVisible();
    await expect(page.getByText('Hạn ban đầu 31/12/2026, hạn hiện hành 31/03/2027.')).toBeVisible();
    await snap(page, testInfo, 'ubnd-extension-approved');
    await expect
      .poll(() => mailAbout(request, pkg.id), { timeout: 30_000 })
      .toEqual([`so-tai-chinh@${MAIL_DOMAIN} | Chuyên viên Văn phòng UBND tỉnh đồng ý gia hạn đến 31/03/2027: ${pkg.title}`]);
  });

  test('a department cannot report completion without evidence; with a file it can', async ({ page, request }, testInfo) => {
    const pkg = await packageForFinance(request, 'Báo cáo quyết toán ngân sách năm 2025', true);
    const refused = await request.post(`/api/work-packages/${pkg.id}/transitions`, { headers: await apiHeaders(request, 'so-tai-chinh'), data: { to: 'submitted', report: { summary: 'Xong' } } });
    expect(refused.status()).toBe(422);
    expect(((await refused.json()) as { code: string }).code).toBe('EVIDENCE_REQUIRED');

    await signIn(page, 'so-tai-chinh');
    await expect(page.getByRole('navigation')).toBeVisible();
    await openPackage(page, pkg.id, pkg.title);
    await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Nội dung báo cáo hoàn thành/).fill('Đã hoàn thành báo cáo quyết toán.');
    await dialog.getByRole('button', { name: 'Gửi báo cáo hoàn thành' }).click();
    await expect(dialog.getByText('Báo cáo hoàn thành phải kèm ít nhất một tệp minh chứng.')).toBeVisible();
    await snap(page, testInfo, 'department-no-evidence');
    await expect(page.getByLabel('Trạng thái: Đang thực hiện')).toBeVisible();

    await dialog.locator('input[type="file"]').setInputFiles(PDF);
    await dialog.getByRole('button', { name: 'Gửi báo cáo hoàn thành' }).click();
    await expect(page.getByLabel('Trạng thái: Chờ duyệt hoàn thành')).toBeVisible();
    await expect(page.getByRole('button', { name: /Bien ban nghiem thu\.pdf/ }).first()).toBeVisible();

    // The UBND office hears of the submission in its bell, opens the package from it and returns it with a reason.
    await page.context().clearCookies();
    await signIn(page, 'ubnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.getByRole('button', { name: /^Thông báo: [1-9]\d* chưa đọc$/ }).click();
    await page.getByText(`Cán bộ Sở Tài chính gửi duyệt hoàn thành: ${pkg.title}`).click();
    await expect(page.getByRole('heading', { level: 1, name: pkg.title })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Trả lại' }).click();
    await page.getByRole('dialog').getByLabel('Lý do').fill('Thiếu bảng đối chiếu số dư cuối năm.');
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.getByLabel('Trạng thái: Đang thực hiện')).toBeVisible();

    // The department reads the return and its reason in its bell, at both widths.
    await page.context().clearCookies();
    await signIn(page, 'so-tai-chinh');
    await expect(page.getByRole('navigation')).toBeVisible();
    const bell = page.getByRole('button', { name: /^Thông báo: [1-9]\d* chưa đọc$/ });
    const list = page.getByRole('dialog');
    await snapBothWidths(
      page,
      testInfo,
      'department-bell-returned',
      // Opened again if a re-render right after sign-in or a resize closed it; faded in fully (opacity 0 already counts as visible).
      () =>
        expect(async () => {
          if (!(await list.isVisible())) await bell.click();
          await expect(list.getByText('Lý do: Thiếu bảng đối chiếu số dư cuối năm.')).toBeVisible({ timeout: 2_000 });
          await expect(list).toHaveCSS('opacity', '1', { timeout: 2_000 });
        }).toPass({ timeout: 30_000 }),
      { fullPage: false },
    );
    // Escape closed the list after the screenshots, or it is still fading out: open it (again) until the item can be clicked.
    await expect(async () => {
      if (!(await list.isVisible())) await bell.click();
      await list.getByText(`Chuyên viên Văn phòng UBND tỉnh trả lại, chưa duyệt hoàn thành: ${pkg.title}`).click({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1, name: pkg.title })).toBeVisible({ timeout: 30_000 });

    // Each party got its e-mail, nobody else (the co-operating Sở Giáo dục hears of neither step).
    await expect
      .poll(() => mailAbout(request, pkg.id), { timeout: 30_000 })
      .toEqual([
        `so-tai-chinh@${MAIL_DOMAIN} | Chuyên viên Văn phòng UBND tỉnh trả lại, chưa duyệt hoàn thành: ${pkg.title} — Thiếu bảng đối chiếu số dư cuối năm.`,
        `ubnd@${MAIL_DOMAIN} | Cán bộ Sở Tài chính gửi duyệt hoàn thành: ${pkg.title}`,
      ]);
  });

  test('the UBND officer who reports on the department’s behalf cannot approve it; another officer approves to 100%', async ({ page, request }, testInfo) => {
    const pkg = await packageForFinance(request, 'Tổng hợp số liệu thu ngân sách quý IV', true);
    const admin = await apiHeaders(request, 'admin');
    const username = `ubnd-duyet-${Date.now()}`;
    const created = await request.post('/api/users', { headers: admin, data: { username, displayName: 'Phó Chánh Văn phòng UBND', password: 'mot-mat-khau-dai-2026', role: 'ubnd' } });
    expect(created.status()).toBe(201);

    await signIn(page, 'ubnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await openPackage(page, pkg.id, pkg.title);
    await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Nội dung báo cáo hoàn thành/).fill('Sở Tài chính đã hoàn thành, báo cáo bằng văn bản số 12/BC-STC.');
    await dialog.locator('input[type="file"]').setInputFiles(PDF);
    await dialog.getByRole('button', { name: 'Gửi báo cáo hoàn thành' }).click();
    await expect(dialog.getByText('Vui lòng nêu lý do báo cáo thay đơn vị chủ trì.')).toBeVisible();
    await dialog.getByLabel('Lý do báo cáo thay đơn vị chủ trì').fill('Sở gửi báo cáo bằng văn bản giấy, chưa có tài khoản.');
    await dialog.getByLabel(/Người báo cáo của đơn vị/).fill('Bà Trần Thị B, Phó Giám đốc Sở');
    await snap(page, testInfo, 'ubnd-on-behalf');
    await dialog.getByRole('button', { name: 'Gửi báo cáo hoàn thành' }).click();
    await expect(page.getByLabel('Trạng thái: Chờ duyệt hoàn thành')).toBeVisible();
    await expect(page.getByText(/Văn phòng UBND báo cáo thay Sở Tài chính \(Bà Trần Thị B, Phó Giám đốc Sở\)/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Duyệt hoàn thành' })).toHaveCount(0);
    await expect(page.getByText(/không thể tự duyệt/)).toBeVisible();
    await snap(page, testInfo, 'ubnd-cannot-approve-own');
    const own = await request.post(`/api/work-packages/${pkg.id}/transitions`, { headers: await apiHeaders(request, 'ubnd'), data: { to: 'done' } });
    expect(own.status()).toBe(403);
    expect(((await own.json()) as { code: string }).code).toBe('OWN_REPORT_APPROVAL');

    await page.context().clearCookies();
    await signIn(page, username, 'mot-mat-khau-dai-2026');
    await expect(page.getByRole('navigation')).toBeVisible();
    await openPackage(page, pkg.id, pkg.title);
    await page.getByRole('button', { name: 'Duyệt hoàn thành' }).click();
    await page.getByRole('dialog').getByLabel('Ý kiến khi duyệt (không bắt buộc)').fill('Đạt yêu cầu.');
    await page.getByRole('dialog').getByRole('button', { name: /Xác nhận/ }).click();
    await expect(page.getByLabel('Trạng thái: Hoàn thành')).toBeVisible();
    await expect(page.getByText('100%', { exact: true }).first()).toBeVisible();
    await snap(page, testInfo, 'second-officer-approved');
    // The office's own report told nobody in the office; the approval reaches the lead department.
    await expect
      .poll(() => mailAbout(request, pkg.id), { timeout: 30_000 })
      .toEqual([`so-tai-chinh@${MAIL_DOMAIN} | Phó Chánh Văn phòng UBND đã duyệt hoàn thành: ${pkg.title}`]);
  });
});
