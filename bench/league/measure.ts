import { addDays } from '@mandate/domain';
import { BENCH_PASSWORD, BENCH_USER } from '../board/bench-account';
import { Row, run as runAt } from '../latency';

const BASE = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:28121';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const run = (name: string, path: string, connections: number, headers: Record<string, string>, next?: () => string) => runAt(BASE, DURATION, name, path, connections, headers, next);

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${BASE}${path}`, init);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The league table at 10 connections: as one dashboard would read it (cached per work-package revision) and computed
 * afresh on every request (each asks for another as-of date, so no cached answer fits), beside the deadline summary.
 */
async function main(): Promise<void> {
  const login = await json<{ accessToken: string }>('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }) });
  const headers = { Authorization: `Bearer ${login.accessToken}` };
  const plans = await json<{ items: { id: string; number: string }[] }>('/api/plans', { headers });
  const planId = plans.items.find((p) => p.number.startsWith('BENCH-'))!.id;
  type League = { items: { departmentId: string; total: number; requests: { total: number } }[] };
  const counts = (league: League) =>
    `${league.items.length} departments, ${league.items.reduce((n, r) => n + r.total, 0)} packages, ${league.items.reduce((n, r) => n + r.requests.total, 0)} supervision requests`;
  console.log(`League of one plan: ${counts(await json<League>(`/api/reports/league?planId=${planId}&asOf=2026-09-30`, { headers }))}`);
  console.log(`League of every plan: ${counts(await json<League>(`/api/reports/league?asOf=2026-09-30`, { headers }))}`);

  // Over 1,500 distinct days, more than the cache's 500 entries, so every request is computed in the database.
  let day = 0;
  const freshAsOf = (plan: string) => () => `/api/reports/league?${plan}asOf=${addDays('2024-01-01', day++ % 1500)}`;
  const targets: [string, string, (() => string) | undefined][] = [
    ['no-op route (GET /api/health/live)', '/api/health/live', undefined],
    ['deadline summary, one plan (cached)', `/api/deadlines/summary?planId=${planId}&asOf=2026-09-30`, undefined],
    ['league, one plan, as of (cached)', `/api/reports/league?planId=${planId}&asOf=2026-09-30`, undefined],
    ['league, one plan, quarter (cached)', `/api/reports/league?planId=${planId}&from=2026-07-01&to=2026-09-30`, undefined],
    ['league, one plan, computed each time', `/api/reports/league?planId=${planId}&asOf=2026-09-30`, freshAsOf(`planId=${planId}&`)],
    ['league, all 100,000, computed each time', `/api/reports/league?asOf=2026-09-30`, freshAsOf('')],
  ];
  const rows: Row[] = [];
  for (const [name, path, next] of targets) {
    await run(name, path, 2, headers, next); // warm-up
    rows.push(await run(name, path, 10, headers, next));
  }
  console.log(`\nLeague benchmark: ${DURATION} s per target, 10 connections, latencies in ms\n`);
  console.log('target'.padEnd(42) + 'p50'.padStart(8) + 'p95'.padStart(8) + 'p99'.padStart(8) + 'req/s'.padStart(9) + '  non-2xx');
  for (const row of rows) {
    console.log(row.name.padEnd(42) + row.p50.toFixed(1).padStart(8) + row.p95.toFixed(1).padStart(8) + row.p99.toFixed(1).padStart(8) + row.rps.toFixed(0).padStart(9) + String(row.non2xx).padStart(9));
  }
  console.log('\nTarget: league p95 < 100 ms at 10 connections with 100,000 packages and 40 departments.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
