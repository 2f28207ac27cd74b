import { APIRequestContext, expect as baseExpect, Page, test } from '@playwright/test';
import { apiHeaders, importSamplePlan } from '../../support/api';
import { resetPlansAndPackages } from '../../support/database';
import { signIn, snap } from '../../support/screens';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const MAIL_DOMAIN = 'demo.mandate.test';
// Each page waits on several API calls; on a machine shared by parallel builds they can take longer than the default 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });

interface CaughtMail {
  to: string[];
  subject: string | null;
  text: string;
}

/** Imports and breaks down the sample plan as ubnd; returns the package "giải ngân 100% ... đến 31/12/2026". */
async function disbursementPackage(request: APIRequestContext): Promise<{ id: string; title: string }> {
  const planId = await importSamplePlan(request);
  const headers = await apiHeaders(request, 'ubnd');
  const found = await request.get(`/api/work-packages?planId=${planId}&q=${encodeURIComponent('giai ngan 100%')}&dueFrom=2026-12-31&dueTo=2026-12-31`, { headers });
  const items = ((await found.json()) as { items: { id: string; title: string; dueDate: string }[] }).items;
  const target = items.find((p) => /31\/12\/2026/.test(p.title)) ?? items[0];
  if (!target) throw new Error('the sample plan has no 31/12/2026 disbursement package');
  return target;
}

async function caughtMail(request: APIRequestContext): Promise<CaughtMail[]> {
  const headers = await apiHeaders(request, 'admin');
  return ((await (await request.get('/api/dev/mail', { headers })).json()) as { items: CaughtMail[] }).items;
}

/** Which step an e-mail subject announces (apps/api/src/modules/supervision/supervision-texts.ts). */
const STEP_OF: [string, RegExp][] = [
  ['raised', /^HĐND gửi /],
  ['answered', /^Đã có trả lời/],
  ['reopened', /^HĐND đề nghị trả lời bổ sung/],
  ['closed', /^HĐND đã kết thúc/],
];

/** A date some days ahead, as the UI takes it (dd/mm/yyyy in Hà Nội). */
const daysAheadVi = (days: number): string => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(Date.now() + days * 86_400_000));

async function signOutAndIn(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, username);
  await expect(page.getByRole('navigation')).toBeVisible();
}

test.describe('supervision requests', () => {
  // Seven sign-ins, a plan import and a break-down: longer than the default minute on a shared, loaded machine.
  test.describe.configure({ timeout: 480_000 });

  // hdnd raises a chất vấn on the 31/12/2026 disbursement package, Sở Tài chính answers with a file, hdnd asks for more, then closes it.
  test('chất vấn on the disbursement package', async ({ page, request }, testInfo) => {
    await resetPlansAndPackages();
    const pkg = await disbursementPackage(request);

    await signIn(page, 'hdnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto(`/work-packages/${pkg.id}`);
    const section = page.getByRole('region', { name: 'Yêu cầu giám sát' });
    await expect(section).toBeVisible();
    await expect(section.getByText('Chưa có yêu cầu giám sát nào.')).toBeVisible();
    await section.getByRole('button', { name: 'Gửi yêu cầu giám sát' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gửi yêu cầu giám sát' });
    await expect(dialog.getByLabel('Loại yêu cầu')).toHaveValue('Chất vấn');
    await dialog.getByLabel('Gửi đến (nơi trả lời)').click();
    await page.getByRole('option', { name: 'Sở Tài chính', exact: true }).click();
    await dialog.getByLabel('Nội dung').fill('Đề nghị Sở Tài chính giải trình tiến độ giải ngân vốn đầu tư công và giải pháp bảo đảm giải ngân 100% trước 31/12/2026.');
    await expect(dialog.getByText(/Để trống: hạn mặc định \d{2}\/\d{2}\/\d{4} \(20 ngày\)/)).toBeVisible();
    await snap(page, testInfo, 'raise-dialog');
    await dialog.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Chất vấn: / })).toBeVisible();
    await expect(page.getByText('Chờ trả lời', { exact: true })).toBeVisible();
    await expect(page.getByText('Đang thực hiện trong hạn')).toBeVisible();
    const requestUrl = page.url();
    await snap(page, testInfo, 'hdnd-request');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, testInfo, 'hdnd-request-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Sở Tài chính sees it on its home page and among the requests it has to answer, and answers with a file.
    await signOutAndIn(page, 'so-tai-chinh');
    await page.goto('/');
    await expect(page.getByTestId('home-requests').getByRole('link', { name: `Chất vấn: ${pkg.title}` })).toHaveAttribute('href', new URL(requestUrl).pathname);
    await page.goto('/supervision');
    await expect(page.getByRole('heading', { level: 1, name: 'Yêu cầu giám sát cần trả lời' })).toBeVisible();
    const row = page.getByRole('table', { name: 'Danh sách yêu cầu giám sát' }).getByRole('row').filter({ hasText: 'giải trình tiến độ giải ngân' });
    await expect(row).toHaveCount(1);
    await snap(page, testInfo, 'department-to-answer');
    await row.getByRole('link', { name: 'Chất vấn' }).click();
    const answer = page.getByRole('form', { name: 'Trả lời yêu cầu' });
    await answer.getByLabel('Nội dung trả lời').fill('Đến nay đã giải ngân 62% kế hoạch vốn; Sở đã đề xuất điều chuyển vốn của các dự án chậm.');
    await answer.locator('input[type="file"]').setInputFiles({ name: 'Báo cáo giải ngân.pdf', mimeType: 'application/pdf', buffer: PDF });
    await answer.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expect(page.getByText('Đã trả lời', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /Báo cáo giải ngân\.pdf/ })).toBeVisible();
    await expect(page.getByText('Hoàn thành đúng hạn')).toBeVisible();
    await snap(page, testInfo, 'department-answered');

    // The HĐND asks for more with a new deadline.
    await signOutAndIn(page, 'hdnd');
    await page.goto(requestUrl);
    const more = page.getByRole('form', { name: 'Đề nghị trả lời bổ sung' });
    await more.getByLabel('Nội dung cần bổ sung').fill('Đề nghị bổ sung danh mục dự án chậm giải ngân và thời hạn hoàn thành từng dự án.');
    const newDue = daysAheadVi(10);
    await more.getByLabel('Hạn trả lời mới').fill(newDue);
    await more.getByRole('button', { name: 'Đề nghị trả lời bổ sung' }).click();
    await expect(page.getByText('Chờ trả lời', { exact: true })).toBeVisible();
    await expect(page.getByText(`${newDue} · Lượt 2`)).toBeVisible();

    await signOutAndIn(page, 'so-tai-chinh');
    await page.goto(requestUrl);
    await page.getByRole('form', { name: 'Trả lời yêu cầu' }).getByLabel('Nội dung trả lời').fill('Danh mục 12 dự án chậm giải ngân kèm thời hạn hoàn thành.');
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expect(page.getByText('Đã trả lời', { exact: true })).toBeVisible();

    await signOutAndIn(page, 'hdnd');
    await page.goto(requestUrl);
    await page.getByRole('button', { name: 'Chấp nhận trả lời và kết thúc' }).click();
    await expect(page.getByText('Đã kết thúc', { exact: true })).toBeVisible();
    await expect(page.getByText('HĐND kết thúc yêu cầu')).toBeVisible();
    await snap(page, testInfo, 'hdnd-closed');
    await page.goto('/supervision');
    await expect(page.getByRole('table', { name: 'Danh sách yêu cầu giám sát' }).getByRole('row').filter({ hasText: 'giải trình tiến độ giải ngân' })).toHaveCount(1);
    await snap(page, testInfo, 'hdnd-inbox');

    // Each party's mail: the addressee hears of the request, the asking for more and the closing; the HĐND of each answer; the UBND office of every step.
    const requestId = new URL(requestUrl).pathname.split('/').pop() ?? '';
    const received = (mails: CaughtMail[], username: string): string[] =>
      mails
        .filter((m) => m.to.includes(`${username}@${MAIL_DOMAIN}`) && m.text.includes(`/supervision/${requestId}`))
        .map((m) => STEP_OF.find(([, pattern]) => pattern.test(m.subject ?? ''))?.[0] ?? `other: ${m.subject}`)
        .sort();
    await expect
      .poll(async () => {
        const mails = await caughtMail(request);
        return { department: received(mails, 'so-tai-chinh'), council: received(mails, 'hdnd'), ubnd: received(mails, 'ubnd') };
      }, { timeout: 30_000 })
      .toEqual({
        department: ['closed', 'raised', 'reopened'],
        council: ['answered', 'answered'],
        ubnd: ['answered', 'answered', 'closed', 'raised', 'reopened'],
      });
  });
});
