import { Pool, PoolClient } from 'pg';
import { EntityManager } from 'typeorm';

/**
 * A statement run as a named prepared statement: Postgres parses and plans it once per connection and reuses that
 * (a workflow move's write, planned on every call, spent about 40 % of its Postgres CPU planning). Each name must
 * stand for one statement text only. Runs in the caller's transaction when it has one, otherwise on a pooled
 * connection, where the statement commits on its own.
 */
export async function preparedQuery<T>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive) {
    const client = (await runner.connect()) as PoolClient;
    return (await client.query<T & object>({ name, text, values })).rows;
  }
  const pool = (manager.connection.driver as unknown as { master: Pool }).master;
  return (await pool.query<T & object>({ name, text, values })).rows;
}
