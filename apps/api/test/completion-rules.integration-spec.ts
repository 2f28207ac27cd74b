import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Issue 15: completion needs evidence (unless the plan relaxes it), the office reports on a department's behalf with a reason, four eyes on approval, edits and extensions. */
describe('completion rules, edits and extensions', () => {
  let t: TestApp;
  let ubnd: string;
  let ubnd2: string;
  let stc: string;
  let sdl: string;
  let dept: Record<string, string>;
  let planId: string;

  const bearer = (token: string) => `Bearer ${token}`;
  const create = async (body: Json = {}): Promise<Json> =>
    (await t.http().post('/api/work-packages').set('Authorization', bearer(ubnd)).send({ title: 'Báo cáo hoàn thành có minh chứng', planId, leadDepartmentId: dept.STC, dueDate: '2026-12-31', ...body }).expect(201)).body;
  const move = (id: unknown, body: Json, token: string) => t.http().post(`/api/work-packages/${id}/transitions`).set('Authorization', bearer(token)).send(body);
  const started = async (body: Json = {}): Promise<string> => {
    const pkg = await create(body);
    await move(pkg.id, { to: 'in_progress' }, stc).expect(200);
    return pkg.id as string;
  };
  const uploadEvidence = async (id: string, token = stc): Promise<string> => {
    const response = await t.http().post(`/api/work-packages/${id}/progress-reports`).set('Authorization', bearer(token)).field('progress', '90').field('summary', 'Biên bản nghiệm thu').attach('files', PDF, { filename: 'Biên bản.pdf', contentType: 'application/pdf' }).expect(201);
    return response.body.attachments[0].id as string;
  };
  const completionReports = async (id: string) => t.dataSource.query(`SELECT author_id, on_behalf_department_id, on_behalf_reporter_name, on_behalf_reason FROM progress_reports WHERE work_package_id = $1 AND is_completion`, [id]);
  const statusOf = async (id: string) => (await t.dataSource.query(`SELECT status, version, progress FROM work_packages WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.tokenOf('admin');
    const username = `ubnd-2-${Date.now()}`;
    await t.http().post('/api/users').set('Authorization', bearer(admin)).send({ username, displayName: 'Chuyên viên UBND thứ hai', password: 'a-long-password-2', role: 'ubnd' }).expect(201);
    ubnd2 = (await t.login(username, 'a-long-password-2')).accessToken;
    [ubnd, stc, sdl] = await Promise.all(['ubnd', 'so-tai-chinh', 'so-du-lich'].map((u) => t.tokenOf(u)));
    const departments = await t.http().get('/api/departments').set('Authorization', bearer(ubnd)).expect(200);
    dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    const plan = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch quy tắc hoàn thành', 2026, 'x', '{}') RETURNING id`, [`CR-${Date.now()}`]);
    planId = plan[0].id;
  });
  afterAll(() => t.close());

  describe('evidence', () => {
    it('refuses a completion report without evidence (422 EVIDENCE_REQUIRED naming report.attachmentIds), storing nothing', async () => {
      const id = await started();
      const before = await statusOf(id);
      const response = await move(id, { to: 'submitted', report: { summary: 'Đã hoàn thành' } }, stc).expect(422);
      expect(response.body).toMatchObject({ code: 'EVIDENCE_REQUIRED', details: [{ field: 'report.attachmentIds' }] });
      expect(await statusOf(id)).toEqual(before);
      expect(await completionReports(id)).toEqual([]);
    });

    it('accepts it with one evidence file of the package', async () => {
      const id = await started();
      const attachmentId = await uploadEvidence(id);
      const response = await move(id, { to: 'submitted', report: { summary: 'Đã hoàn thành', attachmentIds: [attachmentId] } }, stc).expect(200);
      expect(response.body.status).toBe('submitted');
      expect(await completionReports(id)).toEqual([expect.objectContaining({ on_behalf_department_id: null, on_behalf_reason: null })]);
    });

    it('lets the UBND office relax the rule per plan (audited); a department may not (403)', async () => {
      const refused = await t.http().put(`/api/plans/${planId}/completion-rules`).set('Authorization', bearer(stc)).send({ evidenceRequired: false }).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      const bad = await t.http().put(`/api/plans/${planId}/completion-rules`).set('Authorization', bearer(ubnd)).send({ evidenceRequired: 'no' }).expect(400);
      expect(bad.body.details[0].field).toBe('evidenceRequired');
      const relaxed = await t.http().put(`/api/plans/${planId}/completion-rules`).set('Authorization', bearer(ubnd)).send({ evidenceRequired: false }).expect(200);
      expect(relaxed.body).toEqual({ evidenceRequired: false });
      try {
        expect((await t.http().get(`/api/plans/${planId}`).set('Authorization', bearer(stc)).expect(200)).body.completionEvidenceRequired).toBe(false);
        const id = await started();
        await move(id, { to: 'submitted', report: { summary: 'Không cần minh chứng' } }, stc).expect(200);
        const audit = await t.dataSource.query(`SELECT before, after FROM audit_events WHERE entity_type = 'plan' AND entity_id = $1 AND action = 'update' ORDER BY id DESC LIMIT 1`, [planId]);
        expect(audit[0]).toEqual({ before: { evidenceRequired: true }, after: { evidenceRequired: false } });
      } finally {
        await t.http().put(`/api/plans/${planId}/completion-rules`).set('Authorization', bearer(ubnd)).send({ evidenceRequired: true }).expect(200);
      }
    });
  });

  describe('the office reporting on the department’s behalf', () => {
    it('needs the reason (400 naming report.onBehalf.reason), storing nothing', async () => {
      const id = await started();
      const attachmentId = await uploadEvidence(id, ubnd);
      const response = await move(id, { to: 'submitted', report: { summary: 'Sở báo cáo qua điện thoại', attachmentIds: [attachmentId] } }, ubnd).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'report.onBehalf.reason' }] });
      expect(await completionReports(id)).toEqual([]);
    });

    it('records whose report it is and why; the same officer cannot approve it (403 OWN_REPORT_APPROVAL), another can, with a note, to 100%', async () => {
      const id = await started();
      const attachmentId = await uploadEvidence(id, ubnd);
      const onBehalf = { reason: 'Sở gửi báo cáo bằng văn bản giấy số 12/BC-STC', reporterName: 'Bà Trần Thị B, Phó Giám đốc Sở' };
      const submitted = await move(id, { to: 'submitted', report: { summary: 'Hoàn thành', attachmentIds: [attachmentId], onBehalf } }, ubnd).expect(200);
      expect(submitted.body.allowedTransitions).toEqual(['in_progress', 'cancelled']);
      const read = await t.http().get(`/api/work-packages/${id}`).set('Authorization', bearer(ubnd)).expect(200);
      expect(read.body.abilities.ownCompletionReport).toBe(true);
      const [report] = await completionReports(id);
      expect(report).toMatchObject({ on_behalf_department_id: dept.STC, on_behalf_reporter_name: onBehalf.reporterName, on_behalf_reason: onBehalf.reason });
      const listed = await t.http().get(`/api/work-packages/${id}/progress-reports`).set('Authorization', bearer(stc)).expect(200);
      expect(listed.body.items[0].onBehalf).toEqual({ departmentId: dept.STC, ...onBehalf });

      const before = await statusOf(id);
      const own = await move(id, { to: 'done' }, ubnd).expect(403);
      expect(own.body.code).toBe('OWN_REPORT_APPROVAL');
      expect(await statusOf(id)).toEqual(before);
      const other = await t.http().get(`/api/work-packages/${id}`).set('Authorization', bearer(ubnd2)).expect(200);
      expect(other.body.allowedTransitions).toContain('done');

      const done = await move(id, { to: 'done', reason: 'Đạt yêu cầu' }, ubnd2).expect(200);
      expect(done.body).toMatchObject({ status: 'done', progress: 100 });
      const audit = await t.dataSource.query(`SELECT after FROM audit_events WHERE entity_type = 'work_package' AND entity_id = $1 AND action = 'transition' ORDER BY id DESC LIMIT 1`, [id]);
      expect(audit[0].after).toMatchObject({ action: 'approve', progress: 100, reason: 'Đạt yêu cầu' });
    });

    it('lets a department report pass to any office officer', async () => {
      const id = await started();
      const attachmentId = await uploadEvidence(id);
      await move(id, { to: 'submitted', report: { summary: 'Hoàn thành', attachmentIds: [attachmentId] } }, stc).expect(200);
      await move(id, { to: 'done' }, ubnd).expect(200);
    });
  });

  describe('editing a package', () => {
    it('lets the office change lead, co-operating departments, due date, priority and expected output with If-Match; a stale version is 409 and writes nothing', async () => {
      const pkg = await create();
      const edit = { leadDepartmentId: dept.SDL, cooperatingDepartmentIds: [dept.STC], dueDate: '2026-10-31', priority: 'high', expectedOutput: 'Báo cáo tổng kết' };
      const ok = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', bearer(ubnd)).set('If-Match', '"1"').send(edit).expect(200);
      expect(ok.body).toMatchObject({ ...edit, version: 2 });
      const stale = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', bearer(ubnd2)).set('If-Match', '"1"').send({ dueDate: '2026-11-30' }).expect(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      expect((await statusOf(pkg.id as string)).version).toBe(2);
      const row = await t.dataSource.query(`SELECT due_date::text AS due FROM work_packages WHERE id = $1`, [pkg.id]);
      expect(row[0].due).toBe('2026-10-31');
    });

    it('refuses a department changing the lead (403) and an invalid due date (400 naming dueDate)', async () => {
      const pkg = await create();
      const forbidden = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', bearer(stc)).set('If-Match', '1').send({ leadDepartmentId: dept.SDL }).expect(403);
      expect(forbidden.body.code).toBe('FORBIDDEN');
      const invalid = await t.http().patch(`/api/work-packages/${pkg.id}`).set('Authorization', bearer(ubnd)).set('If-Match', '1').send({ dueDate: '31/12/2026' }).expect(400);
      expect(invalid.body.details.map((d: { field: string }) => d.field)).toContain('dueDate');
      expect((await statusOf(pkg.id as string)).version).toBe(1);
    });
  });

  describe('extensions', () => {
    it('the lead asks, the office approves with the date it grants; the first due date is kept', async () => {
      const id = await started();
      const path = `/api/work-packages/${id}/extensions`;
      const notLead = await t.http().post(path).set('Authorization', bearer(sdl)).send({ requestedDueDate: '2027-03-31', reason: 'Chờ vốn' }).expect(403);
      expect(notLead.body.code).toBe('FORBIDDEN');
      const request = await t.http().post(path).set('Authorization', bearer(stc)).send({ requestedDueDate: '2027-03-31', reason: 'Chờ bố trí vốn' }).expect(201);
      const byLead = await t.http().post(`${path}/${request.body.id}/decision`).set('Authorization', bearer(stc)).send({ approve: true }).expect(403);
      expect(byLead.body.code).toBe('FORBIDDEN');
      const badDate = await t.http().post(`${path}/${request.body.id}/decision`).set('Authorization', bearer(ubnd)).send({ approve: true, dueDate: '2026-12-01' }).expect(400);
      expect(badDate.body.details[0].field).toBe('dueDate');
      const approved = await t.http().post(`${path}/${request.body.id}/decision`).set('Authorization', bearer(ubnd)).send({ approve: true, dueDate: '2027-02-28', note: 'Gia hạn đến hết tháng 2' }).expect(200);
      expect(approved.body).toMatchObject({ status: 'approved', grantedDueDate: '2027-02-28', decisionNote: 'Gia hạn đến hết tháng 2' });
      const pkg = await t.http().get(`/api/work-packages/${id}`).set('Authorization', bearer(stc)).expect(200);
      expect(pkg.body).toMatchObject({ dueDate: '2027-02-28', originalDueDate: '2026-12-31' });
      const listed = await t.http().get(path).set('Authorization', bearer(stc)).expect(200);
      expect(listed.body.items[0]).toMatchObject({ requestedByName: expect.any(String), decidedByName: expect.any(String) });
      expect(listed.body.items[0].requestedByName.length).toBeGreaterThan(0);
    });
  });
});
