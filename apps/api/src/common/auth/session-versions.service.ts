import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource, EntityManager } from 'typeorm';
import { REDIS, REDIS_SUBSCRIBER, RedisSubscriberFactory } from '../../redis/redis.module';
import { TransportError } from '../errors/transport-error';

/** What `current` answers for a user who is gone or inactive: no token carries it. */
export const NO_SESSION = 0;

// Bounds how long a cached version can outlive a bump whose cache write was lost while Redis was down.
const CACHE_SECONDS = 60;
const keyOf = (userId: string): string => `session-version:${userId}`;
/** Every bump names its user here, so each API process forgets what it remembered of that user. */
export const SESSION_BUMPS_CHANNEL = 'session-version-bumps';
// The process's own memory of versions: a safety net in case a bump's message is lost, and a bound on its size.
const MEMORY_MS = 10_000;
const MEMORY_LIMIT = 10_000;

/**
 * Each user's session version, which every access token carries: bumping it ends all of that user's
 * access tokens on their next request. Postgres is the truth, Redis a cache; when neither answers, requests fail closed.
 *
 * Each process also remembers the versions it read (so an authenticated request costs no Redis round trip), only
 * while it is subscribed to the bumps channel: a bump forgets the user at once in the process that made it and, through
 * the channel, within milliseconds in every other. While the subscription is down (not yet made, or reconnecting),
 * memory is emptied and not used; a value read before a bump was heard (or before the subscription came up) is not kept.
 */
@Injectable()
export class SessionVersionsService implements OnApplicationShutdown {
  private readonly logger = new Logger(SessionVersionsService.name);
  // One Postgres read per user at a time: a burst of requests after the cache expired must not drain the pool.
  private readonly reading = new Map<string, Promise<number>>();
  private readonly memory = new Map<string, { version: number; until: number }>();
  // Moves at every bump heard and every change of the subscription: a read that began under an older value may be stale.
  private generation = 0;
  private subscribed = false;
  private subscriber: Redis | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_SUBSCRIBER) private readonly newSubscriber: RedisSubscriberFactory,
  ) {}

  async current(userId: string): Promise<number> {
    const remembered = this.remembered(userId);
    if (remembered !== null) return remembered;
    this.listenForBumps();
    const since = this.generation;
    const cached = await this.redis.get(keyOf(userId)).catch(() => null);
    if (cached !== null && /^\d+$/.test(cached)) return this.remember(userId, Number(cached), since);
    const pending = this.reading.get(userId);
    if (pending) return pending;
    const read = this.readAndCache(userId)
      .then((version) => this.remember(userId, version, since))
      .finally(() => this.reading.delete(userId));
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
    await this.redis
      .multi()
      .set(keyOf(userId), String(version), 'EX', CACHE_SECONDS)
      .publish(SESSION_BUMPS_CHANNEL, userId)
      .exec()
      .catch((error: Error) => {
        this.logger.warn(`Session version of ${userId} not cached (${error.message}); the old one expires within ${CACHE_SECONDS} s`);
      });
    this.forget(userId);
  }

  /** Bumps in its own committed transaction, for changes that have nothing else to write. */
  async endAccessTokens(userId: string): Promise<void> {
    const version = await this.dataSource.transaction((manager) => this.bump(manager, userId));
    await this.publish(userId, version);
  }

  async onApplicationShutdown(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = null;
    await subscriber?.quit().catch(() => subscriber.disconnect());
  }

  private remembered(userId: string): number | null {
    if (!this.subscribed) return null;
    const entry = this.memory.get(userId);
    if (!entry) return null;
    if (entry.until > Date.now()) return entry.version;
    this.memory.delete(userId);
    return null;
  }

  /** Keeps a version read since generation `since`, unless a bump was heard or the subscription changed meanwhile. */
  private remember(userId: string, version: number, since: number): number {
    if (this.subscribed && this.generation === since) {
      if (this.memory.size >= MEMORY_LIMIT) this.memory.clear();
      this.memory.set(userId, { version, until: Date.now() + MEMORY_MS });
    }
    return version;
  }

  private forget(userId: string): void {
    this.generation++;
    this.memory.delete(userId);
  }

  private setSubscribed(subscribed: boolean): void {
    this.generation++;
    this.subscribed = subscribed;
    this.memory.clear();
  }

  /** Opened with the first session check (the worker, which checks none, never opens it). */
  private listenForBumps(): void {
    if (this.subscriber) return;
    const subscriber = this.newSubscriber();
    this.subscriber = subscriber;
    subscriber.on('error', (error: Error) => this.logger.debug(`session bumps subscriber: ${error.message}`));
    subscriber.on('message', (_channel: string, userId: string) => this.forget(userId));
    // A message sent while the connection was down is lost: memory is emptied at once and used again only once Redis confirms the subscription.
    subscriber.on('close', () => this.setSubscribed(false));
    subscriber.on('ready', () => {
      subscriber
        .subscribe(SESSION_BUMPS_CHANNEL)
        .then(() => subscriber.status === 'ready' && this.subscriber === subscriber && this.setSubscribed(true))
        .catch((error: Error) => this.logger.warn(`session bumps subscribe failed: ${error.message}`));
    });
  }
}
