import { Client } from 'pg';
import { hashPassword } from '../../apps/api/src/common/auth/password-hasher';
import { BENCH_PASSWORD, BENCH_USER } from '../board/bench-account';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 5_000);
const MONTHS = Number(process.env.BENCH_MONTHS ?? 36);

/** Bulk-inserts a plan with PROJECTS projects and MONTHS monthly cumulative figures each (from 01/2025), in SQL, and times it. */
async function main(): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const started = Date.now();
  try {
    await client.query('BEGIN');
    await client.query(`INSERT INTO users (username, display_name, password_hash, role) VALUES ($1, 'Benchmark UBND', $2, 'ubnd') ON CONFLICT (username) DO NOTHING`, [BENCH_USER, await hashPassword(BENCH_PASSWORD)]);
    await client.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES
         ('BENCH-DISB/NQ-HĐND', 'nghi-quyet', 'Kế hoạch thử giải ngân', 2026, '', '{}'::jsonb),
         ('BENCH-IMPORT/NQ-HĐND', 'nghi-quyet', 'Kế hoạch thử nhập Excel', 2026, '', '{}'::jsonb)
       ON CONFLICT (number) DO NOTHING`,
    );
    await client.query(
      `WITH d AS (SELECT array_agg(id ORDER BY code) AS ids FROM departments),
            p AS (SELECT id FROM plans WHERE number = 'BENCH-DISB/NQ-HĐND')
       INSERT INTO disbursement_projects (plan_id, code, name, investor_department_id, capital_source, allocated)
       SELECT p.id, 'DA-' || lpad(n::text, 5, '0'), 'Dự án thử số ' || n, d.ids[1 + n % array_length(d.ids, 1)],
              CASE WHEN n % 3 = 0 THEN 'Ngân sách trung ương' ELSE 'Ngân sách tỉnh' END, (10 + n % 500) * 1000000000::bigint
       FROM generate_series(1, $1::int) AS n, d, p`,
      [PROJECTS],
    );
    // Cumulative figures rise month by month at a pace that differs per project, capped by the allocation.
    await client.query(
      `INSERT INTO disbursement_figures (project_id, plan_id, month, cumulative)
       SELECT pr.id, pr.plan_id, to_char(DATE '2025-01-01' + make_interval(months => m - 1), 'YYYY-MM'),
              least(pr.allocated, (pr.allocated * m * (50 + abs(hashtext(pr.code)) % 60) / (100 * $1::int))::bigint)
       FROM disbursement_projects pr JOIN plans pl ON pl.id = pr.plan_id AND pl.number = 'BENCH-DISB/NQ-HĐND', generate_series(1, $1::int) AS m`,
      [MONTHS],
    );
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE disbursement_projects');
    await client.query('VACUUM ANALYZE disbursement_figures');
    const { rows } = await client.query<{ p: number; f: number }>(`SELECT (SELECT count(*) FROM disbursement_projects)::int AS p, (SELECT count(*) FROM disbursement_figures)::int AS f`);
    console.log(`Seeded ${rows[0].p} projects and ${rows[0].f} monthly figures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
