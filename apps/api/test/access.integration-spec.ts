import { Reflector } from '@nestjs/core';
import { Role } from '@mandate/domain';
import { ACCESS_METADATA } from '../src/common/auth/access.decorators';
import { declaredRoutes } from './support/routes';
import { createTestApp, TestApp } from './support/test-app';

const ROLE_USERS: Record<Role, string> = { admin: 'admin', ubnd: 'ubnd', hdnd: 'hdnd', department: 'so-tai-chinh' };

describe('access control', () => {
  let t: TestApp;
  let departmentId: string;
  let userId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.tokenOf('admin');
    const list = await t.http().get('/api/departments').set('Authorization', `Bearer ${admin}`).expect(200);
    departmentId = list.body.items.find((d: { code: string }) => d.code === 'SDL').id;
    const users = await t.http().get('/api/users').set('Authorization', `Bearer ${admin}`).expect(200);
    userId = users.body.items.find((u: { username: string }) => u.username === 'hdnd').id;
  });
  afterAll(() => t.close());

  it('declares an access rule on every route of the API', () => {
    const reflector = t.app.get(Reflector);
    const routes = declaredRoutes(t.app);
    const undeclared = routes.filter((r) => !reflector.getAllAndOverride(ACCESS_METADATA, [r.handler as never, r.controller as never])).map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThan(10);
    expect(undeclared).toEqual([]);
  });

  type Case = { name: string; method: 'get' | 'post' | 'patch'; path: () => string; body?: () => object; allowed: Role[]; okStatus: number };
  const cases: Case[] = [
    { name: 'list users', method: 'get', path: () => '/api/users', allowed: ['admin'], okStatus: 200 },
    {
      name: 'create a user',
      method: 'post',
      path: () => '/api/users',
      body: () => ({ username: `u-${Math.random().toString(36).slice(2, 10)}`, displayName: 'Cán bộ mới', password: 'a-long-password', role: 'hdnd' }),
      allowed: ['admin'],
      okStatus: 201,
    },
    { name: 'edit a user', method: 'patch', path: () => `/api/users/${userId}`, body: () => ({ displayName: 'Thường trực HĐND tỉnh' }), allowed: ['admin'], okStatus: 200 },
    {
      name: 'create a department',
      method: 'post',
      path: () => '/api/departments',
      body: () => ({ code: `T${Math.random().toString(36).slice(2, 8).toUpperCase()}`, name: 'Đơn vị thử', kind: 'other' }),
      allowed: ['admin'],
      okStatus: 201,
    },
    { name: 'edit a department', method: 'patch', path: () => `/api/departments/${departmentId}`, body: () => ({ name: 'Sở Du lịch' }), allowed: ['admin'], okStatus: 200 },
    { name: 'list departments', method: 'get', path: () => '/api/departments', allowed: ['admin', 'ubnd', 'hdnd', 'department'], okStatus: 200 },
    { name: 'read the audit log', method: 'get', path: () => '/api/audit', allowed: ['admin', 'ubnd', 'hdnd'], okStatus: 200 },
  ];

  const withVersion = async (c: Case, body: object): Promise<object> => {
    if (c.method !== 'patch') return body;
    const admin = await t.tokenOf('admin');
    const list = await t.http().get(c.path().startsWith('/api/users') ? '/api/users' : '/api/departments').set('Authorization', `Bearer ${admin}`);
    const id = c.path().split('/').pop();
    return { ...body, version: list.body.items.find((x: { id: string }) => x.id === id).version };
  };

  describe.each(cases)('$name', (c) => {
    it('answers 401 without a token', async () => {
      const response = await t.http()[c.method](c.path()).send(c.body?.() ?? {});
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it.each(Object.keys(ROLE_USERS) as Role[])('as %s', async (role) => {
      const token = await t.tokenOf(ROLE_USERS[role]);
      const body = await withVersion(c, c.body?.() ?? {});
      const response = await t.http()[c.method](c.path()).set('Authorization', `Bearer ${token}`).send(body);
      if (c.allowed.includes(role)) {
        expect(response.status).toBe(c.okStatus);
      } else {
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/not allowed/) });
      }
    });
  });
});
