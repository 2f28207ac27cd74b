import { expect, test } from '@playwright/test';
import { apiHeaders } from '../../support/api';
import { resetPlansAndPackages, seedLargePlan } from '../../support/database';
import { signIn, snap } from '../../support/screens';

const CARDS = 3000;

test.describe('a board of thousands of cards', () => {
  let planId: string;
  let lastCard: { id: string; title: string };

  test.beforeEach(async ({ request }) => {
    test.setTimeout(180_000);
    await resetPlansAndPackages();
    planId = await seedLargePlan(CARDS, 'Sở Tài chính');
    const headers = await apiHeaders(request, 'ubnd');
    const board = (await (await request.get(`/api/board?planId=${planId}&cardLimit=all`, { headers })).json()) as { columns: { key: string; cards: { id: string; title: string }[] }[] };
    const cards = board.columns.find((c) => c.key === 'not_started')?.cards ?? [];
    expect(cards).toHaveLength(CARDS);
    lastCard = cards[cards.length - 1];
  });

  test('a column scrolls to its last card, drawing only the cards in view, and that card still moves', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'so-tai-chinh');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto(`/board?plan=${planId}`);
    const column = page.getByRole('region', { name: 'Chưa bắt đầu', exact: true });
    // A generous wait for the first screen only: the machine running the suite may be busy; this is not a timing check.
    await expect(column.getByLabel('3.000 nhiệm vụ')).toBeVisible({ timeout: 60_000 });
    await expect(column.getByTestId('board-card').first()).toBeVisible();
    // Only a screenful (and a few around it) is in the page, not 3,000 cards.
    expect(await column.getByTestId('board-card').count()).toBeLessThan(40);

    const scroller = column.getByTestId('board-column-scroller');
    await scroller.hover();
    // A wheel gesture, then a jump to the end: both as a person scrolls.
    await page.mouse.wheel(0, 4000);
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const last = column.locator(`[data-card-id="${lastCard.id}"]`);
    await expect(last).toBeVisible();
    await expect(last).toContainText(lastCard.title);
    expect(await column.getByTestId('board-card').count()).toBeLessThan(40);
    await snap(page, testInfo, 'scrolled-to-last-card');

    // The last card of a virtualised column moves like any other: to the top of the in-progress column.
    await last.getByRole('button', { name: /^Chuyển trạng thái:/ }).click();
    await page.getByRole('menuitem', { name: 'Đang thực hiện' }).click();
    const inProgress = page.getByRole('region', { name: 'Đang thực hiện', exact: true });
    await expect(inProgress.locator(`[data-card-id="${lastCard.id}"]`)).toBeVisible();
    await expect(column.getByLabel('2.999 nhiệm vụ')).toBeVisible();
    await expect(page.getByText(/Đã chuyển .* sang “Đang thực hiện”/)).toBeVisible();
  });
});
