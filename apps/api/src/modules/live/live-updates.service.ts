import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { REDIS, REDIS_SUBSCRIBER, RedisSubscriberFactory } from '../../redis/redis.module';
import { PackageChangeEvent, setLivePublisher, takeLiveChanges } from './live-change';

export type LiveListener = (event: PackageChangeEvent) => void;

/**
 * Live updates across API processes: a committed package change is published on one Redis channel, and every
 * process (each holding its browsers' event streams) receives it through its own subscriber connection.
 */
@Injectable()
export class LiveUpdatesService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(LiveUpdatesService.name);
  private readonly listeners = new Set<LiveListener>();
  private readonly channel: string;
  private subscriber: Redis | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_SUBSCRIBER) private readonly newSubscriber: RedisSubscriberFactory,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.channel = `${config.QUEUE_PREFIX}:live`;
  }

  onModuleInit(): void {
    const publishOnCommit: EntitySubscriberInterface = {
      afterTransactionCommit: (event: TransactionCommitEvent) => {
        // A released savepoint is not the commit; the outermost one is.
        if (event.queryRunner.isTransactionActive) return;
        for (const change of takeLiveChanges(event.queryRunner.data as Record<string, unknown>)) this.publish(change);
      },
      afterTransactionRollback: (event: TransactionRollbackEvent) => {
        if (!event.queryRunner.isTransactionActive) takeLiveChanges(event.queryRunner.data as Record<string, unknown>);
      },
    };
    this.dataSource.subscribers.push(publishOnCommit);
    setLivePublisher((change) => this.publish(change));
  }

  /** Adds a listener; the Redis subscription is opened with the first one. Returns the unsubscribe. */
  listen(listener: LiveListener): () => void {
    this.listeners.add(listener);
    this.ensureSubscribed();
    return () => this.listeners.delete(listener);
  }

  async onApplicationShutdown(): Promise<void> {
    setLivePublisher(null);
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private publish(change: PackageChangeEvent): void {
    this.redis.publish(this.channel, JSON.stringify(change)).catch((error: Error) => this.logger.warn(`live update not published: ${error.message}`));
  }

  private ensureSubscribed(): void {
    if (this.subscriber) return;
    const subscriber = this.newSubscriber();
    this.subscriber = subscriber;
    subscriber.on('error', (error: Error) => this.logger.debug(`live subscriber: ${error.message}`));
    subscriber.on('message', (_channel: string, message: string) => {
      let change: PackageChangeEvent;
      try {
        change = JSON.parse(message) as PackageChangeEvent;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(change);
    });
    void subscriber.subscribe(this.channel).catch((error: Error) => this.logger.warn(`live subscribe failed: ${error.message}`));
  }
}
