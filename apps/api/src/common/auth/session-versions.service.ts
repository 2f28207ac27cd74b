import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource, EntityManager } from 'typeorm';
import { REDIS } from '../../redis/redis.module';
import { TransportError } from '../errors/transport-error';

/** What `current` answers for a user who is gone or inactive: no token carries it. */
export const NO_SESSION = 0;

// Bounds how long a cached version can outlive a bump whose cache write was lost while Redis was down.
const CACHE_SECONDS = 60;
const keyOf = (userId: string): string => `session-version:${userId}`;

/**
 * Each user's session version, which every access token carries: bumping it ends all of that user's
 * access tokens on their next request. Postgres is the truth, Redis a cache; when neither answers, requests fail closed.
 */
@Injectable()
export class SessionVersionsService {
  private readonly logger = new Logger(SessionVersionsService.name);
  // One Postgres read per user at a time: a burst of requests after the cache expired must not drain the pool.
  private readonly reading = new Map<string, Promise<number>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async current(userId: string): Promise<number> {
    const cached = await this.redis.get(keyOf(userId)).catch(() => null);
    if (cached !== null && /^\d+$/.test(cached)) return Number(cached);
    const pending = this.reading.get(userId);
    if (pending) return pending;
    const read = this.readAndCache(userId).finally(() => this.reading.delete(userId));
    this.reading.set(userId, read);
    return read;
  }

  private async readAndCache(userId: string): Promise<number> {
    let version: number;
    try {
      const rows = await this.dataSource.query<{ session_version: number; active: boolean }[]>(`SELECT session_version, active FROM users WHERE id = $1`, [userId]);
      version = rows[0]?.active ? rows[0].session_version : NO_SESSION;
    } catch (error) {
      this.logger.error(`Session check failed: ${(error as Error).message}`);
      throw new TransportError('SERVICE_UNAVAILABLE', 'Your session cannot be checked right now; try again in a moment.');
    }
    // NX: a bump that committed meanwhile has already written the newer value, which must win.
    await this.redis.set(keyOf(userId), String(version), 'EX', CACHE_SECONDS, 'NX').catch(() => undefined);
    return version;
  }

  /** Inside the transaction that changes the user; call `publish` with the result once it has committed. */
  async bump(manager: EntityManager, userId: string): Promise<number> {
    const [rows] = await manager.query<[{ session_version: number; active: boolean }[], number]>(
      `UPDATE users SET session_version = session_version + 1 WHERE id = $1 RETURNING session_version, active`,
      [userId],
    );
    return rows[0]?.active ? rows[0].session_version : NO_SESSION;
  }

  async publish(userId: string, version: number): Promise<void> {
    await this.redis.set(keyOf(userId), String(version), 'EX', CACHE_SECONDS).catch((error: Error) => {
      this.logger.warn(`Session version of ${userId} not cached (${error.message}); the old one expires within ${CACHE_SECONDS} s`);
    });
  }

  /** Bumps in its own committed transaction, for changes that have nothing else to write. */
  async endAccessTokens(userId: string): Promise<void> {
    const version = await this.dataSource.transaction((manager) => this.bump(manager, userId));
    await this.publish(userId, version);
  }
}
