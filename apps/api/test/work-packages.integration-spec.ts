import {
  categorize,
  CLOSED_WORK_PACKAGE_STATUSES,
  DEADLINE_CATEGORIES,
  foldText,
  isLeadDepartmentUser,
  isOpenStatus,
  OPEN_WORK_PACKAGE_STATUSES,
  ROLES,
  WORK_PACKAGE_STATUSES,
  WorkPackageStatus,
} from '@mandate/domain';
import { categoryFilterSql, categorySql, foldSql, leadDepartmentUserSql, openStatusSql } from '../src/modules/work-packages/work-package.sql';
import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;

describe('work packages', () => {
  let t: TestApp;
  let ubnd: string;
  let stc: string;
  let hdnd: string;
  let dept: Record<string, string>;
  let planId: string;

  const auth = (token: string) => `Bearer ${token}`;
  const create = async (body: Json, token = ubnd): Promise<Json> => {
    const response = await t.http().post('/api/work-packages').set('Authorization', auth(token)).send({ leadDepartmentId: dept.STC, planId, ...body });
    if (response.status !== 201) throw new Error(`create answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const move = (id: string, body: Json, token: string) => t.http().post(`/api/work-packages/${id}/transitions`).set('Authorization', auth(token)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    [ubnd, stc, hdnd] = await Promise.all(['ubnd', 'so-tai-chinh', 'hdnd'].map((u) => t.tokenOf(u)));
    const departments = await t.http().get('/api/departments').set('Authorization', auth(ubnd)).expect(200);
    dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    const plan = await t.dataSource.query(
      // This plan relaxes the evidence rule, so the workflow tests here file reports without files (completion-rules.integration-spec.ts has the rule).
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse, completion_evidence_required) VALUES ($1, 'ke-hoach', 'Kế hoạch kiểm thử gói việc', 2026, 'x', '{}', false) RETURNING id`,
      [`WP-${Date.now()}`],
    );
    planId = plan[0].id;
  });
  afterAll(() => t.close());

  describe('create and read', () => {
    it('creates a package (201) with its defaults, category and what the caller may do', async () => {
      const pkg = await create({ title: 'Giải ngân vốn đầu tư công', startDate: '2026-01-01', dueDate: '2026-12-31', cooperatingDepartmentIds: [dept.SDL], expectedOutput: 'Báo cáo giải ngân' });
      expect(pkg).toMatchObject({ status: 'not_started', progress: 0, priority: 'normal', version: 1, dueDate: '2026-12-31', originalDueDate: null, cooperatingDepartmentIds: [dept.SDL], assigneeIds: [] });
      const read = await t.http().get(`/api/work-packages/${pkg.id}?asOf=2026-06-01`).set('Authorization', auth(stc)).expect(200);
      expect(read.body).toMatchObject({ id: pkg.id, category: 'not_started', leadDepartmentId: dept.STC, allowedTransitions: ['in_progress'] });
      expect(read.body.abilities).toMatchObject({ editableFields: ['progress', 'expectedOutput'], comment: true, fileReport: true, requestExtension: true, decideExtension: false });
      const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'work_package' AND entity_id = $1`, [pkg.id]);
      expect(audit).toEqual([{ action: 'create' }]);
    });

    it('compresses and tags what is read (ETag, 304), and answers a write plainly: no compression, no ETag', async () => {
      const created = await t.http().post('/api/work-packages').set('Authorization', auth(ubnd)).set('Accept-Encoding', 'gzip').send({ leadDepartmentId: dept.STC, planId, title: 'Gói việc có mô tả dài', description: 'Nội dung chi tiết. '.repeat(120) }).expect(201);
      expect(created.text.length).toBeGreaterThan(2000);
      expect(created.headers).not.toHaveProperty('content-encoding');
      expect(created.headers).not.toHaveProperty('etag');
      expect(created.headers).not.toHaveProperty('vary');

      const read = await t.http().get(`/api/work-packages/${created.body.id}`).set('Authorization', auth(ubnd)).set('Accept-Encoding', 'gzip').expect(200);
      expect(read.headers['content-encoding']).toBe('gzip');
      expect(read.headers.vary).toBe('Accept-Encoding');
      expect(read.headers.etag).toMatch(/^W\/"/);
      await t.http().get(`/api/work-packages/${created.body.id}`).set('Authorization', auth(ubnd)).set('If-None-Match', read.headers.etag).expect(304);

      const moved = await move(created.body.id, { to: 'in_progress', version: created.body.version }, ubnd).set('Accept-Encoding', 'gzip').expect(200);
      expect(moved.headers).not.toHaveProperty('etag');
      expect(moved.headers).not.toHaveProperty('vary');
      const failed = await move(created.body.id, { to: 'nowhere' }, ubnd).set('Accept-Encoding', 'gzip').expect(400);
      expect(failed.headers).not.toHaveProperty('etag');
    });

    it('answers 404 for an unknown package and 400 for a malformed id', async () => {
      await t.http().get('/api/work-packages/00000000-0000-4000-8000-000000000000').set('Authorization', auth(hdnd)).expect(404);
      const bad = await t.http().get('/api/work-packages/nope').set('Authorization', auth(hdnd)).expect(400);
      expect(bad.body.details[0].field).toBe('id');
    });

    it.each([
      ['due before start', { title: 'X', startDate: '2026-05-01', dueDate: '2026-04-01' }, 'dueDate'],
      ['progress 101', { title: 'X', progress: 101 }, 'progress'],
      ['no title', { title: '  ' }, 'title'],
      ['an impossible date', { title: 'X', dueDate: '2026-02-30' }, 'dueDate'],
      ['an unknown priority', { title: 'X', priority: 'asap' }, 'priority'],
      ['an unknown department', { title: 'X', leadDepartmentId: '00000000-0000-4000-8000-000000000000' }, 'leadDepartmentId'],
      ['a malformed department id', { title: 'X', leadDepartmentId: 'so-tai-chinh' }, 'leadDepartmentId'],
      ['the lead also co-operating', { title: 'X', cooperatingDepartmentIds: ['LEAD'] }, 'cooperatingDepartmentIds'],
    ])('refuses %s with 400 naming the field', async (_, body, field) => {
      const sent = { leadDepartmentId: dept.STC, planId, ...body } as Json;
      if (Array.isArray(sent.cooperatingDepartmentIds)) sent.cooperatingDepartmentIds = [dept.STC];
      const response = await t.http().post('/api/work-packages').set('Authorization', auth(ubnd)).send(sent).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('refuses NUL characters, which Postgres cannot store, with 400 instead of a 500', async () => {
      const pkg = await create({ title: 'Gói việc NUL' });
      const nul = 'a\u0000b';
      const requests = [
        t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(ubnd)).send({ title: nul, version: pkg.version }),
        t.http().post('/api/work-packages').set('Authorization', auth(ubnd)).send({ title: 'X', description: nul, leadDepartmentId: dept.STC }),
        t.http().get('/api/work-packages').query({ q: nul }).set('Authorization', auth(ubnd)),
        t.http().get('/api/board').query({ q: nul }).set('Authorization', auth(ubnd)),
      ];
      for (const request of requests) expect(await request).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
      await move(pkg.id as string, { to: 'in_progress' }, stc).expect(200);
      expect(await move(pkg.id as string, { to: 'blocked', reason: nul }, stc)).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    });

    it('refuses unknown filters on the list with 400 naming the field', async () => {
      for (const [query, field] of [['status=finished', 'status'], ['category=late', 'category'], ['dueFrom=31/12/2026', 'dueFrom'], ['limit=0', 'limit'], ['asOf=2026-13-01', 'asOf']]) {
        const response = await t.http().get(`/api/work-packages?${query}`).set('Authorization', auth(ubnd)).expect(400);
        expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      }
    });
  });

  describe('edit with optimistic locking', () => {
    it('edits with If-Match or a body version; a stale version is 409 and writes nothing', async () => {
      const pkg = await create({ title: 'Rà soát quy hoạch', dueDate: '2026-09-30' });
      const first = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(ubnd)).set('If-Match', '"1"').send({ priority: 'high', assigneeIds: [] }).expect(200);
      expect(first.body).toMatchObject({ priority: 'high', version: 2 });
      const second = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(stc)).send({ progress: 30, version: 2 }).expect(200);
      expect(second.body).toMatchObject({ progress: 30, version: 3 });
      const stale = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(ubnd)).send({ title: 'Cũ', version: 2 }).expect(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      const row = await t.dataSource.query(`SELECT title, version FROM work_packages WHERE id = $1`, [pkg.id]);
      expect(row[0]).toEqual({ title: 'Rà soát quy hoạch', version: 3 });
      const missing = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(ubnd)).send({ title: 'Không có version' }).expect(400);
      expect(missing.body.details[0].field).toBe('version');
    });

    it('refuses fields an edit cannot change, and a due date before the start of the merged record', async () => {
      const pkg = await create({ title: 'Kiểm tra', startDate: '2026-03-01', dueDate: '2026-06-30' });
      const status = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(ubnd)).send({ status: 'done', version: 1 }).expect(400);
      expect(status.body.details[0].field).toBe('status');
      const dates = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(ubnd)).send({ dueDate: '2026-02-01', version: 1 }).expect(400);
      expect(dates.body.details.map((d: { field: string }) => d.field)).toContain('dueDate');
      const progress = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(stc)).send({ progress: 101, version: 1 }).expect(400);
      expect(progress.body.details[0].field).toBe('progress');
    });

    it('lets exactly one of 50 concurrent edits with the same version win; one audit event', async () => {
      const pkg = await create({ title: 'Tranh chấp', dueDate: '2026-10-31' });
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', auth(ubnd)).set('If-Match', '1').send({ title: `Phiên bản ${i}` })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      const winner = responses.find((r) => r.status === 200);
      const row = await t.dataSource.query(`SELECT title, version FROM work_packages WHERE id = $1`, [pkg.id]);
      expect(row[0]).toEqual({ title: winner?.body.title, version: 2 });
      const events = await t.dataSource.query(`SELECT after->>'title' AS title FROM audit_events WHERE entity_type = 'work_package' AND entity_id = $1 AND action = 'update'`, [pkg.id]);
      expect(events).toEqual([{ title: winner?.body.title }]);
    });
  });

  describe('search and filters', () => {
    it('ignores case and diacritics, and escapes wildcards', async () => {
      const a = await create({ title: 'Đẩy nhanh giải ngân vốn đầu tư công năm 2026' });
      const b = await create({ title: 'Phát triển du lịch', description: 'Thu hút khách đến tỉnh Quảng Ninh' });
      await create({ title: 'Tăng 100% số trường chuẩn' });
      const search = async (q: string) =>
        (await t.http().get('/api/work-packages').query({ planId, q, limit: 200 }).set('Authorization', auth(hdnd)).expect(200)).body.items.map((i: Json) => i.id);
      expect(await search('dau tu cong')).toContain(a.id);
      expect(await search('ĐẦU TƯ CÔNG NĂM')).toEqual([a.id]);
      expect(await search('dau tu cong')).not.toContain(b.id);
      expect(await search('QUANG NINH')).toEqual([b.id]);
      expect(await search('quảng ninh')).toEqual([b.id]);
      expect(await search('100%')).toHaveLength(1);
      expect(await search('%')).toHaveLength(1);
      expect(await search('_')).toHaveLength(0);
    });

    it('filters by category across the Hà Nội day boundary', async () => {
      const pkg = await create({ title: 'Hạn cuối năm', dueDate: '2026-12-31' });
      await move(pkg.id as string, { to: 'in_progress' }, stc).expect(200);
      const ids = async (query: Json) => (await t.http().get('/api/work-packages').query({ planId, limit: 200, ...query }).set('Authorization', auth(ubnd)).expect(200)).body.items.map((i: Json) => i.id);
      expect(await ids({ asOf: '2026-12-31', category: 'open_on_time' })).toContain(pkg.id);
      expect(await ids({ asOf: '2026-12-31', category: 'open_overdue' })).not.toContain(pkg.id);
      expect(await ids({ asOf: '2027-01-01', category: 'open_overdue' })).toContain(pkg.id);
      const read = await t.http().get(`/api/work-packages/${pkg.id}?asOf=2027-01-01`).set('Authorization', auth(ubnd)).expect(200);
      expect(read.body.category).toBe('open_overdue');
      expect(await ids({ dueFrom: '2026-12-31', dueTo: '2026-12-31', status: 'in_progress' })).toEqual([pkg.id]);
      expect(await ids({ departmentId: dept.SDL, dueFrom: '2026-12-31', dueTo: '2026-12-31' })).toEqual([]);
    });

    it('orders by due date (none last, then id) and pages with an opaque cursor, without gaps or repeats', async () => {
      // Ties on one date and packages without a date, so the id tiebreak and the nulls-last step are both crossed.
      for (const title of ['Cùng hạn A', 'Cùng hạn B', 'Cùng hạn C']) await create({ title, dueDate: '2026-07-15' });
      for (const title of ['Không hạn A', 'Không hạn B']) await create({ title });
      const seen: Json[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Json[]; nextCursor: string | null } = (await t.http().get('/api/work-packages').query({ planId, limit: 2, ...(cursor ? { cursor } : {}) }).set('Authorization', auth(ubnd)).expect(200)).body;
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const all = await t.dataSource.query(`SELECT id FROM work_packages WHERE plan_id = $1 ORDER BY due_date NULLS LAST, id`, [planId]);
      expect(seen.map((i) => i.id)).toEqual(all.map((r: { id: string }) => r.id));
      const dates = seen.map((i) => i.dueDate as string | null);
      const dated = dates.filter((d): d is string => d !== null);
      expect(dates).toEqual([...dated, ...dates.filter((d) => d === null)]);
      expect(dated).toEqual([...dated].sort());
      await t.http().get('/api/work-packages?cursor=%25%25').set('Authorization', auth(ubnd)).expect(400);
      // Cursors that decode but do not fit the keys (an old id-only cursor, an impossible date): a 400, not a SQL cast error.
      const forged = (key: string) => Buffer.from(key).toString('base64url');
      const pkg = seen[0].id as string;
      for (const url of [
        `/api/work-packages?cursor=${forged('abc')}`,
        `/api/work-packages?cursor=${forged(pkg)}`,
        `/api/work-packages?cursor=${forged(`2026-02-30|${pkg}`)}`,
        `/api/work-packages/${pkg}/history?cursor=${forged(pkg)}`,
        `/api/work-packages/${pkg}/history?cursor=${forged('9'.repeat(30))}`,
      ]) {
        const response = await t.http().get(url).set('Authorization', auth(ubnd)).expect(400);
        expect(response.body.details[0].field).toBe('cursor');
      }
    });
  });

  describe('the list page from the read-model cache', () => {
    let otherPlanId: string;
    let sdlPackage: Json;
    const list = (query: Json, token = ubnd, ifNoneMatch?: string) => {
      const request = t.http().get('/api/work-packages').query(query).set('Authorization', auth(token));
      return ifNoneMatch ? request.set('If-None-Match', ifNoneMatch) : request;
    };
    const ids = (body: { items: Json[] }) => body.items.map((i) => i.id);

    beforeAll(async () => {
      const other = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch khác', 2026, 'x', '{}') RETURNING id`, [`WP-OTHER-${Date.now()}`]);
      otherPlanId = other[0].id;
      await create({ title: 'Gói của kế hoạch khác', planId: otherPlanId, dueDate: '2026-05-31' });
      sdlPackage = await create({ title: 'Gói Sở Du lịch', leadDepartmentId: dept.SDL, dueDate: '2026-05-31' });
    });

    it('answers 304 to its ETag until a package of its plan changes; a change in another plan leaves it cached', async () => {
      const query = { planId, asOf: '2026-07-01', limit: 200 };
      const first = await list(query).expect(200);
      expect(first.headers['content-encoding']).toBe('gzip');
      const etag = first.headers['etag'] as string;
      expect(etag).toMatch(/^W\/"\d+-/);
      await list(query, ubnd, etag).expect(304);

      const [outside] = await t.dataSource.query(`SELECT id, version FROM work_packages WHERE plan_id = $1`, [otherPlanId]);
      await t.http().patch(`/api/work-packages/${outside.id}`).set('Authorization', auth(ubnd)).send({ title: 'Gói của kế hoạch khác (sửa)', version: outside.version }).expect(200);
      await list(query, ubnd, etag).expect(304);

      const target = first.body.items[0] as Json;
      await t.http().patch(`/api/work-packages/${target.id}`).set('Authorization', auth(ubnd)).send({ title: 'Tên mới sau khi sửa', version: target.version }).expect(200);
      const changed = await list(query, ubnd, etag).expect(200);
      expect(changed.headers['etag']).not.toBe(etag);
      expect(changed.body.items.find((i: Json) => i.id === target.id)).toMatchObject({ title: 'Tên mới sau khi sửa', version: (target.version as number) + 1 });
      await list(query, ubnd, changed.headers['etag']).expect(304);
    });

    it("moves a department's list only when one of its packages changes or joins it", async () => {
      const query = { planId, departmentId: dept.STC, asOf: '2026-07-01', limit: 200 };
      const first = await list(query).expect(200);
      const etag = first.headers['etag'] as string;
      const sdl = (await t.http().get(`/api/work-packages/${sdlPackage.id}`).set('Authorization', auth(ubnd)).expect(200)).body;
      await t.http().patch(`/api/work-packages/${sdl.id}`).set('Authorization', auth(ubnd)).send({ priority: 'high', version: sdl.version }).expect(200);
      await list(query, ubnd, etag).expect(304);
      // A package handed to STC joins STC's list.
      await t.http().patch(`/api/work-packages/${sdl.id}`).set('Authorization', auth(ubnd)).send({ leadDepartmentId: dept.STC, version: sdl.version + 1 }).expect(200);
      const joined = await list(query, ubnd, etag).expect(200);
      expect(ids(joined.body)).toContain(sdl.id);
    });

    it("serves every reader one body and never answers a filter with another filter's page", async () => {
      const stcQuery = { planId, departmentId: dept.STC, asOf: '2026-07-01', limit: 200 };
      const sdlQuery = { planId, departmentId: dept.SDL, asOf: '2026-07-01', limit: 200 };
      await create({ title: 'Gói Sở Du lịch thứ hai', leadDepartmentId: dept.SDL, dueDate: '2026-06-30' });
      const asUbnd = await list(stcQuery).expect(200);
      const asStc = await list(stcQuery, stc).expect(200);
      expect(asStc.headers['etag']).toBe(asUbnd.headers['etag']);
      expect(asStc.body).toEqual(asUbnd.body);
      expect(asUbnd.body.items.length).toBeGreaterThan(0);
      expect(asUbnd.body.items.every((i: Json) => i.leadDepartmentId === dept.STC)).toBe(true);

      // The other department's page, asked for with STC's ETag: its own body, none of STC's packages.
      const sdlPage = await list(sdlQuery, stc, asUbnd.headers['etag'] as string).expect(200);
      expect(sdlPage.headers['etag']).not.toBe(asUbnd.headers['etag']);
      expect(sdlPage.body.items.length).toBeGreaterThan(0);
      expect(sdlPage.body.items.every((i: Json) => i.leadDepartmentId === dept.SDL)).toBe(true);
      // A search differing only in spaces is the same page; one differing in text is not.
      const spaced = await list({ planId, q: '  gói   sở du lịch ', limit: 200 }).expect(200);
      const squeezed = await list({ planId, q: 'gói sở du lịch', limit: 200 }, ubnd, spaced.headers['etag'] as string).expect(304);
      expect(squeezed.headers['etag']).toBe(spaced.headers['etag']);
      await list({ planId, q: 'gói sở du', limit: 200 }, ubnd, spaced.headers['etag'] as string).expect(200);
    });
  });

  describe('the SQL category mirrors categorize()', () => {
    it('agrees for every status, due date, completion date and as-of date', async () => {
      const dates = [null, '2026-06-29', '2026-06-30', '2026-07-01'];
      const asOfs = ['2026-06-29', '2026-06-30', '2026-07-01', '2027-01-01'];
      const cases = WORK_PACKAGE_STATUSES.flatMap((status) =>
        dates.flatMap((dueDate) => (status === 'done' ? dates : [null]).flatMap((completedOn) => asOfs.map((asOf) => ({ status, dueDate, completedOn, asOf })))),
      );
      const rows = await t.dataSource.query<{ category: string }[]>(
        `SELECT ${categorySql('wp', 'wp.as_of')} AS category
         FROM unnest($1::text[], $2::date[], $3::date[], $4::date[]) WITH ORDINALITY AS wp(status, due_date, completed_on, as_of, n) ORDER BY n`,
        [cases.map((c) => c.status), cases.map((c) => c.dueDate), cases.map((c) => c.completedOn), cases.map((c) => c.asOf)],
      );
      const sql = rows.map((r) => r.category);
      const domain = cases.map((c) => categorize({ status: c.status as WorkPackageStatus, dueDate: c.dueDate, completedOn: c.completedOn }, c.asOf));
      expect(sql).toEqual(domain);
      expect(new Set(domain)).toEqual(new Set(DEADLINE_CATEGORIES));

      // The index-friendly filter of each category selects exactly the packages categorize() puts in it.
      for (const category of DEADLINE_CATEGORIES) {
        const matched = await t.dataSource.query<{ n: number }[]>(
          `SELECT n::int AS n FROM unnest($1::text[], $2::date[], $3::date[], $4::date[]) WITH ORDINALITY AS wp(status, due_date, completed_on, as_of, n)
           WHERE ${categoryFilterSql('wp', 'wp.as_of', category)} ORDER BY n`,
          [cases.map((c) => c.status), cases.map((c) => c.dueDate), cases.map((c) => c.completedOn), cases.map((c) => c.asOf)],
        );
        const expected = domain.flatMap((d, i) => (d === category ? [i + 1] : []));
        expect({ category, rows: matched.map((m) => m.n) }).toEqual({ category, rows: expected });
      }
    });
  });

  describe('the SQL mirrors of the open-status, lead-department and folding rules agree with the domain', () => {
    it('openStatusSql agrees with isOpenStatus for every status', async () => {
      const rows = await t.dataSource.query<{ open: boolean }[]>(
        `SELECT ${openStatusSql('s.status')} AS open FROM unnest($1::text[]) WITH ORDINALITY AS s(status, n) ORDER BY n`,
        [[...WORK_PACKAGE_STATUSES]],
      );
      expect(rows.map((r) => r.open)).toEqual(WORK_PACKAGE_STATUSES.map(isOpenStatus));
      expect(new Set([...OPEN_WORK_PACKAGE_STATUSES, ...CLOSED_WORK_PACKAGE_STATUSES])).toEqual(new Set(WORK_PACKAGE_STATUSES));
    });

    it('leadDepartmentUserSql agrees with isLeadDepartmentUser for every role and department', async () => {
      const [lead, other] = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
      const cases = ROLES.flatMap((role) => [lead, other, null].map((departmentId) => ({ role, departmentId })));
      const rows = await t.dataSource.query<{ lead: boolean | null }[]>(
        `SELECT ${leadDepartmentUserSql('u', '$3::uuid')} AS lead FROM unnest($1::text[], $2::uuid[]) WITH ORDINALITY AS u(role, department_id, n) ORDER BY n`,
        [cases.map((c) => c.role), cases.map((c) => c.departmentId), lead],
      );
      expect(rows.map((r) => r.lead === true)).toEqual(cases.map((c) => isLeadDepartmentUser(c, { leadDepartmentId: lead })));
      expect(rows.filter((r) => r.lead === true)).toHaveLength(1);
    });

    // Letters, digits and plain punctuation; Postgres' unaccent also rewrites a few symbols (an en dash to '-'), which foldText keeps.
    it('foldSql agrees with foldText on Vietnamese, in composed and decomposed forms', async () => {
      const texts = ['Quảng Ninh', 'ĐẦU TƯ CÔNG', 'đường cao tốc Vân Đồn, Móng Cái', 'Sở Giáo dục và Đào tạo', 'Hạ Long, Cẩm Phả, Uông Bí', 'thuỷ lợi, thủy sản', 'Ưu tiên ỨNG DỤNG số', '22 triệu lượt khách'];
      const inputs = [...texts, ...texts.map((x) => x.normalize('NFD'))];
      const rows = await t.dataSource.query<{ folded: string }[]>(
        `SELECT ${foldSql('x.text')} AS folded FROM unnest($1::text[]) WITH ORDINALITY AS x(text, n) ORDER BY n`,
        [inputs],
      );
      expect(rows.map((r) => r.folded)).toEqual(inputs.map(foldText));
    });
  });

  describe('workflow', () => {
    it('runs start → block → unblock → submit → return → submit → approve, dating the completion from the report', async () => {
      const pkg = await create({ title: 'Hoàn thành khu công nghiệp', dueDate: '2026-12-31' });
      const id = pkg.id as string;
      const started = (await move(id, { to: 'in_progress' }, stc).expect(200)).body;
      // A move answers with the card and what the contract promises of the package, not the whole package.
      expect(started).toEqual({
        id,
        title: 'Hoàn thành khu công nghiệp',
        status: 'in_progress',
        category: expect.any(String),
        dueDate: '2026-12-31',
        leadDepartmentId: pkg.leadDepartmentId,
        itemRef: pkg.itemRef,
        progress: pkg.progress,
        version: 2,
        planId: pkg.planId,
        cooperatingDepartmentIds: pkg.cooperatingDepartmentIds,
        completedOn: null,
        allowedTransitions: ['blocked', 'submitted'],
      });
      const noReason = await move(id, { to: 'blocked' }, stc).expect(400);
      expect(noReason.body.details[0].field).toBe('reason');
      await move(id, { to: 'blocked', reason: 'Vướng giải phóng mặt bằng' }, stc).expect(200);
      await move(id, { to: 'in_progress' }, stc).expect(200);
      const noReport = await move(id, { to: 'submitted' }, stc).expect(400);
      expect(noReport.body.details[0].field).toBe('report.summary');
      await move(id, { to: 'submitted', report: { summary: 'Đã hoàn thành lần 1' } }, stc).expect(200);
      const selfApprove = await move(id, { to: 'done' }, stc).expect(403);
      expect(selfApprove.body.code).toBe('FORBIDDEN');
      await move(id, { to: 'in_progress' }, ubnd).expect(400);
      await move(id, { to: 'in_progress', reason: 'Thiếu hồ sơ nghiệm thu' }, ubnd).expect(200);
      await move(id, { to: 'submitted', report: { summary: 'Đã bổ sung hồ sơ nghiệm thu' } }, stc).expect(200);
      // The second report is dated in Hà Nội: 23:30 UTC on 31/12 is already 01/01 there.
      await t.dataSource.query(`UPDATE progress_reports SET submitted_at = '2026-12-31T17:30:00Z' WHERE work_package_id = $1 AND summary = 'Đã bổ sung hồ sơ nghiệm thu'`, [id]);
      const done = await move(id, { to: 'done' }, ubnd).expect(200);
      expect(done.body).toMatchObject({ status: 'done', progress: 100, completedOn: '2027-01-01', allowedTransitions: ['in_progress'] });
      const read = await t.http().get(`/api/work-packages/${id}`).set('Authorization', auth(hdnd)).expect(200);
      expect(read.body.category).toBe('done_late');
      const again = await move(id, { to: 'done' }, ubnd).expect(422);
      expect(again.body.code).toBe('TRANSITION_NOT_ALLOWED');
      const reports = await t.http().get(`/api/work-packages/${id}/progress-reports`).set('Authorization', auth(hdnd)).expect(200);
      expect(reports.body.items.filter((r: Json) => r.isCompletion)).toHaveLength(2);

      const history = await t.http().get(`/api/work-packages/${id}/history`).set('Authorization', auth(hdnd)).expect(200);
      const moves = history.body.items.filter((e: Json) => e.action === 'transition').map((e: { after: Json }) => e.after.action);
      expect(moves.reverse()).toEqual(['start', 'block', 'unblock', 'submit', 'return', 'submit', 'approve']);
      expect(history.body.items.find((e: { after: Json }) => e.after?.action === 'return').after.reason).toBe('Thiếu hồ sơ nghiệm thu');
    });

    it('refuses an unknown status (400 on to) and a move the workflow does not allow (422)', async () => {
      const pkg = await create({ title: 'Không được nhảy cóc' });
      const unknown = await move(pkg.id as string, { to: 'finished' }, ubnd).expect(400);
      expect(unknown.body.details[0].field).toBe('to');
      const skip = await move(pkg.id as string, { to: 'done' }, ubnd).expect(422);
      expect(skip.body.code).toBe('TRANSITION_NOT_ALLOWED');
      await move(pkg.id as string, { to: 'cancelled' }, ubnd).expect(400);
      const cancelled = await move(pkg.id as string, { to: 'cancelled', reason: 'Trùng nhiệm vụ khác' }, ubnd).expect(200);
      expect(cancelled.body.category).toBe('cancelled');
    });

    it('lets one of several concurrent moves of a package win: the others are 409 with the version they read, or decided again on the moved row without one', async () => {
      const pkg = await create({ title: 'Nhiều người cùng chuyển' });
      const id = pkg.id as string;
      await move(id, { to: 'in_progress', version: 1 }, stc).expect(200);
      const withVersion = await Promise.all(Array.from({ length: 4 }, () => move(id, { to: 'blocked', reason: 'Cùng lúc', version: 2 }, stc)));
      expect(withVersion.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
      expect(withVersion.find((r) => r.status === 409)?.body.code).toBe('VERSION_CONFLICT');
      // Without a version nobody's move is a conflict: the winner unblocks, the rest find the package already in progress.
      const withoutVersion = await Promise.all(Array.from({ length: 4 }, () => move(id, { to: 'in_progress' }, stc)));
      expect(withoutVersion.map((r) => r.status).sort()).toEqual([200, 422, 422, 422]);
      const events = await t.dataSource.query(`SELECT after->>'action' AS action FROM audit_events WHERE entity_type = 'work_package' AND entity_id = $1 AND action = 'transition' ORDER BY id`, [id]);
      expect(events.map((e: Json) => e.action)).toEqual(['start', 'block', 'unblock']);
      const [row] = await t.dataSource.query(`SELECT status, version FROM work_packages WHERE id = $1`, [id]);
      expect(row).toEqual({ status: 'in_progress', version: 4 });
    });

    it('leaves a reminder outbox row with a move that closes or reopens a package, none with one that keeps it open', async () => {
      const pkg = await create({ title: 'Nhắc hạn theo trạng thái', dueDate: '2026-12-31' });
      const id = pkg.id as string;
      const intents = async (): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM reminder_outbox WHERE work_package_id = $1 AND reason = 'deadline'`, [id]))[0].n;
      const created = await intents();
      await move(id, { to: 'in_progress' }, stc).expect(200);
      expect(await intents()).toBe(created);
      await move(id, { to: 'cancelled', reason: 'Không còn cần' }, ubnd).expect(200);
      expect(await intents()).toBe(created + 1);
    });
  });
});
