import { createTestApp, TestApp } from './support/test-app';
import { TEST_PASSWORD } from './support/test-env';

const cookieOf = (setCookie: string[] | string | undefined): string => ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith('mandate_refresh='))?.split(';')[0] ?? '';

describe('hostile input and cross-site requests', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    process.env.SWAGGER_ENABLED = 'false';
    t = await createTestApp();
    admin = `Bearer ${await t.tokenOf('admin')}`;
  });
  afterAll(() => t.close());

  const BODY_ROUTES = ['/api/auth/login', '/api/departments', '/api/work-packages', '/api/plans/import/preview'];

  it.each(BODY_ROUTES)('answers JSON nested 10,000 levels deep with 400 naming the body, on %s', async (path) => {
    const response = await t.http().post(path).set('Authorization', admin).set('Content-Type', 'application/json').send(`{"title":${'['.repeat(10_000)}${']'.repeat(10_000)}}`).expect(400);
    expect(response.body).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String), details: [{ field: 'body', message: expect.stringMatching(/deeper than 32 levels/), rule: 'tooDeep', params: { max: 32 } }] });
  });

  it.each(['__proto__', 'constructor'])('refuses a "%s" key like any unknown field', async (key) => {
    const response = await t.http().post('/api/departments').set('Authorization', admin).set('Content-Type', 'application/json').send(`{"code":"PROTO","name":"Đơn vị","kind":"other","${key}":{"isAdmin":true}}`).expect(400);
    expect(response.body.details).toEqual([{ field: key, message: 'is not an accepted field', rule: 'whitelistValidation' }]);
    await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send(`{"username":"admin","password":"x","nested":{"${key}":1}}`).expect(400);
  });

  it.each(['__proto__=1', 'constructor=1', 'prototype=x'])('refuses the query key in "%s" like any unknown field', async (query) => {
    const response = await t.http().get(`/api/work-packages?${query}`).set('Authorization', admin).expect(400);
    expect(response.body.details).toEqual([{ field: query.split('=')[0], message: 'is not an accepted field', rule: 'whitelistValidation' }]);
  });

  it('refuses a __proto__ field in a multipart form', async () => {
    const ubnd = `Bearer ${await t.tokenOf('ubnd')}`;
    // The form is checked before the package is looked up, so any id will do.
    const response = await t.http().post('/api/work-packages/00000000-0000-4000-8000-000000000000/progress-reports').set('Authorization', ubnd).field('progress', '10').field('summary', 'Báo cáo').field('__proto__[isAdmin]', 'true').expect(400);
    expect(response.body.details).toEqual([{ field: '__proto__', message: 'is not an accepted field', rule: 'whitelistValidation' }]);
  });

  it.each(['q=%FF%FE', 'q=%E0%A4%A', 'q=100%'])('refuses a query value that is not percent-encoded UTF-8 (%s) with 400', async (query) => {
    const response = await t.http().get(`/api/work-packages?${query}`).set('Authorization', admin).expect(400);
    expect(response.body.details).toEqual([{ field: 'q', message: 'is not valid UTF-8 percent-encoding', rule: 'badEncoding' }]);
  });

  it('refuses a body that is not UTF-8 with 400', async () => {
    const body = Buffer.concat([Buffer.from('{"code":"UTF","name":"S'), Buffer.from([0xf4, 0x20, 0xc3]), Buffer.from('","kind":"other"}')]);
    // Raw bytes: superagent would otherwise serialise a Buffer as {"type":"Buffer","data":[...]}.
    const response = await t.http().post('/api/departments').set('Authorization', admin).set('Content-Type', 'application/json').serialize((raw: Buffer) => raw as unknown as string).send(body).expect(400);
    expect(response.body.details).toEqual([{ field: 'body', message: 'is not valid UTF-8', rule: 'badEncoding' }]);
  });

  it('refuses a cross-site form post to the logout route and leaves the session alone', async () => {
    const login = await t.http().post('/api/auth/login').send({ username: 'ubnd', password: TEST_PASSWORD }).expect(200);
    const cookie = cookieOf(login.headers['set-cookie']);
    const forged = await t.http().post('/api/auth/logout').set('Cookie', cookie).set('Origin', 'https://evil.example').set('Sec-Fetch-Site', 'cross-site').type('form').send('x=1').expect(403);
    expect(forged.body.code).toBe('FORBIDDEN');
    await t.http().post('/api/auth/logout').set('Cookie', cookie).set('Origin', 'https://evil.example').expect(403);
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    await t.http().post('/api/auth/refresh').set('Cookie', cookie).set('Origin', 'http://localhost:8080').set('Sec-Fetch-Site', 'same-origin').expect(200);
  });

  it('serves no OpenAPI document when it is switched off (the production default)', async () => {
    await t.http().get('/api/docs/openapi.json').expect(404);
    await t.http().get('/api/docs').expect(404);
  });
});
