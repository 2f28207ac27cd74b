import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from './support/test-app';

describe('audit log', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = `Bearer ${await t.tokenOf('admin')}`;
  });
  afterAll(() => t.close());

  it('records a change in the same request with who, what, before, after and the request id', async () => {
    const created = await t.http().post('/api/departments').set('Authorization', admin).set('X-Request-Id', 'req-audit-create-1').send({ code: 'AUDIT-A', name: 'Đơn vị kiểm toán', kind: 'other' }).expect(201);
    await t.http().patch(`/api/departments/${created.body.id}`).set('Authorization', admin).send({ name: 'Đơn vị kiểm toán (sửa)', version: created.body.version }).expect(200);
    const log = await t.http().get(`/api/audit?entityType=department&entityId=${created.body.id}`).set('Authorization', admin).expect(200);
    expect(log.body.items).toHaveLength(2);
    const [update, create] = log.body.items;
    expect(create).toMatchObject({ action: 'create', actorUsername: 'admin', requestId: 'req-audit-create-1', before: null, after: { code: 'AUDIT-A' } });
    expect(update).toMatchObject({ action: 'update', before: { name: 'Đơn vị kiểm toán' }, after: { name: 'Đơn vị kiểm toán (sửa)' } });
  });

  it('gives 409 for a stale version and writes nothing', async () => {
    const created = await t.http().post('/api/departments').set('Authorization', admin).send({ code: 'AUDIT-B', name: 'Đơn vị B', kind: 'other' }).expect(201);
    await t.http().patch(`/api/departments/${created.body.id}`).set('Authorization', admin).send({ name: 'B1', version: created.body.version }).expect(200);
    const stale = await t.http().patch(`/api/departments/${created.body.id}`).set('Authorization', admin).send({ name: 'B2', version: created.body.version }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const list = await t.http().get('/api/departments').set('Authorization', admin);
    expect(list.body.items.find((d: { id: string }) => d.id === created.body.id).name).toBe('B1');
    const log = await t.http().get(`/api/audit?entityType=department&entityId=${created.body.id}`).set('Authorization', admin);
    expect(log.body.items).toHaveLength(2);
  });

  it('pages with a cursor', async () => {
    const first = await t.http().get('/api/audit?limit=2').set('Authorization', admin).expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await t.http().get(`/api/audit?limit=2&cursor=${first.body.nextCursor}`).set('Authorization', admin).expect(200);
    expect(Number(second.body.items[0].id)).toBeLessThan(Number(first.body.items[1].id));
    await t.http().get('/api/audit?cursor=%%%').set('Authorization', admin).expect(400);
    const overflow = Buffer.from('9'.repeat(25)).toString('base64url');
    await t.http().get(`/api/audit?cursor=${overflow}`).set('Authorization', admin).expect(400);
  });

  it.each(['from=2025-02-30', 'to=2025-W01', 'entityType=a%00b'])('answers ?%s with 400, not 500', async (query) => {
    const response = await t.http().get(`/api/audit?${query}`).set('Authorization', admin).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });

  it.each([
    ['UPDATE', "UPDATE audit_events SET action = 'update'"],
    ['DELETE', 'DELETE FROM audit_events'],
    ['TRUNCATE', 'TRUNCATE audit_events'],
    ['DISABLE TRIGGER', 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete'],
    ['DROP TRIGGER', 'DROP TRIGGER audit_events_no_truncate ON audit_events'],
    ['DROP TABLE', 'DROP TABLE audit_events CASCADE'],
    ['replica mode', "SET session_replication_role = 'replica'"],
    ['ownership', 'ALTER TABLE audit_events OWNER TO CURRENT_USER'],
  ])("refuses the application's own role an %s", async (_, sql) => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events');
    await expect(t.dataSource.query(sql)).rejects.toThrow(/permission denied|must be owner|append-only/);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events');
    expect(after[0].n).toBe(before[0].n);
    const [role] = await t.dataSource.query(`SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = current_user`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
  });

  it.each([
    ['UPDATE', "UPDATE audit_events SET action = 'update'"],
    ['DELETE', 'DELETE FROM audit_events'],
    ['TRUNCATE', 'TRUNCATE audit_events'],
  ])('is refused an %s by the database itself, even for the owner', async (_, sql) => {
    const owner = await new DataSource({ type: 'postgres', url: process.env.DATABASE_OWNER_URL as string }).initialize();
    try {
      const before = await owner.query('SELECT count(*)::int AS n FROM audit_events');
      await expect(owner.query(sql)).rejects.toThrow(/append-only/);
      expect((await owner.query('SELECT count(*)::int AS n FROM audit_events'))[0].n).toBe(before[0].n);
    } finally {
      await owner.destroy();
    }
  });
});
