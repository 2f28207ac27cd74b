import { createTestApp, TestApp } from './support/test-app';

describe('request validation and the error format', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = `Bearer ${await t.tokenOf('admin')}`;
  });
  afterAll(() => t.close());

  it('refuses unknown fields with 400 VALIDATION_FAILED naming the field', async () => {
    const response = await t.http().post('/api/departments').set('Authorization', admin).send({ code: 'SOMETHING', name: 'Đơn vị', kind: 'other', isAdmin: true }).expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('isAdmin'),
      details: [{ field: 'isAdmin', message: expect.stringMatching(/should not exist/), rule: 'whitelistValidation' }],
    });
  });

  it('names every invalid field with its reason', async () => {
    const response = await t.http().post('/api/users').set('Authorization', admin).send({ username: 'Bad Name', displayName: '', password: 'short', role: 'king' }).expect(400);
    const fields = (response.body.details as { field: string }[]).map((d) => d.field);
    expect(new Set(fields)).toEqual(new Set(['username', 'displayName', 'password', 'role']));
  });

  it('explains a department user without a department', async () => {
    const response = await t.http().post('/api/users').set('Authorization', admin).send({ username: 'no-dept', displayName: 'X', password: 'a-long-password', role: 'department' }).expect(400);
    expect(response.body.details).toEqual([{ field: 'departmentId', message: 'A department user must belong to a department.', rule: 'required' }]);
  });

  it('explains a department given to a user of another role with its own rule', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM departments WHERE active LIMIT 1`);
    const response = await t.http().post('/api/users').set('Authorization', admin).send({ username: 'ubnd-dept', displayName: 'X', password: 'a-long-password', role: 'ubnd', departmentId: id }).expect(400);
    expect(response.body.details).toEqual([{ field: 'departmentId', message: 'Only department users belong to a department.', rule: 'departmentOnly' }]);
  });

  it('answers malformed JSON with 400 in the error format, without internals', async () => {
    const response = await t.http().post('/api/departments').set('Authorization', admin).set('Content-Type', 'application/json').send('{"code": ').expect(400);
    expect(response.body).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String) });
    expect(JSON.stringify(response.body)).not.toMatch(/node_modules|at \w+ \(|SyntaxError/);
  });

  it('answers a NUL character in a stored text with 400, not 500', async () => {
    const department = await t.http().post('/api/departments').set('Authorization', admin).send({ code: 'NUL-TEST', name: 'a\u0000b', kind: 'other' }).expect(400);
    expect(department.body).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.stringContaining('NUL') });
    await t.http().post('/api/users').set('Authorization', admin).send({ username: 'nul-test', displayName: 'a\u0000', password: 'a-long-password', role: 'ubnd' }).expect(400);
  });

  it('answers a malformed id with 400 and an unknown one with 404', async () => {
    const bad = await t.http().patch('/api/departments/not-a-uuid').set('Authorization', admin).send({ version: 1 }).expect(400);
    expect(bad.body.details).toEqual([{ field: 'id', message: 'must be a UUID', rule: 'isUuid' }]);
    const missing = await t.http().patch('/api/departments/00000000-0000-4000-8000-000000000000').set('Authorization', admin).send({ version: 1 }).expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it('answers a malformed percent-escape in the path with 400 in the error format', async () => {
    const response = await t.http().get('/api/departments/%E0%A4%A').set('Authorization', admin).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('answers an unknown API route with 404 in the error format', async () => {
    const response = await t.http().get('/api/no-such-thing').set('Authorization', admin).expect(404);
    expect(response.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found.' });
  });

  it('sends security headers and a request id', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports health as the contract says', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('answers liveness without touching the database', async () => {
    expect((await t.http().get('/api/health/live').expect(200)).body).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.http().get('/api/docs/openapi.json').expect(200);
    expect(response.body.paths['/api/auth/login']).toBeDefined();
  });
});
