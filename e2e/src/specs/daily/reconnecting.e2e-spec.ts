import { expect, test } from '@playwright/test';
import { signIn, snap } from '../../support/screens';

test.describe('an unreachable API', () => {
  test.setTimeout(180_000);

  test('on first load shows a reconnecting state, not the sign-in page, and gets in once the API is back', async ({ page }, testInfo) => {
    await signIn(page, 'hdnd');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Giám sát', exact: true })).toBeVisible({ timeout: 30_000 });

    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto('/supervision');
    await expect(page.getByTestId('reconnecting')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Mất kết nối tới máy chủ')).toBeVisible();
    await expect(page).toHaveURL(/\/supervision$/);
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toHaveCount(0);
    await snap(page, testInfo, 'reconnecting');

    await page.unroute('**/api/**');
    // No click: the screen retries on its own.
    await expect(page.getByRole('heading', { level: 1, name: 'Giám sát' })).toBeVisible({ timeout: 30_000 });
    await expect(page).toHaveURL(/\/supervision$/);
  });

  test('later, a gateway error keeps the user signed in with a reconnecting banner until the API answers', async ({ page }, testInfo) => {
    await signIn(page, 'ubnd');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch', exact: true })).toBeVisible({ timeout: 30_000 });

    await page.route('**/api/**', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>502 Bad Gateway</body></html>' }));
    await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await expect(page.getByTestId('connection-lost')).toBeVisible({ timeout: 30_000 });
    await expect(page).toHaveURL(/\/plans$/);
    await snap(page, testInfo, 'connection-lost');

    await page.unroute('**/api/**');
    // No click: the banner probes the API on its own every few seconds.
    await expect(page.getByTestId('connection-lost')).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeVisible({ timeout: 30_000 });
    await expect(page).toHaveURL(/\/plans$/);
  });
});
