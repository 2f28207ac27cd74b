import { DEFAULT_REMINDER_RULES, reminderOfKind, systemReminderClock, todayIn } from '@mandate/domain';
import Redis from 'ioredis';
import { spawn, ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../apps/api/src/database/migrations';
import { effectiveRules } from '../../apps/api/src/modules/reminders/reminder-schedule';

/**
 * Reminder benchmark against a throwaway Postgres + Redis (DATABASE_URL, REDIS_URL) and the built worker:
 * 1. 100 000 packages and their outbox rows bulk-inserted in SQL; time until the relay has moved every intent into BullMQ, and Redis memory.
 * 2. A compressed subset (one reminder day = 1 s): lateness of each delivered reminder against its planned instant.
 */
const PACKAGES = Number(process.env.BENCH_PACKAGES ?? 100_000);
const LATE_PACKAGES = Number(process.env.BENCH_LATE_PACKAGES ?? 1000);
const LATE_SPREAD_S = Number(process.env.BENCH_LATE_SPREAD_SECONDS ?? 20);
const WORKER_JS = resolve(process.env.BENCH_WORKER_JS ?? 'dist/apps/api/worker.js');
const PREFIX = 'rbench';
const OVERDUE_DAYS = 2;
const KEY = 'rbench-';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: point it at a throwaway stack (see bench/reminders/README.md)`);
  return value;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
}

async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== '0');
}

async function cleanup(db: Client, redis: Redis): Promise<void> {
  await db.query(`DELETE FROM reminder_outbox WHERE work_package_id IN (SELECT id FROM work_packages WHERE breakdown_key LIKE '${KEY}%')`);
  await db.query(`DELETE FROM work_packages WHERE breakdown_key LIKE '${KEY}%'`);
  await dropPrefix(redis, PREFIX);
  await dropPrefix(redis, `${PREFIX}-late`);
}

/** Starts `node worker.js` and resolves once it has synced with Redis (its "Reminders in sync" log line). */
async function startWorker(extra: Record<string, string>): Promise<ChildProcess> {
  // A private build directory has no node_modules beside it; the repository's are used.
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: resolve('node_modules'), LOG_LEVEL: 'info', MIGRATE_ON_START: 'false', ...extra };
  // No e-mail in the benchmark: in-app deliveries only.
  delete childEnv.SMTP_URL;
  delete childEnv.MAIL_CATCHER_PORT;
  const child = spawn(process.execPath, [WORKER_JS], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error('the worker did not sync within 30 s')), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Reminders in sync')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('exit', (code) => reject(new Error(`the worker exited with ${code}`)));
  });
  return child;
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

async function seedReferences(db: Client): Promise<{ departmentId: string; planId: string }> {
  const [{ id: departmentId }] = (
    await db.query(`INSERT INTO departments (code, name, kind) VALUES ('RBENCH', 'Đơn vị thử nhắc hạn', 'other') ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`)
  ).rows;
  await db.query(
    `INSERT INTO users (username, display_name, password_hash, role, department_id) VALUES ('rbench-user', 'Cán bộ thử nhắc hạn', 'not-a-login', 'department', $1)
     ON CONFLICT (username) DO UPDATE SET department_id = EXCLUDED.department_id, active = true, digest_only = false, notify_in_app = true`,
    [departmentId],
  );
  const [{ id: planId }] = (
    await db.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ('RBENCH/NQ-HĐND', 'nghi-quyet', 'Kế hoạch thử nhắc hạn', 2026, '', '{}')
       ON CONFLICT (number) DO UPDATE SET reminder_rules = NULL RETURNING id`,
    )
  ).rows;
  return { departmentId, planId };
}

/** Packages and their outbox rows in one transaction, as the API would write them, but in bulk. */
async function insertPackages(db: Client, refs: { departmentId: string; planId: string }, count: number, dueSql: string): Promise<void> {
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO work_packages (plan_id, item_ref, title, lead_department_id, due_date, status, breakdown_key)
     SELECT $1, '1.' || n, 'Nhiệm vụ thử nhắc hạn ' || n, $2, ${dueSql}, 'in_progress', '${KEY}' || n FROM generate_series(1, $3::int) AS n`,
    [refs.planId, refs.departmentId, count],
  );
  await db.query(`INSERT INTO reminder_outbox (work_package_id, reason) SELECT id, 'deadline' FROM work_packages WHERE breakdown_key LIKE '${KEY}%'`);
  await db.query(`SELECT pg_notify('reminder_outbox', '')`);
  await db.query('COMMIT');
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(100);
  }
}

async function scheduleBench(db: Client, redis: Redis, refs: { departmentId: string; planId: string }) {
  const worker = await startWorker({ QUEUE_PREFIX: PREFIX, REMINDER_RELAY_BATCH: process.env.BENCH_RELAY_BATCH ?? '2000' });
  try {
    const memoryBefore = await usedMemory(redis);
    const insertStarted = Date.now();
    // Due dates spread over the coming year, so each package has a future reminder.
    await insertPackages(db, refs, PACKAGES, `CURRENT_DATE + 8 + (n % 365)`);
    const inserted = Date.now();
    await waitUntil(async () => (await db.query(`SELECT count(*)::int AS c FROM reminder_outbox`)).rows[0].c === 0, 300_000, 'the relay to drain the outbox');
    const relayed = Date.now();
    const delayed = await redis.zcard(`${PREFIX}:reminders:delayed`);
    const memoryAfter = await usedMemory(redis);
    return { insertMs: inserted - insertStarted, relayMs: relayed - inserted, delayedJobs: delayed, redisBytes: memoryAfter - memoryBefore, redisTotal: memoryAfter };
  } finally {
    await stopWorker(worker);
  }
}

async function latenessBench(db: Client, refs: { departmentId: string; planId: string }) {
  const originMs = Date.now();
  const clock = systemReminderClock({ unitMs: 1000, originMs, overdueMaxDays: OVERDUE_DAYS });
  const worker = await startWorker({ QUEUE_PREFIX: `${PREFIX}-late`, REMINDER_UNIT_MS: '1000', REMINDER_TIME_ORIGIN_MS: String(originMs), REMINDER_OVERDUE_MAX_DAYS: String(OVERDUE_DAYS) });
  try {
    // Compressed: the due date today + k falls k seconds after the origin; the first reminder (7 "days" before) ~3 s from now.
    const firstDue = Math.ceil((Date.now() - originMs) / 1000) + 10;
    await insertPackages(db, refs, LATE_PACKAGES, `'${todayIn(new Date(originMs))}'::date + ${firstDue} + (n % ${LATE_SPREAD_S})`);
    const perPackage = DEFAULT_REMINDER_RULES.offsetsDays.length + OVERDUE_DAYS;
    const expected = LATE_PACKAGES * perPackage;
    await waitUntil(
      async () => (await db.query(`SELECT count(*)::int AS c FROM reminder_deliveries d JOIN work_packages p ON p.id = d.work_package_id WHERE p.breakdown_key LIKE '${KEY}%'`)).rows[0].c >= expected,
      (firstDue + LATE_SPREAD_S + OVERDUE_DAYS + 60) * 1000,
      `${expected} reminders`,
    );
    const rows: { id: string; kind: string; dueDate: string; createdAt: Date }[] = (
      await db.query(
        `SELECT d.work_package_id AS id, d.kind, to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", d.created_at AS "createdAt"
         FROM reminder_deliveries d JOIN work_packages p ON p.id = d.work_package_id WHERE p.breakdown_key LIKE '${KEY}%'`,
      )
    ).rows;
    const rules = effectiveRules(null);
    const lateness = rows
      .map((r) => r.createdAt.getTime() - (reminderOfKind(r.dueDate, r.kind, rules, clock)?.at.getTime() ?? NaN))
      .sort((a, b) => a - b);
    return { reminders: rows.length, expected, p50: percentile(lateness, 0.5), p99: percentile(lateness, 0.99), max: lateness[lateness.length - 1], early: lateness.filter((l) => l < -50).length };
  } finally {
    await stopWorker(worker);
  }
}

async function main(): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url: env('DATABASE_URL'), migrations: MIGRATIONS, migrationsTableName: 'migrations' }).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  const db = new Client({ connectionString: env('DATABASE_URL') });
  await db.connect();
  const redis = new Redis(env('REDIS_URL'));
  try {
    await cleanup(db, redis);
    const refs = await seedReferences(db);
    console.log(`Scheduling ${PACKAGES} packages through the outbox relay…`);
    const schedule = await scheduleBench(db, redis, refs);
    await cleanup(db, redis);
    console.log(`Delivering ${LATE_PACKAGES} packages' reminders on a compressed clock (1 day = 1 s)…`);
    const late = await latenessBench(db, refs);
    await cleanup(db, redis);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    console.table({
      'bulk insert (packages + outbox, SQL)': `${schedule.insertMs} ms`,
      'relay: outbox → BullMQ': `${(schedule.relayMs / 1000).toFixed(2)} s (${Math.round(PACKAGES / (schedule.relayMs / 1000))} packages/s; target < 30 s)`,
      'delayed jobs in Redis': `${schedule.delayedJobs}`,
      'Redis memory for them': `${mb(schedule.redisBytes)} (${Math.round(schedule.redisBytes / Math.max(1, schedule.delayedJobs))} B/job; used_memory ${mb(schedule.redisTotal)})`,
      'reminders delivered (compressed)': `${late.reminders} of ${late.expected}`,
      'lateness p50 / p99 / max': `${late.p50} / ${late.p99} / ${late.max} ms (target p99 < 2000 ms)`,
      'sent early (> 50 ms)': `${late.early}`,
    });
  } finally {
    await db.end();
    redis.disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
