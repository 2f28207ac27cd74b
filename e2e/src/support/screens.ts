import { Page, TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', 'screenshots');

/**
 * Saves what the user sees, so a person can look at every page the tests visit (e2e/screenshots, git-ignored).
 * `fullPage: false` keeps an open popover: a full-page capture resizes the view, and a popover whose anchor seems to leave it hides.
 */
export async function snap(page: Page, testInfo: TestInfo, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const file = `${testInfo.titlePath.slice(1).join(' - ')} - ${name}`.replace(/[^\p{L}\p{N} ._-]+/gu, '_').slice(0, 150);
  await page.screenshot({ path: join(DIR, `${file}.png`), fullPage });
}

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'mandate-demo';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  // the field's label opens with its name; the show/hide button beside it is named "Hiện hoặc ẩn mật khẩu"
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}
