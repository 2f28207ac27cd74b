import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;

/** The actors of the matrix: the package is led by Sở Tài chính, with Sở Du lịch co-operating. */
const ACTORS = { admin: 'admin', ubnd: 'ubnd', hdnd: 'hdnd', lead: 'so-tai-chinh', cooperating: 'so-du-lich', other: 'so-giao-duc' } as const;
type ActorName = keyof typeof ACTORS;
const NAMES = Object.keys(ACTORS) as ActorName[];

interface Case {
  name: string;
  allowed: ActorName[];
  okStatus: number;
  /** Prepares a fresh package and returns the request to make. */
  request: () => Promise<{ method: 'get' | 'post' | 'patch'; path: string; body?: Json }>;
}

describe('work packages: who may do what', () => {
  let t: TestApp;
  const tokens = {} as Record<ActorName, string>;
  let dept: Record<string, string>;
  let planId: string;

  const call = (name: ActorName, method: 'get' | 'post' | 'patch', path: string, body?: Json) => {
    const req = t.http()[method](path).set('Authorization', `Bearer ${tokens[name]}`);
    return body ? req.send(body) : req;
  };
  const ok = async (name: ActorName, method: 'get' | 'post' | 'patch', path: string, body?: Json): Promise<Json> => {
    const response = await call(name, method, path, body);
    if (response.status >= 300) throw new Error(`${method} ${path} as ${name} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };

  /** A package led by STC, moved by the office to `status` through the workflow. */
  const packageIn = async (status: 'not_started' | 'in_progress' | 'blocked' | 'submitted' | 'done'): Promise<Json> => {
    let pkg = await ok('ubnd', 'post', '/api/work-packages', { title: `Ma trận quyền ${status}`, planId, leadDepartmentId: dept.STC, cooperatingDepartmentIds: [dept.SDL], dueDate: '2026-12-31' });
    const to = (target: string, extra: Json = {}, by: ActorName = 'ubnd') => ok(by, 'post', `/api/work-packages/${pkg.id}/transitions`, { to: target, ...extra });
    if (status === 'not_started') return pkg;
    pkg = await to('in_progress');
    if (status === 'blocked') pkg = await to('blocked', { reason: 'Chờ vốn' });
    // The lead reports, so the office may approve (whoever reports completion does not approve it).
    if (status === 'submitted' || status === 'done') pkg = await to('submitted', { report: { summary: 'Xong' } }, 'lead');
    if (status === 'done') pkg = await to('done');
    return pkg;
  };
  const transition = (from: Parameters<typeof packageIn>[0], body: Json) => async () => {
    const pkg = await packageIn(from);
    return { method: 'post' as const, path: `/api/work-packages/${pkg.id}/transitions`, body };
  };

  const cases: Case[] = [
    { name: 'list', allowed: NAMES, okStatus: 200, request: async () => ({ method: 'get', path: '/api/work-packages?limit=5' }) },
    { name: 'read', allowed: NAMES, okStatus: 200, request: async () => ({ method: 'get', path: `/api/work-packages/${(await packageIn('not_started')).id}` }) },
    // Records are need-to-know (need-to-know.integration-spec.ts has every read route): another department sees only the card.
    { name: 'read the history', allowed: NAMES.filter((n) => n !== 'other'), okStatus: 200, request: async () => ({ method: 'get', path: `/api/work-packages/${(await packageIn('not_started')).id}/history` }) },
    { name: 'read comments', allowed: NAMES.filter((n) => n !== 'other'), okStatus: 200, request: async () => ({ method: 'get', path: `/api/work-packages/${(await packageIn('not_started')).id}/comments` }) },
    { name: 'read the board', allowed: NAMES, okStatus: 200, request: async () => ({ method: 'get', path: '/api/board' }) },
    { name: 'read the deadline summary', allowed: NAMES, okStatus: 200, request: async () => ({ method: 'get', path: '/api/deadlines/summary' }) },
    {
      name: 'create',
      allowed: ['ubnd'],
      okStatus: 201,
      request: async () => ({ method: 'post', path: '/api/work-packages', body: { title: 'Gói việc mới', leadDepartmentId: dept.STC } }),
    },
    {
      name: 'edit progress',
      allowed: ['ubnd', 'lead'],
      okStatus: 200,
      request: async () => ({ method: 'patch', path: `/api/work-packages/${(await packageIn('in_progress')).id}`, body: { progress: 40, version: 2 } }),
    },
    {
      name: 'edit the title',
      allowed: ['ubnd'],
      okStatus: 200,
      request: async () => ({ method: 'patch', path: `/api/work-packages/${(await packageIn('not_started')).id}`, body: { title: 'Tên mới', version: 1 } }),
    },
    {
      name: 'edit progress once submitted',
      allowed: ['ubnd'],
      okStatus: 200,
      request: async () => ({ method: 'patch', path: `/api/work-packages/${(await packageIn('submitted')).id}`, body: { progress: 90, version: 3 } }),
    },
    {
      name: 'set assignees',
      allowed: ['ubnd'],
      okStatus: 200,
      request: async () => ({ method: 'patch', path: `/api/work-packages/${(await packageIn('not_started')).id}`, body: { assigneeIds: [], version: 1 } }),
    },
    { name: 'start', allowed: ['ubnd', 'lead'], okStatus: 200, request: transition('not_started', { to: 'in_progress' }) },
    { name: 'block', allowed: ['ubnd', 'lead'], okStatus: 200, request: transition('in_progress', { to: 'blocked', reason: 'Thiếu vốn' }) },
    { name: 'unblock', allowed: ['ubnd', 'lead'], okStatus: 200, request: transition('blocked', { to: 'in_progress' }) },
    { name: 'submit', allowed: ['ubnd', 'lead'], okStatus: 200, request: transition('in_progress', { to: 'submitted', report: { summary: 'Đã xong', onBehalf: { reason: 'Sở gửi văn bản giấy' } } }) },
    { name: 'approve', allowed: ['ubnd'], okStatus: 200, request: transition('submitted', { to: 'done' }) },
    { name: 'return', allowed: ['ubnd'], okStatus: 200, request: transition('submitted', { to: 'in_progress', reason: 'Thiếu minh chứng' }) },
    { name: 'cancel', allowed: ['ubnd'], okStatus: 200, request: transition('in_progress', { to: 'cancelled', reason: 'Không còn phù hợp' }) },
    { name: 'reopen', allowed: ['ubnd'], okStatus: 200, request: transition('done', { to: 'in_progress', reason: 'Phát sinh khối lượng' }) },
    {
      name: 'comment',
      allowed: ['ubnd', 'lead', 'cooperating'],
      okStatus: 201,
      request: async () => ({ method: 'post', path: `/api/work-packages/${(await packageIn('in_progress')).id}/comments`, body: { body: 'Đề nghị phối hợp' } }),
    },
    {
      name: 'file a progress report',
      allowed: ['ubnd', 'lead'],
      okStatus: 201,
      request: async () => ({ method: 'post', path: `/api/work-packages/${(await packageIn('in_progress')).id}/progress-reports`, body: { progress: 50, summary: 'Đạt 50%' } }),
    },
    {
      name: 'request an extension',
      allowed: ['lead'],
      okStatus: 201,
      request: async () => ({ method: 'post', path: `/api/work-packages/${(await packageIn('in_progress')).id}/extensions`, body: { requestedDueDate: '2027-03-31', reason: 'Chờ phê duyệt vốn' } }),
    },
    {
      name: 'decide an extension',
      allowed: ['ubnd'],
      okStatus: 200,
      request: async () => {
        const pkg = await packageIn('in_progress');
        const ext = await ok('lead', 'post', `/api/work-packages/${pkg.id}/extensions`, { requestedDueDate: '2027-03-31', reason: 'Chờ phê duyệt vốn' });
        return { method: 'post', path: `/api/work-packages/${pkg.id}/extensions/${ext.id}/decision`, body: { approve: true } };
      },
    },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    for (const name of NAMES) tokens[name] = await t.tokenOf(ACTORS[name]);
    const departments = await ok('ubnd', 'get', '/api/departments');
    dept = Object.fromEntries((departments.items as { code: string; id: string }[]).map((d) => [d.code, d.id]));
    // Evidence is relaxed on this plan: the matrix is about who may move, not what a report carries.
    const plan = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse, completion_evidence_required) VALUES ($1, 'ke-hoach', 'Ma trận quyền', 2026, 'x', '{}', false) RETURNING id`,
      [`ACL-${Date.now()}`],
    );
    planId = plan[0].id;
  });
  afterAll(() => t.close());

  describe.each(cases)('$name', (c) => {
    it.each(NAMES)('as %s', async (name) => {
      const { method, path, body } = await c.request();
      const response = await call(name, method, path, body);
      if (c.allowed.includes(name)) {
        expect({ status: response.status, body: response.body }).toMatchObject({ status: c.okStatus });
      } else {
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
        expect(response.body.message).toMatch(/\w+ \w+/);
      }
    });
  });

  it('says in words why another department may not change a package', async () => {
    const pkg = await packageIn('in_progress');
    const response = await call('other', 'patch', `/api/work-packages/${pkg.id}`, { progress: 10, version: 2 }).expect(403);
    expect(response.body.message).toBe('Only the lead department or the UBND office can edit this package');
    const row = await t.dataSource.query(`SELECT progress, version FROM work_packages WHERE id = $1`, [pkg.id]);
    expect(row[0]).toEqual({ progress: 0, version: 2 });
  });

  it('shows each actor only the transitions it may make', async () => {
    const pkg = await packageIn('submitted');
    const allowed = async (name: ActorName) => (await ok(name, 'get', `/api/work-packages/${pkg.id}`)).allowedTransitions;
    expect(await allowed('ubnd')).toEqual(['done', 'in_progress', 'cancelled']);
    for (const name of ['lead', 'cooperating', 'other', 'hdnd', 'admin'] as const) expect(await allowed(name)).toEqual([]);
  });
});
