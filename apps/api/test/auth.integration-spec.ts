import { createTestApp, TestApp } from './support/test-app';
import { TEST_PASSWORD } from './support/test-env';

const cookieOf = (setCookie: string[] | string | undefined): string => {
  const header = ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith('mandate_refresh='));
  if (!header) throw new Error('no refresh cookie was set');
  return header.split(';')[0];
};

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.redis.flushdb());

  it('signs in with good credentials and sets an httpOnly, SameSite refresh cookie', async () => {
    const response = await t.http().post('/api/auth/login').send({ username: 'ubnd', password: TEST_PASSWORD }).expect(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      expiresIn: 900,
      user: { id: expect.any(String), username: 'ubnd', displayName: expect.any(String), role: 'ubnd', departmentId: null },
    });
    const header = ([] as string[]).concat(response.headers['set-cookie']).join(';');
    expect(header).toMatch(/mandate_refresh=.+HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).toMatch(/Path=\/api\/auth/);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await t.http().post('/api/auth/login').send({ username: 'ubnd', password: 'not-the-password' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ username: 'nobody-here', password: 'not-the-password' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Incorrect username or password.' });
  });

  it('refuses a malformed login body with 400 and the field', async () => {
    const response = await t.http().post('/api/auth/login').send({ username: 'ubnd' }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details).toEqual([{ field: 'password', message: expect.any(String), rule: 'isLength', params: { min: 1, max: 200 } }]);
  });

  it('rate-limits repeated failures for one account (429), even with the right password afterwards', async () => {
    for (let i = 0; i < 5; i++) await t.http().post('/api/auth/login').send({ username: 'hdnd', password: 'wrong-password' }).expect(401);
    const blocked = await t.http().post('/api/auth/login').send({ username: 'hdnd', password: TEST_PASSWORD }).expect(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    // Retry-After tells a client when the block ends: within the configured block window (900 s by default).
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    await t.http().post('/api/auth/login').send({ username: 'ubnd', password: TEST_PASSWORD }).expect(200);
  });

  it('rate-limits repeated failures from one address across accounts (429)', async () => {
    for (let i = 0; i < 12; i++) await t.http().post('/api/auth/login').send({ username: `guess-${i}`, password: 'wrong-password' }).expect(401);
    await t.http().post('/api/auth/login').send({ username: 'admin', password: TEST_PASSWORD }).expect(429);
  });

  it('returns the signed-in user from /auth/me, and 401 without a token or with a forged one', async () => {
    const { accessToken } = await t.login('so-tai-chinh');
    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(200);
    expect(me.body).toMatchObject({ username: 'so-tai-chinh', role: 'department', departmentId: expect.any(String) });
    expect((await t.http().get('/api/auth/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
    const forged = `${accessToken.slice(0, -4)}AAAA`;
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('rotates the refresh token on use and treats the spent one as invalid', async () => {
    const login = await t.http().post('/api/auth/login').send({ username: 'admin', password: TEST_PASSWORD }).expect(200);
    const first = cookieOf(login.headers['set-cookie']);
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', first).expect(200);
    expect(refreshed.body.user.username).toBe('admin');
    const second = cookieOf(refreshed.headers['set-cookie']);
    expect(second).not.toEqual(first);
    await t.http().post('/api/auth/refresh').set('Cookie', first).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', second).expect(200);
  });

  it('revokes the session at logout', async () => {
    const login = await t.http().post('/api/auth/login').send({ username: 'admin', password: TEST_PASSWORD }).expect(200);
    const cookie = cookieOf(login.headers['set-cookie']);
    await t.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
    await t.http().post('/api/auth/refresh').set('Cookie', cookie).expect(401);
    await t.http().post('/api/auth/refresh').expect(401);
  });

  it('changes the password, which ends the other sessions and requires the current one', async () => {
    const login = await t.http().post('/api/auth/login').send({ username: 'so-du-lich', password: TEST_PASSWORD }).expect(200);
    const cookie = cookieOf(login.headers['set-cookie']);
    const auth = `Bearer ${login.body.accessToken}`;
    const wrong = await t.http().post('/api/auth/password').set('Authorization', auth).send({ currentPassword: 'nope', newPassword: 'a-new-password-1' }).expect(400);
    expect(wrong.body.details).toEqual([{ field: 'currentPassword', message: 'is not correct', rule: 'incorrect' }]);
    const short = await t.http().post('/api/auth/password').set('Authorization', auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'short' }).expect(400);
    expect(short.body.details[0].field).toBe('newPassword');
    await t.http().post('/api/auth/password').set('Authorization', auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-1' }).expect(204);
    await t.http().post('/api/auth/refresh').set('Cookie', cookie).expect(401);
    await t.http().post('/api/auth/login').send({ username: 'so-du-lich', password: TEST_PASSWORD }).expect(401);
    const again = await t.http().post('/api/auth/login').send({ username: 'so-du-lich', password: 'a-new-password-1' }).expect(200);
    await t.http().post('/api/auth/password').set('Authorization', `Bearer ${again.body.accessToken}`).send({ currentPassword: 'a-new-password-1', newPassword: TEST_PASSWORD }).expect(204);
  });
});
