import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { MIGRATIONS } from '../../src/database/migrations';
import { applyTestEnv } from './test-env';

/** A fresh schema for the run: drop everything, then apply every migration, as production does. */
export default async function globalSetup(): Promise<void> {
  applyTestEnv();
  // Runs outside Jest's module mapping, so it loads the migrations alone, not the entities.
  const dataSource = await new DataSource({ type: 'postgres', url: loadConfig().DATABASE_URL, migrations: MIGRATIONS }).initialize();
  try {
    await dataSource.query('DROP SCHEMA public CASCADE');
    await dataSource.query('CREATE SCHEMA public');
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
