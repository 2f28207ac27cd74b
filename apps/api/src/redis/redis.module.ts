import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis, { Command } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const REDIS = Symbol('REDIS');
/** A function that opens a new connection for SUBSCRIBE (a subscribed connection takes no other commands). */
export const REDIS_SUBSCRIBER = Symbol('REDIS_SUBSCRIBER');
export type RedisSubscriberFactory = () => Redis;

const BREAK_MS = 2000;

/**
 * After a command times out, every command fails at once for BREAK_MS (callers fall back to memory), so a request that
 * makes several Redis calls waits for one timeout, not one per call; then a single command probes again.
 */
export function withBreaker(client: Redis): Redis {
  let openUntil = 0;
  const send = client.sendCommand.bind(client);
  client.sendCommand = ((command: Command, stream?: unknown) => {
    if (Date.now() < openUntil) {
      command.reject(new Error('Redis is not answering (command skipped)'));
      return command.promise;
    }
    command.promise.catch((error: Error) => {
      if (/timed out/i.test(error.message)) openUntil = Date.now() + BREAK_MS;
    });
    return send(command, stream as never);
  }) as Redis['sendCommand'];
  return client;
}

/** The shared client for counters and health; it fails fast while Redis is down or paused instead of queueing or waiting. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        withBreaker(new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false, connectTimeout: 2000, commandTimeout: config.REDIS_REQUEST_TIMEOUT_MS })),
    },
    {
      provide: REDIS_SUBSCRIBER,
      inject: [APP_CONFIG],
      // It waits for Redis instead of failing fast, and reconnects and resubscribes by itself.
      useFactory: (config: AppConfig): RedisSubscriberFactory => () => new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false }),
    },
  ],
  exports: [REDIS, REDIS_SUBSCRIBER],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
