import { APIRequestContext, Browser, expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiHeaders } from '../../support/api';
import { resetPlansAndPackages } from '../../support/database';
import { signIn, snap } from '../../support/screens';

const SAMPLE = join(__dirname, '..', '..', '..', '..', 'fixtures', 'plans', 'nq-318-2025-quang-ninh.txt');

/** Imports and breaks down the whole sample resolution; returns the plan and the first card of its first column (drawn at the top). */
async function importSamplePlan(request: APIRequestContext): Promise<{ planId: string; packageId: string }> {
  const headers = await apiHeaders(request, 'ubnd');
  const plan = await request.post('/api/plans', { headers, data: { text: readFileSync(SAMPLE, 'utf8') } });
  expect(plan.status()).toBe(201);
  const planId = ((await plan.json()) as { id: string }).id;
  const preview = await request.post(`/api/plans/${planId}/breakdown/preview`, { headers });
  const packages = ((await preview.json()) as { packages: unknown[] }).packages;
  expect((await request.post(`/api/plans/${planId}/breakdown`, { headers, data: { packages } })).ok()).toBe(true);
  const board = (await (await request.get(`/api/board?planId=${planId}&cardLimit=all`, { headers })).json()) as {
    columns: { key: string; cards: { id: string }[] }[];
  };
  const first = board.columns.find((c) => c.key === 'not_started')!.cards[0];
  if (!first) throw new Error('no package on the board');
  return { planId, packageId: first.id };
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, username);
  await expect(page.getByRole('navigation')).toBeVisible();
  return page;
}

test.describe('board live updates', () => {
  let target: { planId: string; packageId: string };

  test.beforeEach(async ({ request }) => {
    test.setTimeout(150_000);
    await resetPlansAndPackages();
    target = await importSamplePlan(request);
  });

  test('a move made in one browser shows on the board open in another within a second', async ({ browser }, testInfo) => {
    const mover = await signedInPage(browser, 'ubnd');
    // The HĐND sees the whole plan's board (a department opens on its own packages).
    const watcher = await signedInPage(browser, 'hdnd');
    await mover.goto(`/board?plan=${target.planId}`);
    await watcher.goto(`/board?plan=${target.planId}`);
    const card = (page: Page, name: string) => column(page, name).locator(`[data-card-id="${target.packageId}"]`);
    await expect(card(mover, 'Chưa bắt đầu')).toBeVisible();
    await expect(card(watcher, 'Chưa bắt đầu')).toBeVisible();

    await card(mover, 'Chưa bắt đầu').getByRole('button', { name: /^Chuyển trạng thái:/ }).click();
    const moved = mover.waitForResponse((r) => r.url().includes('/transitions') && r.request().method() === 'POST');
    await mover.getByRole('menuitem', { name: 'Đang thực hiện' }).click();
    expect((await moved).ok()).toBe(true);
    const answered = Date.now();
    // Within one second of the server's answer to the mover, without reloading the watcher's board.
    await expect(card(watcher, 'Đang thực hiện')).toBeVisible({ timeout: 1000 });
    const seenAfter = Date.now() - answered;
    testInfo.annotations.push({ type: 'live-update-ms', description: String(seenAfter) });
    console.log(`live update seen by the other browser ${seenAfter} ms after the move was answered`);
    await expect(card(watcher, 'Chưa bắt đầu')).toHaveCount(0);
    await snap(watcher, testInfo, 'watcher-after-move');
    await mover.context().close();
    await watcher.context().close();
  });
});
