import { BENCH_PASSWORD, BENCH_USER } from './bench-account';
import { Row, run as runAt } from '../latency';

const BASE = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:28280';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const run = (name: string, path: string, connections: number, headers: Record<string, string>) => runAt(BASE, DURATION, name, path, connections, headers);

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${BASE}${path}`, init);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

async function main(): Promise<void> {
  const login = await json<{ accessToken: string }>('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }),
  });
  const headers = { Authorization: `Bearer ${login.accessToken}` };
  const plans = await json<{ items: { id: string; number: string }[] }>('/api/plans', { headers });
  const planId = plans.items.find((p) => p.number.startsWith('BENCH-'))!.id;
  const departments = await json<{ items: { id: string; code: string }[] }>('/api/departments', { headers });
  const departmentId = departments.items.find((d) => d.code === 'STC')!.id;

  const targets: [string, string][] = [
    ['no-op route (GET /api/health/live)', '/api/health/live'],
    ['board of one plan', `/api/board?planId=${planId}&groupBy=status`],
    ['filtered list page', `/api/work-packages?planId=${planId}&departmentId=${departmentId}&category=open_overdue&asOf=2026-09-30&limit=50`],
    ['deadline summary', `/api/deadlines/summary?planId=${planId}&asOf=2026-09-30`],
  ];
  const rows: Row[] = [];
  for (const connections of [10, 50]) {
    for (const [name, path] of targets) {
      await run(name, path, 2, headers); // warm-up
      rows.push(await run(name, path, connections, headers));
    }
  }
  console.log(`\nBoard benchmark: ${DURATION} s per target, latencies in ms\n`);
  console.log('target'.padEnd(38) + 'conn'.padStart(5) + 'p50'.padStart(8) + 'p95'.padStart(8) + 'p99'.padStart(8) + 'req/s'.padStart(9) + '  vs no-op' + '  non-2xx' + '  CPU ms/req');
  for (const row of rows) {
    const baseline = rows.find((r) => r.connections === row.connections && r.name.startsWith('no-op'))!;
    console.log(
      row.name.padEnd(38) +
        String(row.connections).padStart(5) +
        row.p50.toFixed(1).padStart(8) +
        row.p95.toFixed(1).padStart(8) +
        row.p99.toFixed(1).padStart(8) +
        row.rps.toFixed(0).padStart(9) +
        `${((row.rps / baseline.rps) * 100).toFixed(1)} %`.padStart(10) +
        String(row.non2xx).padStart(9) +
        (row.cpuMsPerRequest === null ? '' : row.cpuMsPerRequest.toFixed(2).padStart(13)),
    );
  }
  console.log('\nTargets (2 cores, 50 connections): board and list p95 < 50 ms; summary p95 < 100 ms.');
  console.log('CPU ms/req: the API processes\' CPU (every cluster worker) per answered request, far less load-sensitive than the rest.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
