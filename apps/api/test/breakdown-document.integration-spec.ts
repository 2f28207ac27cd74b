import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_PLAN_TEXT } from './support/document-fixtures';
import { createTestApp, TestApp } from './support/test-app';

interface Proposal {
  itemRef: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  dueDate: string | null;
  expectedOutput: string | null;
  leadSource: string;
  agencies: { name: string; departmentId: string | null; how: string }[];
}

// Its own number, so this file does not depend on the plans spec.
const PLAN = TABLE_PLAN_TEXT.replace('12/KH-UBND', '13/KH-UBND');

describe('break-down from the document\'s own assignments', () => {
  let t: TestApp;
  let ubnd: string;
  const departmentId = async (code: string) => (await t.dataSource.query('SELECT id FROM departments WHERE code = $1', [code]))[0].id as string;

  beforeAll(async () => {
    t = await createTestApp();
    ubnd = `Bearer ${await t.tokenOf('ubnd')}`;
  });
  afterAll(() => t.close());

  it('proposes the table\'s lead, co-operating agencies, deadline and product, and stores them on confirm', async () => {
    const planId = (await t.http().post('/api/plans').set('Authorization', ubnd).send({ text: PLAN }).expect(201)).body.id;
    const plan = await t.http().get(`/api/plans/${planId}`).set('Authorization', ubnd).expect(200);
    expect(plan.body.warningDetails).toContainEqual({ code: 'ISSUE_DATE_NOT_FOUND', line: expect.any(Number), params: {} });
    expect(plan.body.items.find((i: { ref: string }) => i.ref === 'PL.2')?.assignment).toEqual({ lead: ['Sở KH&CN'], cooperating: ['Văn phòng UBND tỉnh'], dueText: 'Tháng 6/2026', product: 'Mạng được nâng cấp' });

    const preview = await t.http().post(`/api/plans/${planId}/breakdown/preview`).set('Authorization', ubnd).expect(200);
    const byRef = new Map<string, Proposal>(preview.body.packages.map((p: Proposal) => [p.itemRef, p]));
    expect(byRef.get('PL.1')).toMatchObject({ leadDepartmentId: await departmentId('SKHCN'), cooperatingDepartmentIds: [await departmentId('STC')], dueDate: '2026-09-30', expectedOutput: 'Cơ sở dữ liệu được vận hành', leadSource: 'document' });
    expect(byRef.get('PL.1')?.agencies.map((a) => a.how)).toEqual(['name', 'name', 'group']);
    expect(byRef.get('PL.2')).toMatchObject({ leadDepartmentId: await departmentId('SKHCN'), cooperatingDepartmentIds: [await departmentId('VP-UBND')], dueDate: '2026-06-30', leadSource: 'document' });
    // A national ministry is not in the province's catalogue: the lead is only suggested, and the name is shown, not silently dropped.
    expect(byRef.get('PL.3')).toMatchObject({ leadSource: 'content', cooperatingDepartmentIds: [await departmentId('STC')] });
    expect(byRef.get('PL.3')?.agencies[0]).toMatchObject({ name: 'Bộ Công an', departmentId: null, how: 'none' });

    const confirmed = await t.http().post(`/api/plans/${planId}/breakdown`).set('Authorization', ubnd).send({ packages: preview.body.packages }).expect(201);
    expect(confirmed.body).toEqual({ created: preview.body.packages.length, unchanged: 0 });
    const stored = await t.dataSource.query(`SELECT item_ref, lead_department_id, due_date::text AS due, expected_output FROM work_packages WHERE plan_id = $1 AND item_ref LIKE 'PL.%' ORDER BY item_ref`, [planId]);
    expect(stored).toHaveLength(3);
    expect(stored[0]).toEqual({ item_ref: 'PL.1', lead_department_id: await departmentId('SKHCN'), due: '2026-09-30', expected_output: 'Cơ sở dữ liệu được vận hành' });
  });

  it('follows an alias the admin adds for a name the catalogue did not know', async () => {
    const admin = `Bearer ${await t.tokenOf('admin')}`;
    await t.http().post('/api/department-aliases').set('Authorization', admin).send({ alias: 'Bộ Công an', departmentId: await departmentId('CAT') }).expect(201);
    const planId = (await t.dataSource.query(`SELECT id FROM plans WHERE number = '13/KH-UBND'`))[0].id;
    const preview = await t.http().post(`/api/plans/${planId}/breakdown/preview`).set('Authorization', ubnd).expect(200);
    expect(preview.body.packages.find((p: Proposal) => p.itemRef === 'PL.3')).toMatchObject({ leadDepartmentId: await departmentId('CAT'), leadSource: 'document' });
  });
});

describe('break-down of real documents', () => {
  let t: TestApp;
  let ubnd: string;

  beforeAll(async () => {
    t = await createTestApp();
    ubnd = `Bearer ${await t.tokenOf('ubnd')}`;
  });
  afterAll(() => t.close());

  it.each(['04-bacninh-kh144-kinh-te-so', '01-ttg-qd2597-cds-ha-tang'])('%s: every package whose document lead is in the catalogue gets that lead; the others show the names', async (name) => {
    const text = readFileSync(join(__dirname, '../../../fixtures/plans/real', `${name}.txt`), 'utf8');
    const planId = (await t.http().post('/api/plans').set('Authorization', ubnd).send({ text }).expect(201)).body.id;
    const preview = await t.http().post(`/api/plans/${planId}/breakdown/preview`).set('Authorization', ubnd).expect(200);
    const packages: Proposal[] = preview.body.packages;
    const fromDocument = packages.filter((p) => p.agencies.length > 0);
    expect(fromDocument.length).toBeGreaterThan(0);
    for (const p of fromDocument) {
      const firstLead = p.agencies.find((a) => a.departmentId !== null);
      if (p.leadSource === 'document') expect(p.leadDepartmentId).toBe(firstLead?.departmentId);
      else expect(p.agencies.some((a) => a.departmentId === null)).toBe(true);
    }
  });

  it('makes the department an appendix assigns an indicator to responsible for it, before the subject rules', async () => {
    // Under a number of its own: the test above imports the same plan.
    const text = readFileSync(join(__dirname, '../../../fixtures/plans/real/04-bacninh-kh144-kinh-te-so.txt'), 'utf8').replace(/144\/KH-UBND/g, '144A/KH-UBND');
    const planId = (await t.http().post('/api/plans').set('Authorization', ubnd).send({ text }).expect(201)).body.id;
    const indicators: { code: string; responsibleDepartmentId: string | null }[] = (await t.http().get(`/api/plans/${planId}/indicators`).set('Authorization', ubnd).expect(200)).body.items;
    const departments: { id: string; code: string }[] = await t.dataSource.query(`SELECT id, code FROM departments`);
    const codeOf = (code: string) => departments.find((d) => d.id === indicators.find((i) => i.code === code)?.responsibleDepartmentId)?.code ?? null;
    // "Kinh tế số chiếm 45% GRDP" reads as science and technology to the subject rules; the appendix gives it to finance.
    expect(['1.1', '1.5', '1.3', '2.9', '2.10'].map(codeOf)).toEqual(['STC', 'STC', 'SKHCN', 'SYT', 'SYT']);
  });
});
