import { DataSource } from 'typeorm';

/** The role holding the application's privileges (granted by the ApplicationRole migration); the login of DATABASE_URL is it or a member of it. */
export const APP_ROLE = 'mandate_app';

/**
 * Run as the owner after migrating: makes DATABASE_URL's user a login that holds the application's privileges and
 * nothing more, with the URL's password. Does nothing when the application connects as the owner itself (older setups).
 */
export async function provisionAppLogin(owner: DataSource, appUrl: string): Promise<'provisioned' | 'same-as-owner'> {
  const url = new URL(appUrl);
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const [{ current }] = await owner.query(`SELECT current_user AS current`);
  if (!user || user === current) return 'same-as-owner';
  const [{ sql }] = await owner.query(
    `SELECT format(CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) THEN 'ALTER' ELSE 'CREATE' END || ' ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L', $1::text, $2::text) AS sql`,
    [user, password],
  );
  await owner.query(sql);
  if (user !== APP_ROLE) await owner.query(`SELECT format('GRANT ${APP_ROLE} TO %I', $1::text) AS sql`, [user]).then(([row]) => owner.query(row.sql));
  return 'provisioned';
}
