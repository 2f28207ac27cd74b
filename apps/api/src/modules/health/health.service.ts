import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../../redis/redis.module';

export interface HealthReport {
  status: 'ok' | 'error';
  db: 'up' | 'down';
  redis: 'up' | 'down';
}

const PROBE_TIMEOUT_MS = 2000;

const withTimeout = <T>(promise: Promise<T>): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS).unref())]);

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async check(): Promise<HealthReport> {
    const [db, redis] = await Promise.all([
      withTimeout(this.dataSource.query('SELECT 1')).then(up, down),
      withTimeout(this.redis.ping()).then(up, down),
    ]);
    return { status: db === 'up' && redis === 'up' ? 'ok' : 'error', db, redis };
  }
}

const up = (): 'up' => 'up';
const down = (): 'down' => 'down';
