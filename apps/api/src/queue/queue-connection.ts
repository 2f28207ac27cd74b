import type { RedisOptions } from 'bullmq';
import { AppConfig } from '../config/app-config';

/** BullMQ takes ioredis options, not a URL; the db index of REDIS_URL is kept (`redis://host:port/5`). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    db: Number.isInteger(db) ? db : 0,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** Workers need maxRetriesPerRequest null (they block); reconnects back off to 2 s so a restarted Redis is found quickly. */
export const workerConnection = (config: Pick<AppConfig, 'REDIS_URL'>): RedisOptions => ({
  ...redisOptionsFromUrl(config.REDIS_URL),
  maxRetriesPerRequest: null,
  retryStrategy: (times: number) => Math.min(200 * times, 2000),
});

/** For producers and the admin view: fail fast while Redis is down instead of queueing commands in memory. */
export const producerConnection = (config: Pick<AppConfig, 'REDIS_URL'>): RedisOptions => ({
  ...workerConnection(config),
  enableOfflineQueue: false,
});

/** Rejects after `ms`, so a call to an unreachable Redis cannot hold a transaction or a request open. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
