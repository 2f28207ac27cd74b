import { Client } from 'pg';

/**
 * Puts the e2e database back to its seeded reference data (departments, rules, demo accounts) with no plans or
 * packages, so each test sets up its own state through the API. The audit log is append-only and stays.
 */
export async function resetPlansAndPackages(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the browser tests through "npm run test:all".');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables
        WHERE schemaname = 'public' AND tablename NOT IN ('departments', 'users', 'breakdown_rules', 'audit_events', 'migrations', 'refresh_tokens', 'data_revisions')`,
    );
    if (rows.length > 0) await client.query(`TRUNCATE ${rows.map((r) => r.name).join(', ')} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Runs one statement on the e2e database: for states the API refuses to create (a deadline already past). */
export async function sql(statement: string, params: unknown[] = []): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the browser tests through "npm run test:all".');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement, params);
  } finally {
    await client.end();
  }
}

/**
 * A plan whose `count` packages, all not started, are led by one department: a board too big to draw card by card,
 * written in one SQL statement (the API would take minutes to create them one by one). Returns the plan's id.
 */
export async function seedLargePlan(count: number, departmentName: string): Promise<string> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the browser tests through "npm run test:all".');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const plan = await client.query<{ id: string }>(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'nghi-quyet', $2, 2026, '', '{}'::jsonb) RETURNING id`,
      [`E2E-${count}/NQ-HĐND`, `Kế hoạch ${count} nhiệm vụ`],
    );
    const planId = plan.rows[0].id;
    await client.query(
      `INSERT INTO work_packages (plan_id, item_ref, title, description, lead_department_id, due_date, status, progress, breakdown_key)
       SELECT $1, '1.' || (1 + n % 9), 'Nhiệm vụ lớn số ' || n, '', d.id, DATE '2026-01-01' + n, 'not_started', 0, 'e2e-large-' || n
         FROM generate_series(1, $2::int) AS n, (SELECT id FROM departments WHERE name = $3) AS d`,
      [planId, count, departmentName],
    );
    return planId;
  } finally {
    await client.end();
  }
}
