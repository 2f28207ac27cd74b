import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resetPlansAndPackages } from '../../support/database';
import { SamplePages, sampleWithSupervision } from '../../support/sample-plan';
import { signIn, snap } from '../../support/screens';

const LOCALES = join(__dirname, '..', '..', '..', '..', 'apps', 'web', 'src', 'locales');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const ROLES = ['admin', 'ubnd', 'hdnd', 'so-tai-chinh'];

type Messages = { [key: string]: string | Messages };
const flatten = (node: Messages, prefix = ''): [string, string][] =>
  Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

/**
 * The English UI's own words that would give English away in the Vietnamese UI: every English string that differs
 * from its Vietnamese one, longer than a couple of characters; of a string with placeholders, its longer literal parts.
 */
function englishPhrases(): string[] {
  const vi = new Map(flatten(JSON.parse(readFileSync(join(LOCALES, 'vi.json'), 'utf8')) as Messages));
  const phrases = new Set<string>();
  for (const [key, en] of flatten(JSON.parse(readFileSync(join(LOCALES, 'en.json'), 'utf8')) as Messages)) {
    if (vi.get(key) === en) continue;
    const parts = en.includes('{{') ? en.split(/\{\{[^}]*\}\}/).map((p) => p.trim()).filter((p) => p.length >= 8) : [en.trim()];
    for (const part of parts) if (part.length > 3 && /[A-Za-z]{3}/.test(part) && !vi.has(part)) phrases.add(part);
  }
  return [...phrases];
}

const PHRASES = englishPhrases();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO = /\b\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What of the visible text reads as English, a raw id or an ISO date/time. */
function leaks(text: string): string[] {
  const found = PHRASES.filter((p) => text.includes(p) && new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, 'u').test(text)).map((p) => `English: "${p}"`);
  const uuid = UUID.exec(text);
  if (uuid) found.push(`raw id: ${uuid[0]}`);
  const iso = ISO.exec(text);
  if (iso) found.push(`ISO date: ${iso[0]}`);
  return found;
}

const shotName = (path: string): string => path.replace(/[0-9a-f-]{36}/g, 'id').replace(/[/?=]+/g, '_');

/** Waits for the page's heading (or its refusal, for a record the role may not read) and for its loaders and skeletons to go. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('main').getByRole('heading').or(page.locator('main').getByRole('alert')).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('main .mantine-Loader-root, main .mantine-Skeleton-root')).toHaveCount(0, { timeout: 30_000 });
}

/** Every section in the role's navigation, and the pages of one package, plan, indicator and supervision request. */
async function pagesOf(page: Page, sample: SamplePages): Promise<string[]> {
  await expect(page.getByRole('navigation').getByRole('link').first()).toBeVisible({ timeout: 30_000 });
  const sections = await page.getByRole('navigation').getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const details = [
    `/plans/${sample.planId}`,
    `/work-packages/${sample.packageId}`,
    `/indicators/${sample.indicatorId}`,
    `/supervision/${sample.supervisionRequestId}`,
    '/reports/league',
    '/deadlines?tab=calendar',
    '/deadlines?tab=timeline',
  ];
  if (sections.includes('/import')) details.push(`/plans/${sample.planId}/breakdown`);
  return [...new Set([...sections, ...details])];
}

test.describe('every page, every role', () => {
  // Four roles by some fifteen pages at two widths on a shared machine.
  test.setTimeout(900_000);
  let sample: SamplePages;

  test.beforeAll(async ({ request }) => {
    await resetPlansAndPackages();
    sample = await sampleWithSupervision(request);
  });

  for (const username of ROLES) {
    test(`${username}: no English, raw id or ISO date in Vietnamese, and no sideways scrolling at 390 px`, async ({ page }, testInfo) => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, username);
      const problems: string[] = [];
      for (const path of await pagesOf(page, sample)) {
        await page.setViewportSize(DESKTOP);
        await page.goto(path);
        await settle(page);
        for (const leak of leaks(await page.locator('body').innerText())) problems.push(`${path}: ${leak}`);
        if (username === 'ubnd') await snap(page, testInfo, `${shotName(path)}-1440x900`);

        await page.setViewportSize(PHONE);
        await settle(page);
        const widths = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
        if (widths.scroll > widths.inner) problems.push(`${path}: ${widths.scroll} px wide at ${widths.inner} px`);
        if (username === 'ubnd') await snap(page, testInfo, `${shotName(path)}-390x844`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('a record that does not exist is named in Vietnamese words with a way back, not a generic error', async ({ page }) => {
    const missing = '7d0e8a8e-1c2b-4d5e-8f90-123456789abc';
    await signIn(page, 'ubnd');
    await expect(page.getByRole('navigation').getByRole('link').first()).toBeVisible({ timeout: 30_000 });
    for (const [path, back] of [
      [`/work-packages/${missing}`, 'Về bảng nhiệm vụ'],
      [`/plans/${missing}`, 'Kế hoạch'],
      [`/indicators/${missing}`, 'Chỉ tiêu'],
      [`/supervision/${missing}`, 'Giám sát'],
    ]) {
      await page.goto(path);
      const main = page.locator('main');
      await expect(main.getByRole('heading', { name: 'Không tìm thấy', level: 1 })).toBeVisible({ timeout: 30_000 });
      await expect(main.getByText('Không tìm thấy dữ liệu yêu cầu. Có thể nó đã bị xóa.')).toBeVisible();
      await expect(main.getByText(/Có lỗi xảy ra|not found/i)).toHaveCount(0);
      await expect(main.getByRole('link', { name: back, exact: true })).toBeVisible();
    }
  });
});
