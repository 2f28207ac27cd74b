import { createTestApp, TestApp } from './support/test-app';

describe('department aliases and agency matching', () => {
  let t: TestApp;
  let admin: string;
  let ubnd: string;
  let departmentId: (code: string) => Promise<string>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = `Bearer ${await t.tokenOf('admin')}`;
    ubnd = `Bearer ${await t.tokenOf('ubnd')}`;
    departmentId = async (code) => (await t.dataSource.query(`SELECT id FROM departments WHERE code = $1`, [code]))[0].id;
  });
  afterAll(() => t.close());

  it('matches names as documents write them, then an admin alias takes over a name that matched nothing', async () => {
    const names = ['Sở KH&CN', 'So Tai chinh tinh Quang Ninh', 'Sở Môi trường và Nông nghiệp', 'các sở, ban, ngành', 'UBND cấp xã', 'Bộ Tài chính'];
    const before = await t.http().post('/api/departments/match').set('Authorization', ubnd).send({ names }).expect(200);
    expect(before.body.items.map((m: { how: string; group: string | null }) => [m.how, m.group])).toEqual([
      ['name', null],
      ['name', null],
      ['word-order', null],
      ['group', 'departments'],
      ['group', 'communes'],
      ['none', null],
    ]);
    expect(before.body.items[0].departmentId).toBe(await departmentId('SKHCN'));

    const created = await t.http().post('/api/department-aliases').set('Authorization', admin).send({ alias: '  Bộ Tài chính ', departmentId: await departmentId('STC') }).expect(201);
    expect(created.body).toMatchObject({ alias: 'Bộ Tài chính', departmentId: await departmentId('STC') });
    const after = await t.http().post('/api/departments/match').set('Authorization', ubnd).send({ names: ['BO TAI CHINH'] }).expect(200);
    expect(after.body.items).toEqual([{ name: 'BO TAI CHINH', departmentId: await departmentId('STC'), how: 'alias', group: null }]);

    const audit = await t.dataSource.query(`SELECT action, actor_username FROM audit_events WHERE entity_type = 'department_alias' AND entity_id = $1`, [created.body.id]);
    expect(audit).toEqual([{ action: 'create', actor_username: 'admin' }]);

    const again = await t.http().post('/api/department-aliases').set('Authorization', admin).send({ alias: 'bộ tài CHÍNH', departmentId: await departmentId('SYT') }).expect(409);
    expect(again.body.details).toEqual([{ field: 'alias', message: 'is already used', rule: 'taken' }]);

    const list = await t.http().get('/api/department-aliases').set('Authorization', ubnd).expect(200);
    expect(list.body.items.map((a: { alias: string }) => a.alias)).toContain('Bộ Tài chính');

    await t.http().delete(`/api/department-aliases/${created.body.id}`).set('Authorization', admin).expect(204);
    const gone = await t.http().post('/api/departments/match').set('Authorization', ubnd).send({ names: ['Bộ Tài chính'] }).expect(200);
    expect(gone.body.items[0].how).toBe('none');
    const deleted = await t.dataSource.query(`SELECT action, before->>'alias' AS alias FROM audit_events WHERE entity_type = 'department_alias' AND entity_id = $1 AND action = 'delete'`, [created.body.id]);
    expect(deleted).toEqual([{ action: 'delete', alias: 'Bộ Tài chính' }]);
    await t.http().delete(`/api/department-aliases/${created.body.id}`).set('Authorization', admin).expect(404);
  });

  it.each([
    ['no alias', { departmentId: '00000000-0000-4000-8000-000000000000' }, 'alias'],
    ['a one-letter alias', { alias: 'A', departmentId: '00000000-0000-4000-8000-000000000000' }, 'alias'],
    ['punctuation only', { alias: '&& --', departmentId: '00000000-0000-4000-8000-000000000000' }, 'alias'],
    ['a malformed department id', { alias: 'Sở KH&CN tỉnh', departmentId: 'x' }, 'departmentId'],
    ['an unknown department', { alias: 'Sở KH&CN tỉnh', departmentId: '00000000-0000-4000-8000-000000000000' }, 'departmentId'],
  ])('refuses %s with 400 naming the field, storing nothing', async (_, body, field) => {
    // Suites share one database (another one adds an alias of its own): nothing stored means the count is unchanged.
    const count = async (): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM department_aliases`))[0].n;
    const before = await count();
    const response = await t.http().post('/api/department-aliases').set('Authorization', admin).send(body).expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('lets only the admin edit aliases, and refuses a bad match request with 400', async () => {
    await t.http().post('/api/department-aliases').set('Authorization', ubnd).send({ alias: 'Sở KH&CN', departmentId: await departmentId('SKHCN') }).expect(403);
    await t.http().post('/api/department-aliases').set('Authorization', `Bearer ${await t.tokenOf('so-tai-chinh')}`).send({ alias: 'Sở KH&CN', departmentId: await departmentId('SKHCN') }).expect(403);
    const bad = await t.http().post('/api/departments/match').set('Authorization', ubnd).send({ names: 'Sở Tài chính' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });
});
