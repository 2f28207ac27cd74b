import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export const dataSourceOptions = (config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>): DataSourceOptions => ({
  type: 'postgres',
  url: config.DATABASE_URL,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: 'migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  // Failed queries surface as exceptions and are logged once by the exception filter.
  logging: false,
  // keepAlive finds half-open connections; a short connect timeout turns an outage into a quick 503.
  extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 3000, keepAlive: true },
});
