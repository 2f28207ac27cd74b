import { run } from '../latency';

const BASE = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:28281';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${BASE}${path}`, init);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

async function main(): Promise<void> {
  const login = await json<{ accessToken: string }>('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'hdnd', password: process.env.DEMO_PASSWORD ?? 'mandate-demo' }),
  });
  const headers = { Authorization: `Bearer ${login.accessToken}` };
  const plans = await json<{ items: { id: string; number: string }[] }>('/api/plans', { headers });
  const planId = plans.items[0].id;
  const list = await json<{ items: { id: string; targets: { status: string }[] }[] }>(`/api/plans/${planId}/indicators`, { headers });
  console.log(`Plan ${plans.items[0].number}: ${list.items.length} indicators, ${list.items.reduce((n, i) => n + i.targets.length, 0)} targets`);

  const targets: [string, string][] = [
    ['no-op route (GET /api/health/live)', '/api/health/live'],
    ['indicators page data', `/api/plans/${planId}/indicators`],
    ['indicators page data, gzip', `/api/plans/${planId}/indicators`],
    ['one indicator (detail + history)', `/api/indicators/${list.items[5].id}`],
  ];
  console.log(`\nIndicators benchmark: ${DURATION} s per target at ${CONNECTIONS} connections, latencies in ms\n`);
  console.log('target'.padEnd(38) + 'p50'.padStart(8) + 'p95'.padStart(8) + 'p99'.padStart(8) + 'req/s'.padStart(9) + '  non-2xx' + (process.env.BENCH_API_PID ? '  CPU ms/req' : ''));
  for (const [name, path] of targets) {
    // A browser asks for gzip and gets the cached body as stored; without it the API unzips it per request.
    const asked = name.endsWith('gzip') ? { ...headers, 'Accept-Encoding': 'gzip' } : headers;
    await run(BASE, 2, name, path, 2, asked); // warm-up
    const row = await run(BASE, DURATION, name, path, CONNECTIONS, asked);
    const cpu = row.cpuMsPerRequest === null ? '' : row.cpuMsPerRequest.toFixed(2).padStart(10);
    console.log(name.padEnd(38) + row.p50.toFixed(1).padStart(8) + row.p95.toFixed(1).padStart(8) + row.p99.toFixed(1).padStart(8) + row.rps.toFixed(0).padStart(9) + String(row.non2xx).padStart(9) + cpu);
  }
  const { loadavg } = await import('node:os');
  console.log(`\nLoad average during the run (1/5/15 min): ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on 2 cores`);
  console.log('\nTarget: indicators page data p95 < 100 ms at 10 connections.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
