import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitBreakdownKey } from '@mandate/domain';
import { createTestApp, TestApp } from './support/test-app';

// A separate number, so this file does not depend on the plans spec having run or not.
const SAMPLE = readFileSync(join(__dirname, '../../../fixtures/plans/nq-318-2025-quang-ninh.txt'), 'utf8').replace(/318\/NQ-HĐND/g, '918/NQ-HĐND');

interface Proposal {
  itemRef: string;
  title: string;
  sourceText: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  dueDate: string | null;
  target: unknown;
  reason: string;
  breakdownKey: string;
}

describe('plan break-down', () => {
  let t: TestApp;
  let ubnd: string;
  let planId: string;
  let proposals: Proposal[];
  const packageCount = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM work_packages WHERE plan_id = $1', [planId]))[0].n as number;
  const departmentId = async (code: string) => (await t.dataSource.query('SELECT id FROM departments WHERE code = $1', [code]))[0].id as string;

  beforeAll(async () => {
    t = await createTestApp();
    ubnd = `Bearer ${await t.tokenOf('ubnd')}`;
    planId = (await t.http().post('/api/plans').set('Authorization', ubnd).send({ text: SAMPLE }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('previews proposals for every leaf item and stores nothing', async () => {
    const response = await t.http().post(`/api/plans/${planId}/breakdown/preview`).set('Authorization', ubnd).expect(200);
    proposals = response.body.packages;
    expect(new Set(proposals.map((p) => p.itemRef)).size).toBe(13);
    for (const p of proposals) {
      expect(p).toMatchObject({ itemRef: expect.any(String), title: expect.any(String), sourceText: expect.any(String), leadDepartmentId: expect.any(String), cooperatingDepartmentIds: expect.any(Array), dueDate: expect.stringMatching(/^20\d\d-\d\d-\d\d$/), reason: expect.any(String), breakdownKey: expect.any(String) });
      expect(p.title.length).toBeLessThanOrEqual(200);
      expect(p.target === null || typeof p.target === 'object').toBe(true);
    }
    expect(Object.keys(proposals[0]).sort()).toEqual(['agencies', 'breakdownKey', 'cooperatingDepartmentIds', 'dueDate', 'expectedOutput', 'itemRef', 'leadDepartmentId', 'leadSource', 'reason', 'sourceText', 'target', 'title']);
    expect(new Set(proposals.map((p) => p.breakdownKey)).size).toBe(proposals.length);
    expect(await packageCount()).toBe(0);
  });

  it('proposes Sở Tài chính and 31/12/2026 for disbursing 100% of the public investment capital plan', async () => {
    const disbursement = proposals.find((p) => /giải ngân 100% kế hoạch vốn/.test(p.sourceText));
    expect(disbursement).toMatchObject({ itemRef: '3.1.d', dueDate: '2026-12-31', leadDepartmentId: await departmentId('STC') });
    expect(disbursement?.target).toMatchObject({ value: 100, unit: '%' });
  });

  it('confirms the break-down once: the same packages again create nothing', async () => {
    const first = await t.http().post(`/api/plans/${planId}/breakdown`).set('Authorization', ubnd).send({ packages: proposals }).expect(201);
    expect(first.body).toEqual({ created: proposals.length, unchanged: 0 });
    expect(await packageCount()).toBe(proposals.length);

    const edited = proposals.map((p, i) => (i === 0 ? { ...p, title: 'Tiêu đề đã sửa' } : p));
    const second = await t.http().post(`/api/plans/${planId}/breakdown`).set('Authorization', ubnd).send({ packages: edited }).expect(201);
    expect(second.body).toEqual({ created: 0, unchanged: proposals.length });
    const [kept] = await t.dataSource.query('SELECT title FROM work_packages WHERE plan_id = $1 AND breakdown_key = $2', [planId, proposals[0].breakdownKey]);
    expect(kept.title).toBe(proposals[0].title);

    const audited = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'work_package' AND action = 'create' AND after->>'planId' = $1`, [planId]);
    expect(audited[0].n).toBe(proposals.length);
    // The one write path: each created package leaves its reminder intent in the same transaction, a skipped one none.
    const intents = await t.dataSource.query(`SELECT count(*)::int AS n FROM reminder_outbox o JOIN work_packages p ON p.id = o.work_package_id WHERE p.plan_id = $1`, [planId]);
    expect(intents[0].n).toBe(proposals.length);

    const plan = await t.http().get(`/api/plans/${planId}`).set('Authorization', ubnd).expect(200);
    const counted = (items: { packageCount: number; children: never[] }[]): number => items.reduce((n, i) => n + i.packageCount + counted(i.children), 0);
    expect(counted(plan.body.items)).toBe(proposals.length);
  });

  it('creates a package split off a confirmed proposal once, under its own key, and refuses a key sent twice', async () => {
    const original = proposals[1];
    const split = { ...original, title: 'Phần do Sở Xây dựng chủ trì', leadDepartmentId: await departmentId('SXD'), cooperatingDepartmentIds: [], breakdownKey: splitBreakdownKey(original.breakdownKey, new Set([original.breakdownKey])) };
    const send = (packages: Proposal[]) => t.http().post(`/api/plans/${planId}/breakdown`).set('Authorization', ubnd).send({ packages });
    const before = await packageCount();

    expect((await send([original, split]).expect(201)).body).toEqual({ created: 1, unchanged: 1 });
    expect((await send([original, split]).expect(201)).body).toEqual({ created: 0, unchanged: 2 });
    expect(await packageCount()).toBe(before + 1);
    const [stored] = await t.dataSource.query('SELECT title, item_ref AS "itemRef", lead_department_id AS lead FROM work_packages WHERE plan_id = $1 AND breakdown_key = $2', [planId, split.breakdownKey]);
    expect(stored).toEqual({ title: split.title, itemRef: original.itemRef, lead: split.leadDepartmentId });

    const twice = await send([original, { ...split, breakdownKey: original.breakdownKey }]).expect(400);
    expect(twice.body.details).toEqual([expect.objectContaining({ field: 'packages.1.breakdownKey', rule: 'duplicatePackage' })]);
    expect(await packageCount()).toBe(before + 1);
  });

  it.each([
    ['an unknown item', { itemRef: '9.9.z' }, 'packages.0.itemRef'],
    ['an unknown department', { leadDepartmentId: '00000000-0000-4000-8000-000000000000' }, 'packages.0.leadDepartmentId'],
    ['an impossible date', { dueDate: '2026-02-30' }, 'packages.0.dueDate'],
    ['a malformed date', { dueDate: '31/12/2026' }, 'packages.0.dueDate'],
    ['an empty title', { title: '' }, 'packages.0.title'],
    ['a title over 500 characters', { title: 'x'.repeat(501) }, 'packages.0.title'],
    ['an unknown field', { priority: 'high' }, 'packages.0.priority'],
    ['a target that is a list', { target: [] }, 'packages.0.target'],
    ['a target without a figure', { target: { comparator: 'gte', value: null, max: null, unit: '%', label: null } }, 'packages.0.target.value'],
    ['the lead department also co-operating', {}, 'packages.0.cooperatingDepartmentIds'],
  ])('refuses %s and writes nothing', async (_, change, field) => {
    const before = await packageCount();
    const sent = { ...proposals[0], breakdownKey: 'new-key', ...change };
    if (field.endsWith('cooperatingDepartmentIds')) sent.cooperatingDepartmentIds = [sent.leadDepartmentId];
    const response = await t.http().post(`/api/plans/${planId}/breakdown`).set('Authorization', ubnd).send({ packages: [sent] }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await packageCount()).toBe(before);
  });

  it('answers a package that is a list with 400 and a NUL in the title with 400, writing nothing', async () => {
    const before = await packageCount();
    const list = await t.http().post(`/api/plans/${planId}/breakdown`).set('Authorization', ubnd).send({ packages: [[]] }).expect(400);
    expect(list.body.details.map((d: { field: string }) => d.field)).toContain('packages');
    const nul = await t.http().post(`/api/plans/${planId}/breakdown`).set('Authorization', ubnd).send({ packages: [{ ...proposals[0], breakdownKey: 'nul-key', title: 'a\u0000b' }] }).expect(400);
    expect(nul.body.code).toBe('VALIDATION_FAILED');
    expect(await packageCount()).toBe(before);
  });

  it.each(['so-tai-chinh', 'hdnd', 'admin'])('refuses %s the break-down (403)', async (username) => {
    const token = `Bearer ${await t.tokenOf(username)}`;
    await t.http().post(`/api/plans/${planId}/breakdown/preview`).set('Authorization', token).expect(403);
    await t.http().post(`/api/plans/${planId}/breakdown`).set('Authorization', token).send({ packages: proposals.slice(0, 1) }).expect(403);
  });

  it('lets the admin edit the rules and ubnd read them, with audit', async () => {
    const admin = `Bearer ${await t.tokenOf('admin')}`;
    const list = await t.http().get('/api/breakdown-rules').set('Authorization', ubnd).expect(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(17);
    await t.http().get('/api/breakdown-rules').set('Authorization', `Bearer ${await t.tokenOf('so-du-lich')}`).expect(403);
    const created = await t.http().post('/api/breakdown-rules').set('Authorization', admin).send({ departmentId: await departmentId('SDL'), keywords: ['Lữ hành', 'KHÁCH SẠN'], priority: 5 }).expect(201);
    expect(created.body).toMatchObject({ keywords: ['lu hanh', 'khach san'], priority: 5, active: true, version: 1 });
    await t.http().post('/api/breakdown-rules').set('Authorization', ubnd).send({ departmentId: await departmentId('SDL'), keywords: ['x'] }).expect(403);
    await t.http().post('/api/breakdown-rules').set('Authorization', admin).send({ departmentId: await departmentId('SDL'), keywords: [] }).expect(400);
    const updated = await t.http().patch(`/api/breakdown-rules/${created.body.id}`).set('Authorization', admin).send({ active: false, version: 1 }).expect(200);
    expect(updated.body).toMatchObject({ active: false, version: 2 });
    await t.http().patch(`/api/breakdown-rules/${created.body.id}`).set('Authorization', admin).send({ active: true, version: 1 }).expect(409);
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'breakdown_rule' AND entity_id = $1 ORDER BY id`, [created.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
  });
});
