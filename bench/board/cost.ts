import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { Client } from 'pg';
import { BENCH_PASSWORD, BENCH_USER, BIG_PLAN_NUMBER } from './bench-account';

/**
 * CPU per request, read from /proc: the API (the cluster primary and every copy it forked) and PostgreSQL (the
 * postmaster and its backends), before and after a run of sequential requests, divided by their number. A process's
 * CPU counts its children that exited and were reaped (cutime, cstime), so a backend that ends between the two
 * readings (pool recycling) still counts; autovacuum is paused while measuring and its workers waited for.
 */
const BASE = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:28280';
const API_PID = Number(process.env.BENCH_API_PID);
const PG_PID = Number(process.env.BENCH_PG_PID);
const TICK_MS = 1000 / Number(process.env.BENCH_CLK_TCK ?? 100);
const ROUNDS = Number(process.env.BENCH_COST_ROUNDS ?? 40);
const MOVES = Number(process.env.BENCH_MOVES ?? 200);
/** BENCH_COST_ONLY=move,no-op measures only the rows whose name contains one of these words (e.g. profiling a move). */
const ONLY = (process.env.BENCH_COST_ONLY ?? '').split(',');

const stat = (pid: number): { ppid: number; ticks: number } | null => {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // utime + stime, and cutime + cstime: the CPU of its children that exited and were waited for.
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null;
  }
};

/**
 * CPU milliseconds used so far by a process and all its descendants, the exited ones included: each live process's
 * own ticks plus those of the children it reaped, so the sum only grows (a backend's ticks move from its own line to
 * the postmaster's cutime when it exits).
 */
function treeCpuMs(root: number): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (s) {
      parent.set(Number(entry), s.ppid);
      ticks.set(Number(entry), s.ticks);
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 10; p = parent.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, t] of ticks) if (inTree(pid)) total += t;
  return total * TICK_MS;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = request(`${BASE}${path}`, { method, headers: { ...headers, ...(data ? { 'Content-Type': 'application/json', 'Content-Length': String(data.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

const json = <T>(answer: Answer): T => JSON.parse((answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString('utf8')) as T;

async function measure(name: string, rounds: number, one: (i: number) => Promise<void>): Promise<{ name: string; node: number; pg: number; wall: number } | null> {
  if (!ONLY.some((word) => name.includes(word))) return null;
  const node0 = treeCpuMs(API_PID);
  const pg0 = treeCpuMs(PG_PID);
  const started = performance.now();
  for (let i = 0; i < rounds; i++) await one(i);
  const wall = (performance.now() - started) / rounds;
  return { name, node: (treeCpuMs(API_PID) - node0) / rounds, pg: (treeCpuMs(PG_PID) - pg0) / rounds, wall };
}

/** Autovacuum off (the owner's connection, a superuser in the throwaway cluster) and no worker left running. */
async function pauseAutovacuum(db: Client): Promise<void> {
  await db.query('ALTER SYSTEM SET autovacuum = off');
  await db.query('SELECT pg_reload_conf()');
  for (let waited = 0; waited < 120; waited++) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'`);
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('autovacuum workers still running after 60 s');
}

async function resumeAutovacuum(db: Client): Promise<void> {
  await db.query('ALTER SYSTEM RESET autovacuum');
  await db.query('SELECT pg_reload_conf()');
}

async function main(): Promise<void> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  // Fresh statistics first (the seed just wrote the rows), then no background vacuum inside a measure.
  await db.query('VACUUM ANALYZE');
  await pauseAutovacuum(db);
  try {
    await measureAll();
  } finally {
    await resumeAutovacuum(db);
    await db.end();
  }
}

async function measureAll(): Promise<void> {
  const login = json<{ accessToken: string }>(await call('POST', '/api/auth/login', {}, { username: BENCH_USER, password: BENCH_PASSWORD }));
  const auth = { Authorization: `Bearer ${login.accessToken}`, 'Accept-Encoding': 'gzip' };
  const plans = json<{ items: { id: string; number: string }[] }>(await call('GET', '/api/plans', auth));
  const bigPlan = plans.items.find((p) => p.number === BIG_PLAN_NUMBER)!.id;
  const board = (asOf: string) => `/api/board?planId=${bigPlan}&cardLimit=all&asOf=${asOf}`;

  const first = await call('GET', board('2026-09-30'), auth);
  const whole = json<{ columns: { count: number; cards: { id: string; status: string; version: number }[] }[] }>(first);
  const cards = whole.columns.reduce((n, c) => n + c.cards.length, 0);
  const raw = gunzipSync(first.body).length;
  const etag = String(first.headers['etag']);
  console.log(`\nWhole board of one plan in one call: ${cards} cards, ${(raw / 1e6).toFixed(2)} MB JSON, ${(first.body.length / 1e6).toFixed(2)} MB gzip`);

  const rows = [];
  // The floor every request pays (Express, Nest, logging, no auth, no database): what a move's figure stands on.
  rows.push(await measure('no-op route (GET /api/health/live)', ROUNDS * 5, async () => {
    const a = await call('GET', '/api/health/live', {});
    if (a.status !== 200) throw new Error(`expected 200, got ${a.status}`);
  }));
  rows.push(await measure('board 10k, unchanged (If-None-Match → 304)', ROUNDS * 5, async () => {
    const a = await call('GET', board('2026-09-30'), { ...auth, 'If-None-Match': etag });
    if (a.status !== 304) throw new Error(`expected 304, got ${a.status}`);
  }));
  rows.push(await measure('board 10k, cached gzip from Redis (200)', ROUNDS * 2, async () => {
    const a = await call('GET', board('2026-09-30'), auth);
    if (a.status !== 200) throw new Error(`expected 200, got ${a.status}`);
  }));
  // A new as-of date is a new selection: computed every time (Postgres builds the JSON, Node gzips it once).
  rows.push(await measure('board 10k, computed (cache miss)', ROUNDS, async (i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    const a = await call('GET', board(`2027-${month}-${day}`), auth);
    if (a.status !== 200) throw new Error(`expected 200, got ${a.status}`);
  }));
  const todo = whole.columns.flatMap((c) => c.cards).filter((c) => c.status === 'not_started').slice(0, MOVES);
  rows.push(await measure('move a card (transition, start)', todo.length, async (i) => {
    const a = await call('POST', `/api/work-packages/${todo[i].id}/transitions`, auth, { to: 'in_progress', version: todo[i].version });
    if (a.status !== 200) throw new Error(`transition answered ${a.status}: ${a.body.toString()}`);
  }));

  console.log('\nCPU per request (sequential, one connection), ms\n');
  console.log('request'.padEnd(46) + 'node CPU'.padStart(10) + 'PG CPU'.padStart(10) + 'wall'.padStart(10));
  for (const r of rows) if (r) console.log(r.name.padEnd(46) + r.node.toFixed(2).padStart(10) + r.pg.toFixed(2).padStart(10) + r.wall.toFixed(2).padStart(10));
  console.log('\nTargets: whole board ≤ 10 ms node CPU unchanged/cached, ≤ 60 ms computed; a move ≤ 3 ms node CPU and ≤ 3 ms Postgres CPU.');
  console.log(`API processes: the cluster under pid ${API_PID}; CPU read from /proc at ${TICK_MS} ms per tick, exited children included; autovacuum paused.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
