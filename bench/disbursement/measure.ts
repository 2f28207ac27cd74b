import ExcelJS from 'exceljs';
import { DISBURSEMENT_COLUMNS } from '../../libs/domain/src/disbursement/disbursement-workbook';
import { BENCH_PASSWORD, BENCH_USER } from '../board/bench-account';
import { Row, run as runAt } from '../latency';

const BASE = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:28141';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5_000);

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${BASE}${path}`, init);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

const run = (path: string, connections: number, headers: Record<string, string>) => runAt(BASE, DURATION, path, path, connections, headers);
const line = (what: string, row: Row) =>
  `${what}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, ${row.rps.toFixed(0)} req/s, non-2xx ${row.non2xx}` +
  (row.cpuMsPerRequest === null ? '' : `, API CPU ${row.cpuMsPerRequest.toFixed(2)} ms/request`);

/** A workbook of IMPORT_ROWS projects for one month, in the template's layout, with investors named by code. */
async function workbook(departmentCodes: string[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Giải ngân');
  sheet.addRow(DISBURSEMENT_COLUMNS.map((c) => c.header));
  for (let n = 1; n <= IMPORT_ROWS; n++) {
    const allocated = (10 + (n % 500)) * 1_000_000_000;
    sheet.addRow([`NK-${String(n).padStart(5, '0')}`, `Dự án nhập thử số ${n}`, departmentCodes[n % departmentCodes.length], 'Ngân sách tỉnh', allocated, '06/2026', Math.floor(allocated * ((n % 90) / 100))]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function timed<T>(what: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await what();
  return [value, (performance.now() - started) / 1000];
}

async function main(): Promise<void> {
  const login = await json<{ accessToken: string }>('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }) });
  const headers = { Authorization: `Bearer ${login.accessToken}` };
  const plans = await json<{ items: { id: string; number: string }[] }>('/api/plans', { headers });
  const planId = plans.items.find((p) => p.number === 'BENCH-DISB/NQ-HĐND')!.id;
  const importPlanId = plans.items.find((p) => p.number === 'BENCH-IMPORT/NQ-HĐND')!.id;

  const path = `/api/plans/${planId}/disbursement`;
  const [first, cold] = await timed(() => json<{ projects: unknown[]; projectCount: number; belowCurveCount: number; months: unknown[] }>(path, { headers }));
  const bytes = Buffer.byteLength(JSON.stringify(first));
  console.log(`\nDisbursement benchmark (${first.projectCount} projects × ${first.months.length} months; first answer ${(bytes / 1024).toFixed(1)} KB with ${first.projects.length} projects, ${first.belowCurveCount} below the curve)`);
  console.log(`trajectory, first request (computed, not cached): ${(cold * 1000).toFixed(0)} ms`);
  await run(path, 2, headers); // warm-up
  console.log(line(`trajectory at 10 connections, ${DURATION} s`, await run(path, 10, headers)));
  const gzip = { ...headers, 'Accept-Encoding': 'gzip' };
  console.log(line('trajectory at 10 connections, gzip', await run(path, 10, gzip)));
  // The projects table's other pages: below the curve, lowest rate first, the page after the first.
  const page1 = await json<{ nextCursor: string | null }>(`${path}/projects?belowCurve=true&sort=rate&limit=25`, { headers });
  const projects = `${path}/projects?belowCurve=true&sort=rate&limit=25&cursor=${page1.nextCursor ?? ''}`;
  await run(projects, 2, gzip); // warm-up
  console.log(line('projects table, page 2 below the curve by rate, gzip', await run(projects, 10, gzip)));

  const departments = await json<{ items: { code: string }[] }>('/api/departments', { headers });
  const file = await workbook(departments.items.map((d) => d.code));
  const form = () => {
    const body = new FormData();
    body.append('file', new Blob([file]), 'bench.xlsx');
    return body;
  };
  const [preview, previewSeconds] = await timed(() => json<{ newProjects: number }>(`/api/plans/${importPlanId}/disbursement/import/preview`, { method: 'POST', headers, body: form() }));
  const [result, importSeconds] = await timed(() => json<{ projectsCreated: number; figuresWritten: number }>(`/api/plans/${importPlanId}/disbursement/import`, { method: 'POST', headers, body: form() }));
  console.log(`workbook of ${IMPORT_ROWS} projects (${(file.length / 1024).toFixed(0)} KB): preview ${previewSeconds.toFixed(2)} s (${preview.newProjects} new), import ${importSeconds.toFixed(2)} s (${result.projectsCreated} projects, ${result.figuresWritten} figures)`);
  const { loadavg } = await import('node:os');
  console.log(`load average during the run (1/5/15 min): ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on 2 cores`);
  console.log('\nTargets: trajectory p95 < 100 ms at 10 connections; a 5,000-project workbook imports in < 10 s.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
