/**
 * Cold first load of the board, as a person opening it: Debian's Chromium through Playwright, a fresh browser context
 * (empty cache, no service worker), signed in as the UBND, the sample plan's board. Prints, per run and as the median:
 * time from navigation to the first card on screen, and bytes over the wire (all, and JavaScript only).
 *
 *   BASE_URL=http://127.0.0.1:8080 npx tsx bench/first-load/first-load.bench.ts   # against `npm start`
 *
 * Each run also prints when the page painted the first card (in-page: the animation frame after the card enters the
 * DOM, ms after navigation start; Playwright's polling, in the first figure, notices it later), the renderer's CPU time
 * and the DOM nodes, layouts and style recalculations by then (figures a shared machine's load does not blur).
 *
 * BENCH_WATERFALL=1 also prints, for the last run, every request with when it started and ended (ms after navigation):
 * where the time to the first card goes.
 * BENCH_FLOOR=1 first measures, the same way, three pages without any of our code (floor.ts: plain HTML, React and a
 * div, React + Mantine's CSS and a board-like screen): what this machine's Chromium costs before the product's code.
 * BENCH_FLOOR=only measures those alone (no product needed); BENCH_FLOOR_PORT serves them (default: any free port).
 * BENCH_TRACE=<file.json> adds one more board run, not counted, recorded as a Chrome trace (open it in DevTools'
 * Performance panel) and summarised (trace-summary.ts: main-thread time by kind, per script, style and layout work,
 * the busiest functions); BENCH_SOURCEMAPS=<dir> (a build with WEB_SOURCEMAP=true) names them by source file.
 */
import { type Browser, chromium, type Page } from '@playwright/test';
import { FLOOR_PAGES, serveFloorPages } from './floor';
import { printTraceSummary } from './trace-summary';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const USERNAME = process.env.BENCH_USER ?? 'ubnd';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'mandate-demo';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 1500;
const WATERFALL = process.env.BENCH_WATERFALL === '1';
const FLOOR = process.env.BENCH_FLOOR;
const TRACE = process.env.BENCH_TRACE;

interface Run {
  firstCardMs: number;
  /** When the page painted the first card, ms after navigation start (in-page: the frame after the card entered the DOM). */
  paintedMs: number;
  /** The page's main thread busy (tasks: script, style, layout) until the first card, ms: where the time goes (still load-sensitive: a preempted task counts whole). */
  mainThreadMs: number;
  scriptMs: number;
  /** The page's renderer process CPU time until the first card, ms: far less load-sensitive than the task durations. */
  rendererCpuMs: number;
  /** DOM nodes, layouts and style recalculations until the first card: the work itself, whatever the load. */
  nodes: number;
  layouts: number;
  styleRecalcs: number;
  bytes: number;
  jsBytes: number;
  requests: number;
}

interface Timed {
  url: string;
  startedAt: number;
  endedAt?: number;
  bytes?: number;
}

/**
 * Counts what crosses the network (encoded bytes, i.e. compressed as sent) via the DevTools protocol, and keeps each
 * request's start and end (DevTools' monotonic clock, seconds) for the waterfall.
 */
async function countBytes(page: Page): Promise<{ counted: () => { bytes: number; jsBytes: number; requests: number; timed: Timed[] }; mainThread: () => Promise<{ mainThreadMs: number; scriptMs: number; nodes: number; layouts: number; styleRecalcs: number }> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const timed = new Map<string, Timed>();
  let bytes = 0;
  let jsBytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', (event) => timed.set(event.requestId, { url: event.request.url, startedAt: event.timestamp }));
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    requests += 1;
    bytes += event.encodedDataLength;
    if (types.get(event.requestId) === 'Script') jsBytes += event.encodedDataLength;
    const request = timed.get(event.requestId);
    if (request) Object.assign(request, { endedAt: event.timestamp, bytes: event.encodedDataLength });
  });
  const mainThread = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return {
      mainThreadMs: Math.round(seconds('TaskDuration') * 1000),
      scriptMs: Math.round(seconds('ScriptDuration') * 1000),
      nodes: seconds('Nodes'),
      layouts: seconds('LayoutCount'),
      styleRecalcs: seconds('RecalcStyleCount'),
    };
  };
  return { counted: () => ({ bytes, jsBytes, requests, timed: [...timed.values()] }), mainThread };
}

/** One line per request, in the order they started: start and end in ms after the first request, size, path. */
function printWaterfall(timed: Timed[], firstCardMs: number): void {
  const origin = Math.min(...timed.map((t) => t.startedAt));
  const ms = (at: number | undefined) => (at === undefined ? '   …' : String(Math.round((at - origin) * 1000)).padStart(5));
  console.log(`waterfall of the last run (ms after the document's request; first card at ≈ ${firstCardMs} ms after navigation):`);
  for (const t of [...timed].sort((a, b) => a.startedAt - b.startedAt)) {
    const url = new URL(t.url);
    console.log(`  ${ms(t.startedAt)} → ${ms(t.endedAt)}  ${((t.bytes ?? 0) / 1024).toFixed(1).padStart(6)} kB  ${url.pathname}${url.search.slice(0, 60)}`);
  }
}

interface Target {
  url: string;
  /** Signs the fresh context in first (the board); the floor pages need no session. */
  signIn: boolean;
}

/**
 * Runs in the page before its scripts: notes the frame in which the first card is painted (the animation frame after
 * it enters the DOM, in the page's clock, ms after navigation start), whatever Playwright's polling adds.
 */
function noteFirstCardFrame(): void {
  const seen = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="board-card"]')) return;
    seen.disconnect();
    requestAnimationFrame(() => Object.assign(window, { __firstCardFrame: performance.now() }));
  });
  seen.observe(document, { childList: true, subtree: true });
}

/** CPU seconds so far of every renderer process (SystemInfo.getProcessInfo), by process id. */
async function rendererCpu(browser: Browser): Promise<Map<number, number>> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number; cpuTime: number }[] };
    return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime]));
  } finally {
    await session.detach();
  }
}

/** One cold visit: a fresh context, cache disabled, navigation to `url` until the first card is on screen. */
async function visit(browser: Browser, target: Target, { waterfall = false, trace }: { waterfall?: boolean; trace?: string } = {}): Promise<Run> {
  // Every measured run starts from an empty cache with a session cookie of its own (a refresh cookie is rotated on use).
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    if (target.signIn) {
      const login = await context.request.post(`${BASE_URL}/api/auth/login`, { data: { username: USERNAME, password: PASSWORD } });
      if (!login.ok()) throw new Error(`sign-in as ${USERNAME} failed: HTTP ${login.status()} (is the product running at ${BASE_URL}?)`);
    }
    const page = await context.newPage();
    await page.addInitScript(noteFirstCardFrame);
    const { counted, mainThread } = await countBytes(page);
    if (trace) await browser.startTracing(page, { path: trace, screenshots: false, categories: TRACE_CATEGORIES });
    const cpuBefore = await rendererCpu(browser);
    const started = Date.now();
    await page.goto(target.url, { waitUntil: 'commit' });
    await page.getByTestId('board-card').first().waitFor({ state: 'visible', timeout: 60_000 });
    const firstCardMs = Date.now() - started;
    const paintedMs = Math.round(await page.waitForFunction(() => (window as { __firstCardFrame?: number }).__firstCardFrame).then((value) => value.jsonValue()));
    const cpuAfter = await rendererCpu(browser);
    if (trace) await browser.stopTracing();
    const busy = await mainThread();
    // The renderers' CPU over the visit (the page's, and any the navigation started: a new site gets a new process).
    const rendererCpuMs = Math.round([...cpuAfter].reduce((n, [pid, cpu]) => n + cpu - (cpuBefore.get(pid) ?? 0), 0) * 1000);
    // Let the requests in flight finish so their bytes count.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    if (waterfall) printWaterfall(counted().timed, firstCardMs);
    return { firstCardMs, paintedMs, rendererCpuMs, ...busy, ...counted() };
  } finally {
    await context.close();
  }
}

/** What DevTools' Performance panel records, and the sampling profiler's call stacks. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const describe = (run: Run) =>
  `first card ${run.firstCardMs} ms (painted at ${run.paintedMs} ms; main thread busy ${run.mainThreadMs} ms, ${run.scriptMs} ms of it script; renderer CPU ${run.rendererCpuMs} ms; ${run.nodes} DOM nodes, ${run.layouts} layouts, ${run.styleRecalcs} style recalculations), ${(run.bytes / 1024).toFixed(1)} kB transferred (${(run.jsBytes / 1024).toFixed(1)} kB JavaScript) in ${run.requests} requests`;
const describeMedian = (runs: Run[]) =>
  `first card ${median(runs.map((r) => r.firstCardMs))} ms (painted at ${median(runs.map((r) => r.paintedMs))} ms), main thread busy ${median(runs.map((r) => r.mainThreadMs))} ms until then (${median(runs.map((r) => r.scriptMs))} ms script), renderer CPU ${median(runs.map((r) => r.rendererCpuMs))} ms, ` +
  `${median(runs.map((r) => r.nodes))} DOM nodes, ${median(runs.map((r) => r.layouts))} layouts, ${median(runs.map((r) => r.styleRecalcs))} style recalculations, ` +
  `${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1)} kB transferred, ${(median(runs.map((r) => r.jsBytes)) / 1024).toFixed(1)} kB of it JavaScript`;

/** The floor: the same measure on pages without our code (floor.ts). */
async function measureFloor(browser: Browser): Promise<void> {
  const floor = await serveFloorPages(Number(process.env.BENCH_FLOOR_PORT ?? 0));
  try {
    for (const page of FLOOR_PAGES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await visit(browser, { url: floor.url(page), signIn: false }));
      console.log(`floor "${page}" (${RUNS} runs, median): ${describeMedian(runs)}`);
    }
  } finally {
    await floor.close();
  }
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    if (FLOOR) await measureFloor(browser);
    if (FLOOR === 'only') return;
    const board: Target = { url: `${BASE_URL}/board`, signIn: true };
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const run = await visit(browser, board, { waterfall: WATERFALL && i === RUNS - 1 });
      runs.push(run);
      console.log(`run ${i + 1}: ${describe(run)}`);
    }
    const ms = median(runs.map((r) => r.firstCardMs));
    console.log(`\nfirst-load of /board (cold cache, ${RUNS} runs, median): ${describeMedian(runs)} (target < ${TARGET_MS} ms: ${ms < TARGET_MS ? 'met' : 'NOT met'})`);
    if (TRACE) {
      const traced = await visit(browser, board, { trace: TRACE });
      console.log(`\ntraced run (not counted; tracing slows it): ${describe(traced)}; trace in ${TRACE}`);
      printTraceSummary(TRACE, { sourceMaps: process.env.BENCH_SOURCEMAPS });
    }
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
