import { Client } from 'pg';
import { hashPassword } from '../../apps/api/src/common/auth/password-hasher';
import { BENCH_PASSWORD, BENCH_USER } from '../board/bench-account';

const PACKAGES = Number(process.env.BENCH_PACKAGES ?? 100_000);

/** One plan with 8 items × 5 sub-items and PACKAGES packages, a progress report on every tenth; bulk SQL outside the API. */
async function main(): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const started = Date.now();
  try {
    await client.query('BEGIN');
    await client.query(`INSERT INTO users (username, display_name, password_hash, role) VALUES ($1, 'Benchmark UBND', $2, 'ubnd') ON CONFLICT (username) DO NOTHING`, [
      BENCH_USER,
      await hashPassword(BENCH_PASSWORD),
    ]);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ('BENCH-EXPORT/NQ-HĐND', 'nghi-quyet', 'Kế hoạch thử xuất Excel', 2026, '', '{}') RETURNING id`,
    );
    const planId = rows[0].id;
    await client.query(
      `INSERT INTO plan_items (plan_id, ref, parent_ref, title, paragraphs, position, is_leaf)
       SELECT $1::uuid, '3.' || i, NULL::text, 'Nhóm nhiệm vụ ' || i, '{}', (i - 1) * 6, false FROM generate_series(1, 8) i
       UNION ALL
       SELECT $1::uuid, '3.' || i || '.' || chr(96 + j), '3.' || i, 'Mục ' || i || '.' || j, ARRAY['Câu nguồn của các nhiệm vụ thuộc mục ' || i || '.' || j], (i - 1) * 6 + j, true
       FROM generate_series(1, 8) i, generate_series(1, 5) j`,
      [planId],
    );
    const statuses = `ARRAY['not_started','in_progress','in_progress','blocked','submitted','done','cancelled']`;
    await client.query(
      `WITH d AS (SELECT array_agg(id ORDER BY code) AS ids FROM departments)
       INSERT INTO work_packages (plan_id, item_ref, title, source_text, lead_department_id, cooperating_department_ids, due_date, original_due_date, expected_output, status, progress, completed_on)
       SELECT $1, '3.' || (1 + n % 8) || '.' || chr(97 + n % 5),
              'Nhiệm vụ thử số ' || n || ' về giải ngân vốn đầu tư công và phát triển kinh tế - xã hội của tỉnh',
              'Câu nguồn của nhiệm vụ ' || n,
              d.ids[1 + n % array_length(d.ids, 1)], ARRAY[d.ids[1 + (n + 3) % array_length(d.ids, 1)], d.ids[1 + (n + 7) % array_length(d.ids, 1)]],
              CASE WHEN n % 17 = 0 THEN NULL ELSE DATE '2026-01-01' + (n % 365) END,
              CASE WHEN n % 11 = 0 THEN DATE '2026-01-01' + (n % 200) END,
              'Báo cáo kết quả thực hiện', s.status, CASE WHEN s.status = 'done' THEN 100 ELSE n % 100 END,
              CASE WHEN s.status = 'done' THEN DATE '2026-01-01' + (n % 365) END
       FROM generate_series(1, $2::int) AS n, d, LATERAL (SELECT (${statuses})[1 + n % 7] AS status) s`,
      [planId, PACKAGES],
    );
    await client.query(
      `INSERT INTO progress_reports (work_package_id, author_id, progress, summary, submitted_at)
       SELECT wp.id, u.id, wp.progress, 'Đã triển khai ' || wp.progress || '% khối lượng; tiếp tục đôn đốc các đơn vị phối hợp', '2026-06-01T03:00:00Z'
       FROM (SELECT id, progress, row_number() OVER () AS rn FROM work_packages WHERE plan_id = $1) wp, (SELECT id FROM users WHERE username = $2) u WHERE wp.rn % 10 = 0`,
      [planId, BENCH_USER],
    );
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE work_packages');
    await client.query('VACUUM ANALYZE progress_reports');
    console.log(`Seeded ${PACKAGES} packages in plan ${planId} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
