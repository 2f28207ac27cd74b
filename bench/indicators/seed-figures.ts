import { Client } from 'pg';

/**
 * A year of figures on the seeded sample plan's 21 indicators: every month, quarter, half, nine months and the year, as estimate and
 * official, plus one superseded correction of each (80 sets per indicator), in SQL. Values drift around each target's pace.
 */
async function main(): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const started = Date.now();
  try {
    const periods = [
      ...Array.from({ length: 12 }, (_, i) => [`2026-${String(i + 1).padStart(2, '0')}`, i + 1] as const),
      ...[1, 2, 3, 4].map((q) => [`2026-Q${q}`, q * 3] as const),
      ['2026-H1', 6] as const,
      ['2026-9M', 9] as const,
      ['2026-H2', 12] as const,
      ['2026', 12] as const,
    ];
    await client.query('BEGIN');
    const { rowCount } = await client.query(
      `WITH p AS (SELECT * FROM unnest($1::text[], $2::int[]) AS p(period, last_month)),
            k AS (SELECT unnest(ARRAY['estimate', 'official']) AS kind),
            c AS (SELECT unnest(ARRAY[true, false]) AS superseded),
            u AS (SELECT id FROM users WHERE role = 'ubnd' ORDER BY username LIMIT 1)
       INSERT INTO indicator_measurements (indicator_id, period, period_end, kind, "values", source, entered_by, confirmed_by, confirmed_at, superseded_at)
       SELECT i.id, p.period, (make_date(2026, p.last_month, 1) + interval '1 month - 1 day')::date, k.kind,
              (SELECT jsonb_agg(jsonb_build_object('targetId', t.id, 'value', round((t.value * (0.85 + random() * 0.3))::numeric, 2)))
                 FROM indicator_targets t WHERE t.indicator_id = i.id AND t.value IS NOT NULL),
              'Cục Thống kê tỉnh (số liệu thử)', u.id, u.id, now(), CASE WHEN c.superseded THEN now() END
       FROM plan_indicators i, p, k, c, u
       WHERE EXISTS (SELECT 1 FROM indicator_targets t WHERE t.indicator_id = i.id AND t.value IS NOT NULL)`,
      [periods.map((p) => p[0]), periods.map((p) => p[1])],
    );
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE indicator_measurements');
    console.log(`Seeded ${rowCount} figure sets in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
