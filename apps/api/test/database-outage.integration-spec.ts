import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from './support/test-app';

/** The database refusing the application's role stands in for an outage: new connections fail, pooled ones are cut. */
describe('a database outage', () => {
  let t: TestApp;
  let owner: DataSource;
  let token: string;
  const cutApplicationConnections = () =>
    owner.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = current_setting('mandate.app_user') AND datname = current_database()`);

  beforeAll(async () => {
    t = await createTestApp();
    token = `Bearer ${await t.tokenOf('ubnd')}`;
    owner = await new DataSource({ type: 'postgres', url: process.env.DATABASE_OWNER_URL as string, extra: { max: 1 } }).initialize();
    const [{ user }] = await t.dataSource.query(`SELECT current_user AS user`);
    await owner.query(`SELECT set_config('mandate.app_user', $1, false)`, [user]);
  });

  afterAll(async () => {
    await owner.query(`SELECT format('ALTER ROLE %I CONNECTION LIMIT -1', current_setting('mandate.app_user'))`).then(([row]) => owner.query(row.format));
    await owner.destroy();
    await t.close();
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After (never 500) while it lasts, and recovers without a restart', async () => {
    await t.http().get('/api/work-packages').set('Authorization', token).expect(200);
    const [{ format: refuse }] = await owner.query(`SELECT format('ALTER ROLE %I CONNECTION LIMIT 0', current_setting('mandate.app_user'))`);
    await owner.query(refuse);
    await cutApplicationConnections();

    for (const request of [t.http().get('/api/work-packages'), t.http().patch('/api/work-packages/00000000-0000-4000-8000-000000000000').send({ title: 'x', version: 1 })]) {
      const response = await request.set('Authorization', token);
      expect({ status: response.status, retryAfter: response.headers['retry-after'], body: response.body }).toEqual({
        status: 503,
        retryAfter: '5',
        body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.any(String) },
      });
    }

    const [{ format: allow }] = await owner.query(`SELECT format('ALTER ROLE %I CONNECTION LIMIT -1', current_setting('mandate.app_user'))`);
    await owner.query(allow);
    await t.http().get('/api/work-packages').set('Authorization', token).expect(200);
  });

  it('retries a read once when its pooled connection was cut', async () => {
    await Promise.all([0, 1, 2, 3].map(() => t.http().get('/api/work-packages').set('Authorization', token).expect(200)));
    await cutApplicationConnections();
    await t.http().get('/api/work-packages').set('Authorization', token).expect(200);
  });
});
