import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { REDIS } from '../../redis/redis.module';
import { TransportError } from '../../common/errors/transport-error';

const FIRST_DELAY_MS = 250;

/** Delay before the next attempt on an account with this many recent failures from anywhere: none, then doubling up to the cap. */
export const accountDelayMs = (failures: number, freeFailures: number, maxMs: number): number =>
  failures < freeFailures ? 0 : Math.min(maxMs, FIRST_DELAY_MS * 2 ** Math.min(failures - freeFailures, 20));

/**
 * Counts failed sign-ins in Redis (shared by every API replica); while Redis is down an in-memory counter stands in.
 * Hard locks are per account-and-address and per address, so a stranger can slow an account down but never lock its owner out;
 * across addresses an account only slows down (exponential delay before each attempt, capped).
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccountAndAddress: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;
  private readonly byAccount: RateLimiterRedis;
  private readonly passwordChanges: RateLimiterRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const limiter = (keyPrefix: string, points: number) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: config.LOGIN_BLOCK_SECONDS, insuranceLimiter: new RateLimiterMemory({ points, duration: config.LOGIN_BLOCK_SECONDS }) });
    this.byAccountAndAddress = limiter('login-fail-account-address', config.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    this.byAddress = limiter('login-fail-address', config.LOGIN_MAX_FAILURES_PER_ADDRESS);
    this.byAccount = limiter('login-fail-account', Number.MAX_SAFE_INTEGER);
    this.passwordChanges = limiter('password-change-fail', config.PASSWORD_CHANGE_MAX_FAILURES);
  }

  async assertAllowed(username: string, address: string): Promise<void> {
    const [pair, ip, account] = await Promise.all([this.byAccountAndAddress.get(pairKey(username, address)), this.byAddress.get(address), this.byAccount.get(username)]);
    const blocking = [exhausted(pair, this.byAccountAndAddress.points) ? pair : null, exhausted(ip, this.byAddress.points) ? ip : null];
    if (blocking.some(Boolean)) {
      throw new TransportError('RATE_LIMITED', 'Too many failed sign-in attempts; wait a few minutes and try again.', [], retryAfterSeconds(...blocking));
    }
    const delay = accountDelayMs(account?.consumedPoints ?? 0, this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT, this.config.LOGIN_ACCOUNT_DELAY_MAX_MS);
    if (delay > 0) await sleep(delay);
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([this.byAccountAndAddress.penalty(pairKey(username, address), 1), this.byAddress.penalty(address, 1), this.byAccount.penalty(username, 1)]);
  }

  /** Clears only this address's count: failures from elsewhere keep slowing the account until they expire. */
  async recordSuccess(username: string, address: string): Promise<void> {
    await this.byAccountAndAddress.delete(pairKey(username, address));
  }

  /** Each wrong current password costs an argon2 hash and is a guess with a stolen token, so they are counted per user. */
  async assertPasswordChangeAllowed(userId: string): Promise<void> {
    const count = await this.passwordChanges.get(userId);
    if (exhausted(count, this.passwordChanges.points)) {
      throw new TransportError('RATE_LIMITED', 'Too many wrong current passwords; wait a few minutes and try again.', [], retryAfterSeconds(count));
    }
  }

  async recordPasswordChangeFailure(userId: string): Promise<void> {
    await this.passwordChanges.penalty(userId, 1);
  }

  async recordPasswordChangeSuccess(userId: string): Promise<void> {
    await this.passwordChanges.delete(userId);
  }
}

const pairKey = (username: string, address: string): string => `${username}|${address}`;

/** Whole seconds until the longest of the blocking counters expires (at least 1). */
const retryAfterSeconds = (...blocking: (RateLimiterRes | null)[]): number =>
  Math.max(1, ...blocking.map((res) => Math.ceil((res?.msBeforeNext ?? 0) / 1000)));

const exhausted = (res: RateLimiterRes | null, points: number): boolean => res !== null && res.consumedPoints >= points;
