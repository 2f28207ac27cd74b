import { addDays, todayIn } from '@mandate/domain';
import { muteUsersOtherThanDemo } from './support/reminder-harness';
import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ROLES = ['admin', 'ubnd', 'hdnd', 'so-tai-chinh', 'so-du-lich'] as const;
type User = (typeof ROLES)[number];

describe('supervision requests', () => {
  let t: TestApp;
  let token: Record<User, string>;
  let dept: Record<string, string>;
  let packageId: string;
  let indicatorId: string;
  const today = () => todayIn(new Date());
  const bearer = (user: User) => `Bearer ${token[user]}`;
  const raise = (body: Json = {}, user: User = 'hdnd') =>
    t
      .http()
      .post('/api/supervision-requests')
      .set('Authorization', bearer(user))
      .send({ kind: 'chat_van', subject: { type: 'work_package', id: packageId }, addresseeDepartmentId: dept.STC, content: 'Vì sao tiến độ giải ngân chậm?', ...body });
  const count = async (table: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const notified = async (requestId: string): Promise<string[]> =>
    (
      await t.dataSource.query(`SELECT n.kind || '|' || u.username AS key FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.supervision_request_id = $1 ORDER BY 1`, [requestId])
    ).map((r: { key: string }) => r.key);

  beforeAll(async () => {
    t = await createTestApp();
    token = Object.fromEntries(await Promise.all(ROLES.map(async (u) => [u, await t.tokenOf(u)]))) as Record<User, string>;
    const departments = await t.http().get('/api/departments').set('Authorization', bearer('ubnd')).expect(200);
    dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    // Other suites leave users of their own in the seeded departments (the notifications suite adds three to Sở Tài
    // chính); this one names every party it expects, so only the demo accounts may be notified.
    await muteUsersOtherThanDemo(t.dataSource);
    await t.dataSource.query(`UPDATE users SET notify_in_app = true WHERE username = ANY($1::text[])`, [[...ROLES]]);
    packageId = (await t.http().post('/api/work-packages').set('Authorization', bearer('ubnd')).send({ title: 'Giải ngân 100% kế hoạch vốn đầu tư công', leadDepartmentId: dept.STC, dueDate: '2026-12-31' }).expect(201)).body.id;
    const [{ id: planId }] = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch giám sát', 2026, 'x', '{}') RETURNING id`, [`GS-${Date.now()}`]);
    [{ id: indicatorId }] = await t.dataSource.query(`INSERT INTO plan_indicators (plan_id, code, "group", name, text, position) VALUES ($1, '1', 'economy', 'Tốc độ tăng trưởng GRDP', 'GRDP trên 12,5%', 0) RETURNING id`, [planId]);
  });
  afterAll(() => t?.close());

  it('walks a chất vấn through answer with a file, asking for more and closing, notifying every party, audited', async () => {
    const created = await raise().expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ kind: 'chat_van', status: 'open', round: 1, dueDate: addDays(today(), 20), category: 'open_on_time', addresseeDepartmentId: dept.STC });
    expect(created.body.subject).toEqual({ type: 'work_package', id: packageId, title: 'Giải ngân 100% kế hoạch vốn đầu tư công' });
    expect(await notified(id)).toEqual(['supervision-r1-raised|so-tai-chinh', 'supervision-r1-raised|ubnd']);

    await t.http().get(`/api/supervision-requests?subjectId=${packageId}`).set('Authorization', bearer('so-tai-chinh')).expect(200).expect((r) => expect(r.body.items.map((i: Json) => i.id)).toContain(id));
    await t.http().get(`/api/supervision-requests?subjectId=${packageId}`).set('Authorization', bearer('so-du-lich')).expect(200).expect((r) => expect(r.body.items).toEqual([]));
    await t.http().get(`/api/supervision-requests/${id}`).set('Authorization', bearer('so-du-lich')).expect(403);

    await t.http().post(`/api/supervision-requests/${id}/responses`).set('Authorization', bearer('so-du-lich')).send({ content: 'x' }).expect(403);
    const answered = await t
      .http()
      .post(`/api/supervision-requests/${id}/responses`)
      .set('Authorization', bearer('so-tai-chinh'))
      .field('content', 'Đã giải ngân 62%, dự kiến đạt 100% trước 31/12/2026')
      .attach('files', PDF, { filename: 'Báo cáo giải ngân.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(answered.body).toMatchObject({ status: 'answered', answeredOn: today(), category: 'done_on_time' });
    const response = answered.body.messages.find((m: Json) => m.type === 'response');
    expect(response.attachments).toEqual([expect.objectContaining({ fileName: 'Báo cáo giải ngân.pdf', contentType: 'application/pdf', sizeBytes: PDF.length })]);
    const fileUrl = `/api/supervision-requests/${id}/attachments/${response.attachments[0].id}`;
    const download = await t.http().get(fileUrl).set('Authorization', bearer('hdnd')).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(download.body).toEqual(PDF);
    await t.http().get(fileUrl).set('Authorization', bearer('so-du-lich')).expect(403);
    // The package attachment route does not serve a supervision file.
    await t.http().get(`/api/attachments/${response.attachments[0].id}`).set('Authorization', bearer('hdnd')).expect(404);

    const again = await t.http().post(`/api/supervision-requests/${id}/responses`).set('Authorization', bearer('ubnd')).send({ content: 'Bổ sung' }).expect(409);
    expect(again.body.code).toBe('SUPERVISION_REQUEST_ANSWERED');

    const missingDate = await t.http().post(`/api/supervision-requests/${id}/reopen`).set('Authorization', bearer('hdnd')).send({ content: 'Đề nghị bổ sung số liệu từng dự án' }).expect(400);
    expect(missingDate.body.details).toEqual([expect.objectContaining({ field: 'dueDate' })]);
    const reopened = await t.http().post(`/api/supervision-requests/${id}/reopen`).set('Authorization', bearer('hdnd')).send({ content: 'Đề nghị bổ sung số liệu từng dự án', dueDate: addDays(today(), 10) }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', round: 2, dueDate: addDays(today(), 10), answeredOn: null, category: 'open_on_time' });

    // The UBND may answer a request addressed to a department.
    await t.http().post(`/api/supervision-requests/${id}/responses`).set('Authorization', bearer('ubnd')).send({ content: 'UBND tỉnh bổ sung số liệu' }).expect(201);
    const closed = await t.http().post(`/api/supervision-requests/${id}/close`).set('Authorization', bearer('hdnd')).send({}).expect(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.messages.map((m: Json) => `${m.round}:${m.type}`)).toEqual(['1:request', '1:response', '2:reopen', '2:response', '2:close']);

    const late = await t.http().post(`/api/supervision-requests/${id}/responses`).set('Authorization', bearer('so-tai-chinh')).send({ content: 'Muộn' }).expect(409);
    expect(late.body.code).toBe('SUPERVISION_REQUEST_CLOSED');
    await t.http().post(`/api/supervision-requests/${id}/close`).set('Authorization', bearer('hdnd')).send({}).expect(409);

    expect(await notified(id)).toEqual([
      'supervision-r1-answered|hdnd',
      'supervision-r1-answered|ubnd',
      'supervision-r1-raised|so-tai-chinh',
      'supervision-r1-raised|ubnd',
      'supervision-r2-answered|hdnd',
      'supervision-r2-closed|so-tai-chinh',
      'supervision-r2-closed|ubnd',
      'supervision-r2-reopened|so-tai-chinh',
      'supervision-r2-reopened|ubnd',
    ]);
    const audit = await t.dataSource.query(`SELECT action, after->>'status' AS status FROM audit_events WHERE entity_type = 'supervision_request' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: Json) => `${a.action}:${a.status}`)).toEqual(['create:open', 'update:answered', 'update:open', 'update:answered', 'update:closed']);
  });

  it('computes timeliness like packages: an answer after the deadline is late, an open request past it overdue', async () => {
    const id = (await raise({ kind: 'yeu_cau_bao_cao', dueDate: today() }).expect(201)).body.id as string;
    await t.dataSource.query(`UPDATE supervision_requests SET due_date = due_date - 3 WHERE id = $1`, [id]);
    const overdue = await t.http().get(`/api/supervision-requests?overdue=true&kind=yeu_cau_bao_cao`).set('Authorization', bearer('hdnd')).expect(200);
    expect(overdue.body.items.find((i: Json) => i.id === id)).toMatchObject({ category: 'open_overdue' });
    const answered = await t.http().post(`/api/supervision-requests/${id}/responses`).set('Authorization', bearer('so-tai-chinh')).send({ content: 'Báo cáo muộn' }).expect(201);
    expect(answered.body.category).toBe('done_late');
    const notOverdue = await t.http().get(`/api/supervision-requests?overdue=true&kind=yeu_cau_bao_cao`).set('Authorization', bearer('hdnd')).expect(200);
    expect(notOverdue.body.items.map((i: Json) => i.id)).not.toContain(id);
  });

  it('accepts an indicator as subject, lists by it, and searches ignoring diacritics', async () => {
    const id = (await raise({ kind: 'kien_nghi', subject: { type: 'indicator', id: indicatorId }, addresseeDepartmentId: null, content: 'Kiến nghị làm rõ tăng trưởng Quảng Ninh' }).expect(201)).body.id;
    const bySubject = await t.http().get(`/api/supervision-requests?subjectId=${indicatorId}`).set('Authorization', bearer('ubnd')).expect(200);
    expect(bySubject.body.items.map((i: Json) => i.id)).toEqual([id]);
    expect(bySubject.body.items[0]).toMatchObject({ addresseeDepartmentId: null, subject: { type: 'indicator', id: indicatorId, title: '1. Tốc độ tăng trưởng GRDP' } });
    const search = await t.http().get(`/api/supervision-requests?q=${encodeURIComponent('quang ninh')}`).set('Authorization', bearer('hdnd')).expect(200);
    expect(search.body.items.map((i: Json) => i.id)).toContain(id);
    const toUbnd = await t.http().get(`/api/supervision-requests?addresseeDepartmentId=ubnd`).set('Authorization', bearer('hdnd')).expect(200);
    expect(toUbnd.body.items.every((i: Json) => i.addresseeDepartmentId === null)).toBe(true);
    // A department never answers what is addressed to the UBND.
    await t.http().post(`/api/supervision-requests/${id}/responses`).set('Authorization', bearer('so-tai-chinh')).send({ content: 'x' }).expect(403);
  });

  it('pages with a cursor', async () => {
    await raise().expect(201);
    const first = await t.http().get('/api/supervision-requests?limit=1').set('Authorization', bearer('hdnd')).expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.http().get(`/api/supervision-requests?limit=1&cursor=${first.body.nextCursor}`).set('Authorization', bearer('hdnd')).expect(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    await t.http().get('/api/supervision-requests?cursor=bm9wZQ').set('Authorization', bearer('hdnd')).expect(400);
  });

  it.each([
    ['a past deadline', () => ({ dueDate: addDays(today(), -1) }), 400, 'dueDate'],
    ['a deadline that is no date', () => ({ dueDate: '31/12/2026' }), 400, 'dueDate'],
    ['a missing package', () => ({ subject: { type: 'work_package', id: '00000000-0000-4000-8000-000000000000' } }), 404, 'subject.id'],
    ['a missing indicator', () => ({ subject: { type: 'indicator', id: '00000000-0000-4000-8000-000000000000' } }), 404, 'subject.id'],
    ['an unknown subject type', () => ({ subject: { type: 'project', id: packageId } }), 400, 'subject.type'],
    ['an unknown kind', () => ({ kind: 'phan_bien' }), 400, 'kind'],
    ['no content', () => ({ content: '' }), 400, 'content'],
    ['an inactive department', () => ({ addresseeDepartmentId: dept.INACTIVE }), 400, 'addresseeDepartmentId'],
    ['a missing department', () => ({ addresseeDepartmentId: '00000000-0000-4000-8000-000000000000' }), 400, 'addresseeDepartmentId'],
  ])('refuses %s, naming the field, storing nothing', async (_, body, status, field) => {
    if (!dept.INACTIVE) [{ id: dept.INACTIVE }] = await t.dataSource.query(`INSERT INTO departments (code, name, kind, active) VALUES ($1, 'Sở đã giải thể', 'provincial', false) RETURNING id`, [`GS${Date.now() % 1_000_000}`]);
    const before = [await count('supervision_requests'), await count('supervision_messages'), await count('notifications')];
    const response = await raise(body()).expect(status);
    expect(response.body.details).toEqual([expect.objectContaining({ field })]);
    expect(JSON.stringify(response.body)).not.toMatch(/stack|SELECT|node_modules/);
    expect([await count('supervision_requests'), await count('supervision_messages'), await count('notifications')]).toEqual(before);
  });

  describe('permissions matrix', () => {
    let openId: string;
    let answeredId: string;
    let toSdlId: string;
    beforeAll(async () => {
      openId = (await raise().expect(201)).body.id;
      answeredId = (await raise().expect(201)).body.id;
      await t.http().post(`/api/supervision-requests/${answeredId}/responses`).set('Authorization', bearer('so-tai-chinh')).send({ content: 'Đã trả lời' }).expect(201);
      toSdlId = (await raise({ addresseeDepartmentId: dept.SDL }).expect(201)).body.id;
    });

    // Each action is tried against a request in the state where only the role can make it fail.
    const ACTIONS: Record<string, (user: User) => Promise<number>> = {
      create: async (user) => (await raise({}, user)).status,
      list: async (user) => (await t.http().get('/api/supervision-requests').set('Authorization', bearer(user))).status,
      'read (addressed to Sở Tài chính)': async (user) => (await t.http().get(`/api/supervision-requests/${openId}`).set('Authorization', bearer(user))).status,
      'answer (addressed to Sở Du lịch)': async (user) => (await t.http().post(`/api/supervision-requests/${toSdlId}/responses`).set('Authorization', bearer(user)).send({ content: 'Trả lời' })).status,
      reopen: async (user) => (await t.http().post(`/api/supervision-requests/${answeredId}/reopen`).set('Authorization', bearer(user)).send({ content: 'Bổ sung', dueDate: addDays(today(), 5) })).status,
      close: async (user) => (await t.http().post(`/api/supervision-requests/${openId}/close`).set('Authorization', bearer(user)).send({})).status,
      'change response days': async (user) => (await t.http().put('/api/supervision-settings').set('Authorization', bearer(user)).send({ kien_nghi: 30, chat_van: 20, yeu_cau_bao_cao: 15 })).status,
    };
    const EXPECTED: Record<string, Record<User, number>> = {
      create: { admin: 403, ubnd: 403, hdnd: 201, 'so-tai-chinh': 403, 'so-du-lich': 403 },
      list: { admin: 200, ubnd: 200, hdnd: 200, 'so-tai-chinh': 200, 'so-du-lich': 200 },
      'read (addressed to Sở Tài chính)': { admin: 200, ubnd: 200, hdnd: 200, 'so-tai-chinh': 200, 'so-du-lich': 403 },
      'answer (addressed to Sở Du lịch)': { admin: 403, ubnd: 201, hdnd: 403, 'so-tai-chinh': 403, 'so-du-lich': 201 },
      reopen: { admin: 403, ubnd: 403, hdnd: 200, 'so-tai-chinh': 403, 'so-du-lich': 403 },
      close: { admin: 403, ubnd: 403, hdnd: 200, 'so-tai-chinh': 403, 'so-du-lich': 403 },
      'change response days': { admin: 200, ubnd: 403, hdnd: 403, 'so-tai-chinh': 403, 'so-du-lich': 403 },
    };
    // The HĐND supervises and never changes a package (the package's own matrix covers the other roles).
    const PACKAGE_CHANGE: Partial<Record<User, number>> = { admin: 403, hdnd: 403 };

    it.each(Object.entries(PACKAGE_CHANGE))('change the supervised package as %s: %s', async (user, expected) => {
      const response = await t.http().patch(`/api/work-packages/${packageId}`).set('Authorization', bearer(user as User)).set('If-Match', '1').send({ progress: 5 });
      expect(response.status).toBe(expected);
      const transition = await t.http().post(`/api/work-packages/${packageId}/transitions`).set('Authorization', bearer(user as User)).send({ to: 'in_progress' });
      expect(transition.status).toBe(403);
    });

    it.each(Object.keys(ACTIONS).flatMap((action) => ROLES.map((role) => [action, role] as const)))('%s as %s', async (action, role) => {
      const status = await ACTIONS[action](role);
      // A step already taken by another role's allowed try is a 409, which still proves this role passed the permission check.
      const expected = EXPECTED[action][role];
      if (expected === 201 || expected === 200) expect([expected, 409]).toContain(status);
      else expect(status).toBe(expected);
    });
  });

  it('lets the admin change the default response days per kind, used for new requests', async () => {
    const bad = await t.http().put('/api/supervision-settings').set('Authorization', bearer('admin')).send({ kien_nghi: 30, chat_van: 0, yeu_cau_bao_cao: 15 }).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'chat_van' })]);
    await t.http().put('/api/supervision-settings').set('Authorization', bearer('admin')).send({ kien_nghi: 30, chat_van: 7, yeu_cau_bao_cao: 15 }).expect(200);
    expect((await raise().expect(201)).body.dueDate).toBe(addDays(today(), 7));
    await t.http().put('/api/supervision-settings').set('Authorization', bearer('admin')).send({ kien_nghi: 30, chat_van: 20, yeu_cau_bao_cao: 15 }).expect(200);
    await t.http().get('/api/supervision-settings').set('Authorization', bearer('hdnd')).expect(200, { kien_nghi: 30, chat_van: 20, yeu_cau_bao_cao: 15 });
  });
});
