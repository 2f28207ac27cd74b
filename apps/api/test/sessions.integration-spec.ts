import { SESSION_BUMPS_CHANNEL } from '../src/common/auth/session-versions.service';
import { createTestApp, TestApp } from './support/test-app';
import { TEST_PASSWORD } from './support/test-env';

const cookieOf = (setCookie: string[] | string | undefined): string => {
  const header = ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith('mandate_refresh=') && !c.startsWith('mandate_refresh=;'));
  if (!header) throw new Error('no refresh cookie was set');
  return header.split(';')[0];
};

describe('sessions end when they should', () => {
  let t: TestApp;
  // A second application on the same Postgres and Redis, as another API process (closed last: the first answered 503 when it was closed mid-suite).
  let other: TestApp | undefined;
  let admin: string;
  const departmentIds: Record<string, string> = {};
  const created: string[] = [];

  beforeAll(async () => {
    process.env.TRUST_PROXY = 'loopback';
    t = await createTestApp();
    admin = await t.tokenOf('admin');
    const list = await t.http().get('/api/departments').set('Authorization', `Bearer ${admin}`).expect(200);
    for (const d of list.body.items as { id: string; code: string }[]) departmentIds[d.code] = d.id;
  });
  // Suites share one database: the users made here leave inactive, so no later suite sends them reminders.
  afterAll(async () => {
    await t.dataSource.query('UPDATE users SET active = false WHERE id = ANY($1)', [created]);
    await other?.close();
    await t.close();
  });
  beforeEach(() => t.redis.flushdb());

  const newUser = async (role = 'department', department = 'STC'): Promise<{ id: string; username: string }> => {
    const username = `s-${Math.random().toString(36).slice(2, 10)}`;
    const body = { username, displayName: 'Cán bộ thử', password: TEST_PASSWORD, role, ...(role === 'department' ? { departmentId: departmentIds[department] } : {}) };
    const response = await t.http().post('/api/users').set('Authorization', `Bearer ${admin}`).send(body).expect(201);
    created.push(response.body.id);
    return { id: response.body.id, username };
  };
  const signIn = async (username: string, password = TEST_PASSWORD) => {
    const response = await t.http().post('/api/auth/login').send({ username, password }).expect(200);
    return { auth: `Bearer ${response.body.accessToken}`, cookie: cookieOf(response.headers['set-cookie']), body: response.body };
  };
  const editUser = async (id: string, change: object) => {
    const users = await t.http().get('/api/users').set('Authorization', `Bearer ${admin}`).expect(200);
    const version = users.body.items.find((u: { id: string }) => u.id === id).version;
    await t.http().patch(`/api/users/${id}`).set('Authorization', `Bearer ${admin}`).send({ ...change, version }).expect(200);
  };
  const reads = (auth: string) => t.http().get('/api/departments').set('Authorization', auth);

  it('ends the whole family, for good, when a spent refresh token comes back after the grace window', async () => {
    const user = await newUser();
    const victim = await signIn(user.username);
    const stolen = await t.http().post('/api/auth/refresh').set('Cookie', victim.cookie).expect(200);
    const attacker = { cookie: cookieOf(stolen.headers['set-cookie']), auth: `Bearer ${stolen.body.accessToken}` };
    await t.dataSource.query(`UPDATE refresh_tokens SET used_at = used_at - interval '5 minutes', revoked_at = revoked_at - interval '5 minutes' WHERE user_id = $1 AND used_at IS NOT NULL`, [user.id]);

    await t.http().post('/api/auth/refresh').set('Cookie', victim.cookie).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', attacker.cookie).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', attacker.cookie).expect(401);
    await reads(attacker.auth).expect(401);
    const [{ open }] = await t.dataSource.query(`SELECT count(*)::int AS open FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
    expect(open).toBe(0);
  });

  it('lets a sibling tab present the token just rotated (inside the grace window) without ending the family', async () => {
    const user = await newUser();
    const first = await signIn(user.username);
    const rotated = await t.http().post('/api/auth/refresh').set('Cookie', first.cookie).expect(200);
    await t.http().post('/api/auth/refresh').set('Cookie', first.cookie).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', cookieOf(rotated.headers['set-cookie'])).expect(200);
  });

  it('refuses the access token of a deactivated user on the next request', async () => {
    const user = await newUser();
    const session = await signIn(user.username);
    await reads(session.auth).expect(200);
    await editUser(user.id, { active: false });
    expect((await reads(session.auth).expect(401)).body.code).toBe('UNAUTHENTICATED');
    await t.http().post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
  });

  it('ends the access token of a user moved to another department; the next sign-in acts for the new one', async () => {
    const user = await newUser('department', 'STC');
    const session = await signIn(user.username);
    await editUser(user.id, { departmentId: departmentIds.SDL });
    await reads(session.auth).expect(401);
    const again = await signIn(user.username);
    expect(again.body.user.departmentId).toBe(departmentIds.SDL);
    await reads(again.auth).expect(200);
  });

  it('ends the access token of a user whose role changes', async () => {
    const user = await newUser('hdnd');
    const session = await signIn(user.username);
    await editUser(user.id, { role: 'ubnd' });
    await reads(session.auth).expect(401);
  });

  it('keeps access tokens through an edit that changes nothing about access', async () => {
    const user = await newUser();
    const session = await signIn(user.username);
    await editUser(user.id, { displayName: 'Tên mới' });
    await reads(session.auth).expect(200);
  });

  it('ends access tokens at logout, on every device, while other devices can still renew theirs', async () => {
    const user = await newUser();
    const laptop = await signIn(user.username);
    const phone = await signIn(user.username);
    await t.http().post('/api/auth/logout').set('Cookie', laptop.cookie).expect(204);
    await reads(laptop.auth).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', laptop.cookie).expect(401);
    await reads(phone.auth).expect(401);
    const renewed = await t.http().post('/api/auth/refresh').set('Cookie', phone.cookie).expect(200);
    await reads(`Bearer ${renewed.body.accessToken}`).expect(200);
  });

  it('signs out everywhere: every refresh and access token ends', async () => {
    const user = await newUser();
    const laptop = await signIn(user.username);
    const phone = await signIn(user.username);
    await t.http().post('/api/auth/logout-all').set('Authorization', laptop.auth).expect(204);
    await reads(laptop.auth).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', phone.cookie).expect(401);
  });

  it('ends other sessions at a password change and hands this device a refresh cookie that works', async () => {
    const user = await newUser();
    const here = await signIn(user.username);
    const elsewhere = await signIn(user.username);
    const changed = await t.http().post('/api/auth/password').set('Authorization', here.auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-1' }).expect(204);
    await reads(elsewhere.auth).expect(401);
    await reads(here.auth).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', elsewhere.cookie).expect(401);
    const renewed = await t.http().post('/api/auth/refresh').set('Cookie', cookieOf(changed.headers['set-cookie'])).expect(200);
    await reads(`Bearer ${renewed.body.accessToken}`).expect(200);
  });

  it('throttles wrong current passwords at a password change (429), even before the right one', async () => {
    const user = await newUser();
    const session = await signIn(user.username);
    for (let i = 0; i < 5; i++) {
      await t.http().post('/api/auth/password').set('Authorization', session.auth).send({ currentPassword: `guess-${i}-xx`, newPassword: 'a-new-password-1' }).expect(400);
    }
    const blocked = await t.http().post('/api/auth/password').set('Authorization', session.auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-1' }).expect(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
  });

  it('checks access tokens against Postgres while Redis is down', async () => {
    const user = await newUser();
    const session = await signIn(user.username);
    await reads(session.auth).expect(200);
    await editUser(user.id, { active: false });
    t.redis.disconnect();
    try {
      await reads(session.auth).expect(401);
      await reads(`Bearer ${admin}`).expect(200);
    } finally {
      await t.redis.connect();
    }
  });

  describe('each process remembers session versions only while it hears every bump', () => {
    const subscribersOfBumps = async (): Promise<number> => Number(((await t.redis.call('PUBSUB', 'NUMSUB', SESSION_BUMPS_CHANNEL)) as [string, number])[1]);
    const until = async (what: string, condition: () => Promise<boolean>, withinMs = 5000): Promise<void> => {
      for (const started = Date.now(); !(await condition()); await new Promise((r) => setTimeout(r, 10))) {
        if (Date.now() - started > withinMs) throw new Error(`${what}: not within ${withinMs} ms`);
      }
    };
    /** A session this process has checked once while subscribed, so its version is remembered. */
    const rememberedSession = async (app: TestApp, subscribers: number) => {
      const user = await newUser();
      const session = await signIn(user.username);
      await app.http().get('/api/departments').set('Authorization', session.auth).expect(200);
      await until('subscribed to the bumps', async () => (await subscribersOfBumps()) >= subscribers);
      await app.http().get('/api/departments').set('Authorization', session.auth).expect(200);
      return { user, session };
    };

    it('ends a remembered session at once in the process that ended it', async () => {
      const { user, session } = await rememberedSession(t, 1);
      await editUser(user.id, { active: false });
      await reads(session.auth).expect(401);
    });

    it('forgets every remembered version when its subscription drops, so a bump it could not hear still ends the session', async () => {
      const { user, session } = await rememberedSession(t, 1);
      // As a Redis restart would: the subscriber is cut, and meanwhile a session is ended with no message anyone hears.
      await t.redis.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
      const [[{ session_version: version }]] = await t.dataSource.query(`UPDATE users SET session_version = session_version + 1 WHERE id = $1 RETURNING session_version`, [user.id]);
      await t.redis.set(`session-version:${user.id}`, String(version), 'EX', 60);
      await until('subscribed again', async () => (await subscribersOfBumps()) >= 1);
      await reads(session.auth).expect(401);
      await reads(`Bearer ${admin}`).expect(200);
    });

    describe('with a second API process', () => {
      beforeAll(async () => {
        other = await createTestApp();
      });

      it('ends a session remembered by one process within milliseconds of another ending it', async () => {
        if (!other) throw new Error('the second application did not start');
        const second = other;
        await second.http().get('/api/departments').set('Authorization', `Bearer ${await second.tokenOf('admin')}`).expect(200);
        const { user, session } = await rememberedSession(t, 2);
        const version = (await second.http().get('/api/users').set('Authorization', `Bearer ${await second.tokenOf('admin')}`).expect(200)).body.items.find((u: { id: string }) => u.id === user.id).version;
        await second.http().patch(`/api/users/${user.id}`).set('Authorization', `Bearer ${await second.tokenOf('admin')}`).send({ active: false, version }).expect(200);
        // Remembered for 10 s were the bump not heard; it is heard within milliseconds.
        await until('refused by the first process', async () => (await reads(session.auth)).status === 401, 200);
      });
    });
  });

  describe('sign-in throttling', () => {
    const attempt = (username: string, password: string, address: string) => t.http().post('/api/auth/login').set('X-Forwarded-For', address).send({ username, password });

    it('locks an account only for the address that failed; from elsewhere the owner still signs in, slowed', async () => {
      const user = await newUser();
      for (let i = 0; i < 5; i++) await attempt(user.username, 'wrong-password', '203.0.113.7').expect(401);
      await attempt(user.username, TEST_PASSWORD, '203.0.113.7').expect(429);
      const started = Date.now();
      await attempt(user.username, TEST_PASSWORD, '198.51.100.20').expect(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    });

    it('slows an account failing from many addresses without ever refusing the right password', async () => {
      const user = await newUser();
      for (let i = 0; i < 12; i++) await attempt(user.username, 'wrong-password', `203.0.113.${20 + i}`).expect(401);
      await attempt(user.username, TEST_PASSWORD, '198.51.100.21').expect(200);
    });
  });
});
