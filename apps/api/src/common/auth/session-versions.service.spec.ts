import { TransportError } from '../errors/transport-error';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { NO_SESSION, SessionVersionsService } from './session-versions.service';

const down = () => Promise.reject(new Error('connection refused'));

const redisWith = (get: () => Promise<string | null>) => ({ get: jest.fn(get), set: jest.fn(() => Promise.resolve('OK')) }) as unknown as Redis;
const postgresWith = (query: () => Promise<unknown>) => ({ query: jest.fn(query) }) as unknown as DataSource;

describe(SessionVersionsService.name, () => {
  it('answers from the cache without asking Postgres', async () => {
    const postgres = postgresWith(down);
    const sut = new SessionVersionsService(postgres, redisWith(() => Promise.resolve('7')));
    await expect(sut.current('u1')).resolves.toBe(7);
    expect(postgres.query).not.toHaveBeenCalled();
  });

  it('falls back to Postgres while Redis is down', async () => {
    const sut = new SessionVersionsService(postgresWith(() => Promise.resolve([{ session_version: 3, active: true }])), redisWith(down));
    await expect(sut.current('u1')).resolves.toBe(3);
  });

  it('answers no session for an inactive or unknown user', async () => {
    await expect(new SessionVersionsService(postgresWith(() => Promise.resolve([{ session_version: 3, active: false }])), redisWith(() => Promise.resolve(null))).current('u1')).resolves.toBe(NO_SESSION);
    await expect(new SessionVersionsService(postgresWith(() => Promise.resolve([])), redisWith(() => Promise.resolve(null))).current('u1')).resolves.toBe(NO_SESSION);
  });

  it('fails closed (503) when neither Redis nor Postgres answers', async () => {
    const sut = new SessionVersionsService(postgresWith(down), redisWith(down));
    const error = await sut.current('u1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('reads Postgres once for a burst of requests of one user that all missed the cache', async () => {
    const postgres = postgresWith(() => new Promise((resolve) => setTimeout(() => resolve([{ session_version: 4, active: true }]), 20)));
    const sut = new SessionVersionsService(postgres, redisWith(() => Promise.resolve(null)));
    await expect(Promise.all(Array.from({ length: 50 }, () => sut.current('u1')))).resolves.toEqual(Array(50).fill(4));
    expect(postgres.query).toHaveBeenCalledTimes(1);
  });

  it('caches a value read from Postgres only if no newer one was written meanwhile', async () => {
    const redis = redisWith(() => Promise.resolve(null));
    await new SessionVersionsService(postgresWith(() => Promise.resolve([{ session_version: 2, active: true }])), redis).current('u1');
    expect(redis.set).toHaveBeenCalledWith('session-version:u1', '2', 'EX', expect.any(Number), 'NX');
  });
});
