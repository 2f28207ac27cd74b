import { TEST_PASSWORD } from './support/test-env';
import { createTestApp, TestApp } from './support/test-app';

/** CLIENT PAUSE holds every client's commands, as a stopped (SIGSTOP) or stalled Redis does. */
describe('a paused Redis', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps sign-in, a failed sign-in and a signed-in read answering, adding at most one short timeout', async () => {
    // Warm: the first sign-in of a process also pays for loading argon2 and the JWT keys.
    await t.http().post('/api/auth/login').send({ username: 'ubnd', password: TEST_PASSWORD }).expect(200);
    // What a sign-in costs here with Redis answering (argon2 on a shared machine); the pause may add one timeout to it.
    const started = Date.now();
    await t.http().post('/api/auth/login').send({ username: 'ubnd', password: TEST_PASSWORD }).expect(200);
    const baseline = Date.now() - started;
    const pause = 4000;
    await t.redis.call('CLIENT', 'PAUSE', String(pause), 'ALL');
    const pausedUntil = Date.now() + pause;

    const timed = async <T>(request: () => PromiseLike<T>): Promise<{ ms: number; result: T }> => {
      const started = Date.now();
      const result = await request();
      return { ms: Date.now() - started, result };
    };
    const login = await timed(() => t.http().post('/api/auth/login').send({ username: 'ubnd', password: TEST_PASSWORD }));
    const wrong = await timed(() => t.http().post('/api/auth/login').send({ username: 'hdnd', password: 'not-the-password' }));
    const read = await timed(() => t.http().get('/api/work-packages').set('Authorization', `Bearer ${login.result.body.accessToken}`));
    expect(Date.now()).toBeLessThan(pausedUntil);

    // On an idle machine the baseline is ~100 ms, so each answers well within 1 s; without the timeouts they waited out the pause.
    const added = (ms: number) => ms - baseline < 600;
    expect({ status: login.result.status, fast: added(login.ms) }).toEqual({ status: 200, fast: true });
    expect({ status: wrong.result.status, fast: added(wrong.ms) }).toEqual({ status: 401, fast: true });
    expect({ status: read.result.status, fast: read.ms < 1000 }).toEqual({ status: 200, fast: true });
    await new Promise((resolve) => setTimeout(resolve, pausedUntil - Date.now() + 100));
  });
});
