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
