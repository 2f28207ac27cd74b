import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@mandate/domain';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { REDIS } from '../../redis/redis.module';

/**
 * Counts failed sign-ins per account and per address in Redis (shared by every API replica);
 * while Redis is down an in-memory counter stands in rather than letting guesses through.
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccount: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const duration = config.LOGIN_BLOCK_SECONDS;
    this.byAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'login-fail-account',
      points: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      duration,
      insuranceLimiter: new RateLimiterMemory({ points: config.LOGIN_MAX_FAILURES_PER_ACCOUNT, duration }),
    });
    this.byAddress = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'login-fail-address',
      points: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
      duration,
      insuranceLimiter: new RateLimiterMemory({ points: config.LOGIN_MAX_FAILURES_PER_ADDRESS, duration }),
    });
  }

  async assertAllowed(username: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([this.byAccount.get(username), this.byAddress.get(address)]);
    if (exhausted(account, this.byAccount.points) || exhausted(ip, this.byAddress.points)) {
      throw new DomainError('RATE_LIMITED', 'Too many failed sign-in attempts; wait a few minutes and try again.');
    }
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([this.byAccount.penalty(username, 1), this.byAddress.penalty(address, 1)]);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.byAccount.delete(username);
  }
}

const exhausted = (res: RateLimiterRes | null, points: number): boolean => res !== null && res.consumedPoints >= points;
