import { createTestApp, TestApp } from './support/test-app';

describe('forwarded headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A proxy elsewhere is configured: the test client (loopback) is not it, so its X-Forwarded-For is a claim, not a fact.
    process.env.TRUST_PROXY = '10.9.9.9';
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('counts failures by the connecting address when X-Forwarded-For does not come from a configured proxy', async () => {
    for (let i = 0; i < 12; i++) {
      await t.http().post('/api/auth/login').set('X-Forwarded-For', `203.0.113.${i + 1}`).send({ username: `nobody-${i}`, password: 'wrong-password' }).expect(401);
    }
    const blocked = await t.http().post('/api/auth/login').set('X-Forwarded-For', '198.51.100.99').send({ username: 'nobody-else', password: 'wrong-password' }).expect(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
  });
});
