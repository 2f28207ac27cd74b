import { EventEmitter } from 'node:events';
import { TransportError } from '../errors/transport-error';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { NO_SESSION, SESSION_BUMPS_CHANNEL, SessionVersionsService } from './session-versions.service';

const down = () => Promise.reject(new Error('connection refused'));

const redisWith = (get: () => Promise<string | null>) => ({ get: jest.fn(get), set: jest.fn(() => Promise.resolve('OK')) }) as unknown as Redis;
const postgresWith = (query: () => Promise<unknown>) => ({ query: jest.fn(query) }) as unknown as DataSource;

/** The subscriber connection, driven by the test: `up()` connects and confirms the subscription, `drop()` cuts it. */
class FakeSubscriber extends EventEmitter {
  status = 'connecting';
  readonly subscribe = jest.fn(() => Promise.resolve(1));
  readonly quit = jest.fn(() => Promise.resolve('OK'));
  readonly disconnect = jest.fn();
  async up(): Promise<void> {
    this.status = 'ready';
    this.emit('ready');
    await new Promise((resolve) => setImmediate(resolve));
  }
  drop(): void {
    this.status = 'reconnecting';
    this.emit('close');
  }
  bump(userId: string): void {
    this.emit('message', SESSION_BUMPS_CHANNEL, userId);
  }
}

const noSubscriber = () => new FakeSubscriber() as unknown as Redis;

describe(SessionVersionsService.name, () => {
  it('answers from the cache without asking Postgres', async () => {
    const postgres = postgresWith(down);
    const sut = new SessionVersionsService(postgres, redisWith(() => Promise.resolve('7')), noSubscriber);
    await expect(sut.current('u1')).resolves.toBe(7);
    expect(postgres.query).not.toHaveBeenCalled();
  });

  it('falls back to Postgres while Redis is down', async () => {
    const sut = new SessionVersionsService(postgresWith(() => Promise.resolve([{ session_version: 3, active: true }])), redisWith(down), noSubscriber);
    await expect(sut.current('u1')).resolves.toBe(3);
  });

  it('answers no session for an inactive or unknown user', async () => {
    await expect(new SessionVersionsService(postgresWith(() => Promise.resolve([{ session_version: 3, active: false }])), redisWith(() => Promise.resolve(null)), noSubscriber).current('u1')).resolves.toBe(NO_SESSION);
    await expect(new SessionVersionsService(postgresWith(() => Promise.resolve([])), redisWith(() => Promise.resolve(null)), noSubscriber).current('u1')).resolves.toBe(NO_SESSION);
  });

  it('fails closed (503) when neither Redis nor Postgres answers', async () => {
    const sut = new SessionVersionsService(postgresWith(down), redisWith(down), noSubscriber);
    const error = await sut.current('u1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('reads Postgres once for a burst of requests of one user that all missed the cache', async () => {
    const postgres = postgresWith(() => new Promise((resolve) => setTimeout(() => resolve([{ session_version: 4, active: true }]), 20)));
    const sut = new SessionVersionsService(postgres, redisWith(() => Promise.resolve(null)), noSubscriber);
    await expect(Promise.all(Array.from({ length: 50 }, () => sut.current('u1')))).resolves.toEqual(Array(50).fill(4));
    expect(postgres.query).toHaveBeenCalledTimes(1);
  });

  it('caches a value read from Postgres only if no newer one was written meanwhile', async () => {
    const redis = redisWith(() => Promise.resolve(null));
    await new SessionVersionsService(postgresWith(() => Promise.resolve([{ session_version: 2, active: true }])), redis, noSubscriber).current('u1');
    expect(redis.set).toHaveBeenCalledWith('session-version:u1', '2', 'EX', expect.any(Number), 'NX');
  });

  describe('remembering versions in the process', () => {
    const setUp = (versions: string[]) => {
      const subscriber = new FakeSubscriber();
      let read = 0;
      const redis = { get: jest.fn(() => Promise.resolve(versions[Math.min(read++, versions.length - 1)])), multi: jest.fn() } as unknown as Redis;
      const sut = new SessionVersionsService(postgresWith(down), redis, () => subscriber as unknown as Redis);
      return { sut, redis, subscriber };
    };

    it('asks Redis once while subscribed to the bumps, and every time before the subscription is confirmed', async () => {
      const { sut, redis, subscriber } = setUp(['5']);
      await sut.current('u1');
      await sut.current('u1');
      expect(redis.get).toHaveBeenCalledTimes(2);
      await subscriber.up();
      expect(subscriber.subscribe).toHaveBeenCalledWith(SESSION_BUMPS_CHANNEL);
      await expect(sut.current('u1')).resolves.toBe(5);
      await expect(sut.current('u1')).resolves.toBe(5);
      expect(redis.get).toHaveBeenCalledTimes(3);
    });

    it('forgets a user whose version another process bumped', async () => {
      const { sut, subscriber } = setUp(['5', '6']);
      await sut.current('u1');
      await subscriber.up();
      await sut.current('u1');
      subscriber.bump('u1');
      await expect(sut.current('u1')).resolves.toBe(6);
    });

    it('forgets a user at once when this process publishes a bump', async () => {
      const { sut, redis, subscriber } = setUp(['5', '6']);
      (redis.multi as jest.Mock).mockReturnValue({ set: () => ({ publish: () => ({ exec: () => Promise.resolve([]) }) }) });
      await sut.current('u1');
      await subscriber.up();
      await sut.current('u1');
      await sut.publish('u1', 6);
      await expect(sut.current('u1')).resolves.toBe(6);
    });

    it('forgets everything when the subscription drops (a bump sent meanwhile is lost) and remembers again once resubscribed', async () => {
      const { sut, redis, subscriber } = setUp(['4', '5', '6']);
      await sut.current('u1');
      await subscriber.up();
      await expect(sut.current('u1')).resolves.toBe(5);
      await expect(sut.current('u1')).resolves.toBe(5);
      subscriber.drop();
      await expect(sut.current('u1')).resolves.toBe(6);
      await expect(sut.current('u1')).resolves.toBe(6);
      expect(redis.get).toHaveBeenCalledTimes(4);
      await subscriber.up();
      await sut.current('u1');
      await sut.current('u1');
      expect(redis.get).toHaveBeenCalledTimes(5);
    });

    it('does not keep a version read while a bump was heard', async () => {
      const subscriber = new FakeSubscriber();
      let answer: (value: string) => void = () => undefined;
      const redis = { get: jest.fn(() => new Promise<string>((resolve) => (answer = resolve))) } as unknown as Redis;
      const sut = new SessionVersionsService(postgresWith(down), redis, () => subscriber as unknown as Redis);
      const first = sut.current('u0');
      answer('1');
      await first;
      await subscriber.up();
      const reading = sut.current('u1');
      subscriber.bump('u1');
      answer('5');
      await expect(reading).resolves.toBe(5);
      void sut.current('u1');
      expect(redis.get).toHaveBeenCalledTimes(3);
    });

    it('asks Redis again once a remembered version is 10 s old', async () => {
      const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
      try {
        const { sut, redis, subscriber } = setUp(['5']);
        await sut.current('u0');
        await subscriber.up();
        await sut.current('u1');
        now.mockReturnValue(1_009_000);
        await sut.current('u1');
        expect(redis.get).toHaveBeenCalledTimes(2);
        now.mockReturnValue(1_010_001);
        await sut.current('u1');
        expect(redis.get).toHaveBeenCalledTimes(3);
      } finally {
        now.mockRestore();
      }
    });
  });
});
