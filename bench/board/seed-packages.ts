import { Client } from 'pg';
import { hashPassword } from '../../apps/api/src/common/auth/password-hasher';
import { BENCH_PASSWORD, BENCH_USER, BIG_PLAN_NUMBER } from './bench-account';

const PACKAGES = Number(process.env.BENCH_PACKAGES ?? 100_000);
const DEPARTMENTS = 40;
const BIG_BOARD = Number(process.env.BENCH_BIG_BOARD ?? 10_000);
/** Supervision requests addressed to the departments (the league's "answered on time" column counts them). */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4_000);


/** Bulk-inserts the benchmark's data set in SQL (generate_series), outside the API, and times it. */
async function main(): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const started = Date.now();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO departments (code, name, kind)
       SELECT 'BENCH-' || n, 'Đơn vị thử ' || n, 'other' FROM generate_series(1, $1::int) AS n
       ON CONFLICT (code) DO NOTHING`,
      [DEPARTMENTS - 26],
    );
    await client.query(
      `INSERT INTO users (username, display_name, password_hash, role) VALUES ($1, 'Benchmark UBND', $2, 'ubnd') ON CONFLICT (username) DO NOTHING`,
      [BENCH_USER, await hashPassword(BENCH_PASSWORD)],
    );
    await client.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse)
       SELECT 'BENCH-' || n || '/NQ-HĐND', 'nghi-quyet', 'Kế hoạch thử ' || n, 2025 + n, '', '{}'::jsonb FROM generate_series(1, 3) AS n
       ON CONFLICT (number) DO NOTHING`,
    );
    // One plan holds BENCH_BIG_BOARD packages (10,000): the whole-board-in-one-call figures are read on it.
    await client.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'nghi-quyet', 'Kế hoạch 10.000 nhiệm vụ', 2026, '', '{}'::jsonb) ON CONFLICT (number) DO NOTHING`,
      [BIG_PLAN_NUMBER],
    );
    const statuses = `ARRAY['not_started','in_progress','in_progress','blocked','submitted','done','cancelled']`;
    await client.query(
      `WITH d AS (SELECT array_agg(id ORDER BY code) AS ids FROM departments),
            p AS (SELECT array_agg(id ORDER BY number) AS ids FROM plans WHERE number LIKE 'BENCH-%'),
            big AS (SELECT id FROM plans WHERE number = '${BIG_PLAN_NUMBER}')
       INSERT INTO work_packages (plan_id, item_ref, title, description, source_text, lead_department_id, due_date, status, progress, completed_on, breakdown_key)
       SELECT CASE WHEN n <= $2::int THEN big.id ELSE p.ids[1 + n % 3] END,
              '3.' || (1 + n % 8) || '.' || chr(97 + n % 5),
              'Nhiệm vụ thử số ' || n || CASE WHEN n % 50 = 0 THEN ' về giải ngân vốn đầu tư công' ELSE ' về phát triển du lịch' END,
              'Mô tả nhiệm vụ ' || n,
              'Câu nguồn của nhiệm vụ ' || n,
              d.ids[1 + n % array_length(d.ids, 1)],
              CASE WHEN n % 17 = 0 THEN NULL ELSE DATE '2026-01-01' + (n % 730) END,
              s.status,
              CASE WHEN s.status = 'done' THEN 100 ELSE n % 100 END,
              CASE WHEN s.status = 'done' THEN DATE '2026-01-01' + (n % 700) END,
              'bench-' || n
       FROM generate_series(1, $1::int) AS n, d, p, big,
            LATERAL (SELECT (${statuses})[1 + n % 7] AS status) s`,
      [PACKAGES, BIG_BOARD],
    );
    // A tenth addressed to the UBND; open, answered (on time or late) and closed, due over two years like the packages.
    await client.query(
      `WITH d AS (SELECT array_agg(id ORDER BY code) AS ids FROM departments),
            p AS (SELECT array_agg(id ORDER BY number) AS ids FROM plans WHERE number LIKE 'BENCH-%'),
            u AS (SELECT id FROM users WHERE username = $2)
       INSERT INTO supervision_requests (kind, subject_type, subject_id, subject_title, plan_id, addressee_department_id, content, status, due_date, answered_on, raised_by)
       SELECT (ARRAY['kien_nghi','chat_van','yeu_cau_bao_cao'])[1 + n % 3], 'plan', p.ids[1 + n % 3], 'Kế hoạch thử', p.ids[1 + n % 3],
              CASE WHEN n % 10 = 0 THEN NULL ELSE d.ids[1 + n % array_length(d.ids, 1)] END,
              'Yêu cầu giám sát thử số ' || n, s.status, DATE '2026-01-01' + (n % 730),
              CASE WHEN s.status = 'open' THEN NULL ELSE DATE '2026-01-01' + (n % 730) + (n % 11) - 5 END, u.id
       FROM generate_series(1, $1::int) AS n, d, p, u,
            LATERAL (SELECT (ARRAY['open','answered','closed'])[1 + n % 3] AS status) s`,
      [REQUESTS, BENCH_USER],
    );
    await client.query('COMMIT');
    // After a bulk load, as autovacuum would soon: sets the visibility map so index-only scans apply.
    await client.query('VACUUM ANALYZE work_packages');
    await client.query('VACUUM ANALYZE supervision_requests');
    const { rows } = await client.query<{ n: number; d: number }>('SELECT count(*)::int AS n, count(DISTINCT lead_department_id)::int AS d FROM work_packages');
    console.log(`Seeded ${rows[0].n} packages across ${rows[0].d} departments and 4 plans (${BIG_BOARD} in ${BIG_PLAN_NUMBER}), ${REQUESTS} supervision requests, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
