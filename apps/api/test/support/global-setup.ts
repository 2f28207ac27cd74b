import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { provisionAppLogin } from '../../src/database/app-role';
import { MIGRATIONS } from '../../src/database/migrations';
import { applyTestEnv } from './test-env';

/** A fresh schema for the run: drop everything, then apply every migration, as production does. */
export default async function globalSetup(): Promise<void> {
  applyTestEnv();
  // Runs outside Jest's module mapping, so it loads the migrations alone, not the entities.
  const config = loadConfig();
  // As production: the owner migrates, the tests' API connects as the application role.
  const dataSource = await new DataSource({ type: 'postgres', url: config.DATABASE_OWNER_URL ?? config.DATABASE_URL, migrations: MIGRATIONS }).initialize();
  try {
    await dataSource.query('DROP SCHEMA public CASCADE');
    await dataSource.query('CREATE SCHEMA public');
    await dataSource.runMigrations({ transaction: 'each' });
    await provisionAppLogin(dataSource, config.DATABASE_URL);
  } finally {
    await dataSource.destroy();
  }
}
