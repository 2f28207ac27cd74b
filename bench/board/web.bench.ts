/**
 * The web board of the 10,000-package plan in Chromium (Debian's, through Playwright), signed in as the bench UBND:
 * time from the board's data arriving (the `/api/board` body read) to the first screen of cards painted, and frame
 * times while a column is scrolled from top to bottom (a fixed distance per animation frame), full and compact cards.
 *
 *   BENCH_MEASURE=bench/board/web.bench.ts bash bench/board/run.sh      # needs dist/apps/web (npx nx run web:build)
 */
import { chromium, type Page } from '@playwright/test';
import { BENCH_PASSWORD, BENCH_USER, BIG_PLAN_NUMBER } from './bench-account';

const BASE = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:38280';
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
/** Pixels scrolled per frame: about a card and a half, a brisk wheel. */
const STEP_PX = Number(process.env.BENCH_SCROLL_STEP ?? 200);
const FRAME_MS = 1000 / 60;

declare global {
  interface Window {
    __benchBoardDataAt?: number;
    __benchFirstCardAt?: number;
  }
}

/** Runs in the page before the app: notes when the board's body has arrived and when the first card is painted. */
function instrument(): void {
  const original = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const response = await original(...args);
    const url = typeof args[0] === 'string' ? args[0] : args[0] instanceof URL ? args[0].href : args[0].url;
    if (url.includes('/api/board') && response.ok) {
      await response.clone().arrayBuffer();
      window.__benchBoardDataAt ??= performance.now();
    }
    return response;
  };
  new MutationObserver((_records, observer) => {
    if (document.querySelector('[data-testid="board-card"]')) {
      observer.disconnect();
      // The frame after the one that inserted the cards: they are on screen.
      requestAnimationFrame(() => requestAnimationFrame(() => (window.__benchFirstCardAt = performance.now())));
    }
  }).observe(document, { subtree: true, childList: true });
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

/** Scrolls the fullest column's card list to its end, one step per animation frame; returns each frame's duration (ms). */
async function scrollFrames(page: Page): Promise<{ column: string; cards: number; frames: number[] }> {
  return page.evaluate(async (step) => {
    const columns = [...document.querySelectorAll<HTMLElement>('[data-testid="board-column"]')];
    const countOf = (c: HTMLElement) => c.querySelector<HTMLElement>('[data-testid="board-column-scroller"]')?.scrollHeight ?? 0;
    const column = columns.sort((a, b) => countOf(b) - countOf(a))[0];
    const scroller = column.querySelector<HTMLElement>('[data-testid="board-column-scroller"]') as HTMLElement;
    scroller.scrollTop = 0;
    const frames: number[] = [];
    await new Promise<void>((resolve) => {
      let last = performance.now();
      const tick = (now: number) => {
        frames.push(now - last);
        last = now;
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return resolve();
        scroller.scrollTop += step;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    return { column: column.getAttribute('aria-label') ?? '', cards: Number(column.querySelector('[aria-label$="nhiệm vụ"]')?.textContent?.replace(/\./g, '') ?? 0), frames: frames.slice(1) };
  }, STEP_PX);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const setup = await browser.newContext();
    const login = await setup.request.post(`${BASE}/api/auth/login`, { data: { username: BENCH_USER, password: BENCH_PASSWORD } });
    if (!login.ok()) throw new Error(`sign-in as ${BENCH_USER} failed: HTTP ${login.status()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const plans = (await (await setup.request.get(`${BASE}/api/plans`, { headers: { Authorization: `Bearer ${accessToken}` } })).json()) as { items: { id: string; number: string }[] };
    const plan = plans.items.find((p) => p.number === BIG_PLAN_NUMBER);
    if (!plan) throw new Error(`plan ${BIG_PLAN_NUMBER} is not seeded`);
    const state = await setup.storageState();
    await setup.close();

    const firstScreen: number[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const context = await browser.newContext({ storageState: state, viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      const page = await context.newPage();
      await page.addInitScript(instrument);
      await page.goto(`${BASE}/board?plan=${plan.id}`);
      await page.waitForFunction(() => window.__benchFirstCardAt !== undefined, undefined, { timeout: 120_000 });
      const { data, card } = await page.evaluate(() => ({ data: window.__benchBoardDataAt ?? 0, card: window.__benchFirstCardAt ?? 0 }));
      firstScreen.push(card - data);
      console.log(`run ${run}: board data at ${data.toFixed(0)} ms, first screen of cards at ${card.toFixed(0)} ms: ${(card - data).toFixed(0)} ms after the data`);
      for (const mode of ['full', 'compact'] as const) {
        if (mode === 'compact') await page.getByRole('radiogroup', { name: 'Thẻ' }).getByText('Thu gọn', { exact: true }).click();
        const { column, cards, frames } = await scrollFrames(page);
        const dropped = frames.filter((f) => f > FRAME_MS * 1.5).length;
        console.log(
          `  scroll "${column}" (${cards} cards, ${mode}): ${frames.length} frames, p50 ${percentile(frames, 50).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms, ` +
            `max ${Math.max(...frames).toFixed(1)} ms, ${dropped} over ${(FRAME_MS * 1.5).toFixed(0)} ms (${((100 * dropped) / frames.length).toFixed(1)}%)`,
        );
      }
      await context.close();
    }
    const median = percentile(firstScreen, 50);
    console.log(`\nweb board of ${BIG_PLAN_NUMBER}: first screen of cards ${median.toFixed(0)} ms after the data (median of ${RUNS}; target < 1000 ms: ${median < 1000 ? 'met' : 'NOT met'})`);
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
