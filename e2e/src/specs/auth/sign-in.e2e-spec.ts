import { expect, test } from '@playwright/test';
import { signIn, snap } from '../../support/screens';

const NAVIGATION: Record<string, string[]> = {
  // 'Thư đã gửi (thử)' appears because the e2e API runs with NODE_ENV=test; a production API answers 404 and the link is left out.
  admin: ['Tổng quan', 'Kế hoạch', 'Bảng nhiệm vụ', 'Thời hạn', 'Chỉ tiêu', 'Giải ngân', 'Giám sát', 'Báo cáo', 'Nhật ký hệ thống', 'Người dùng', 'Cơ quan, đơn vị', 'Hàng đợi tác vụ', 'Thư đã gửi (thử)'],
  ubnd: ['Tổng quan', 'Kế hoạch', 'Nhập kế hoạch', 'Bảng nhiệm vụ', 'Thời hạn', 'Chỉ tiêu', 'Giải ngân', 'Giám sát', 'Báo cáo', 'Nhật ký hệ thống'],
  hdnd: ['Tổng quan', 'Kế hoạch', 'Bảng nhiệm vụ', 'Thời hạn', 'Chỉ tiêu', 'Giải ngân', 'Giám sát', 'Báo cáo', 'Nhật ký hệ thống'],
  'so-tai-chinh': ['Tổng quan', 'Kế hoạch', 'Bảng nhiệm vụ', 'Thời hạn', 'Chỉ tiêu', 'Giải ngân', 'Giám sát', 'Báo cáo'],
  'so-du-lich': ['Tổng quan', 'Kế hoạch', 'Bảng nhiệm vụ', 'Thời hạn', 'Chỉ tiêu', 'Giải ngân', 'Giám sát', 'Báo cáo'],
  'so-giao-duc': ['Tổng quan', 'Kế hoạch', 'Bảng nhiệm vụ', 'Thời hạn', 'Chỉ tiêu', 'Giải ngân', 'Giám sát', 'Báo cáo'],
};
const EVERY_SECTION = [...new Set(Object.values(NAVIGATION).flat())];

test.describe('sign-in', () => {
  for (const [username, sections] of Object.entries(NAVIGATION)) {
    test(`${username} signs in and sees the navigation of the role`, async ({ page }, testInfo) => {
      await signIn(page, username);
      const nav = page.getByRole('navigation');
      await expect(nav.getByRole('link', { name: sections[0], exact: true })).toBeVisible();
      for (const section of EVERY_SECTION) {
        await expect(nav.getByRole('link', { name: section, exact: true })).toHaveCount(sections.includes(section) ? 1 : 0);
      }
      await snap(page, testInfo, 'home');
    });
  }

  test('a wrong password shows a Vietnamese error and stays on the sign-in page', async ({ page }, testInfo) => {
    await signIn(page, 'ubnd', 'sai-mat-khau-123');
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await snap(page, testInfo, 'wrong-password');
  });

  test('a department user opening an admin page gets the 403 page', async ({ page }, testInfo) => {
    await signIn(page, 'so-giao-duc');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto('/admin/users');
    await expect(page.getByText('Không có quyền truy cập')).toBeVisible();
    await snap(page, testInfo, 'forbidden');
  });

  test('an unknown address shows the 404 page', async ({ page }, testInfo) => {
    await signIn(page, 'hdnd');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto('/khong-co-trang-nay');
    await expect(page.getByText('Không tìm thấy trang')).toBeVisible();
    await snap(page, testInfo, 'not-found');
  });

  test('the session survives a reload (silent refresh) and ends at sign-out', async ({ page }, testInfo) => {
    await signIn(page, 'admin');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Người dùng', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Người dùng', exact: true })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Người dùng', exact: true }).click();
    await expect(page.getByRole('cell', { name: 'so-tai-chinh', exact: true })).toBeVisible();
    await snap(page, testInfo, 'users');
    await page.getByRole('navigation').getByRole('link', { name: 'Cơ quan, đơn vị', exact: true }).click();
    await expect(page.getByRole('cell', { name: 'Sở Tài chính', exact: true })).toBeVisible();
    await snap(page, testInfo, 'departments');
    await page.getByRole('button', { name: /^Tài khoản/ }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất', exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });
});
