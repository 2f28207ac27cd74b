import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const TEXT = Buffer.from('Biên bản nghiệm thu: đã hoàn thành 60% khối lượng.\n', 'utf8');
const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

describe('progress reports, evidence and deadline extensions', () => {
  let t: TestApp;
  let uploadDir: string;
  let ubnd: string;
  let stc: string;
  let hdnd: string;
  let dept: Record<string, string>;

  const bearer = (token: string) => `Bearer ${token}`;
  const createPackage = async (body: Json = {}): Promise<Json> =>
    (await t.http().post('/api/work-packages').set('Authorization', bearer(ubnd)).send({ title: 'Gói việc có minh chứng', leadDepartmentId: dept.STC, dueDate: '2026-12-31', ...body }).expect(201)).body;
  const start = (id: string) => t.http().post(`/api/work-packages/${id}/transitions`).set('Authorization', bearer(stc)).send({ to: 'in_progress' }).expect(200);
  const stored = () => readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'mandate-uploads-'));
    process.env.UPLOAD_DIR = uploadDir;
    t = await createTestApp();
    [ubnd, stc, hdnd] = await Promise.all(['ubnd', 'so-tai-chinh', 'hdnd'].map((u) => t.tokenOf(u)));
    const departments = await t.http().get('/api/departments').set('Authorization', bearer(ubnd)).expect(200);
    dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
  });
  afterAll(async () => {
    await t.close();
    delete process.env.UPLOAD_DIR;
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it('files a report with evidence on disk (not in the database) and moves the progress', async () => {
    const pkg = await createPackage();
    await start(pkg.id as string);
    const response = await t
      .http()
      .post(`/api/work-packages/${pkg.id}/progress-reports`)
      .set('Authorization', bearer(stc))
      .field('progress', '60')
      .field('summary', 'Đạt 60% khối lượng')
      .attach('files', PDF, { filename: 'Biên bản nghiệm thu.pdf', contentType: 'application/pdf' })
      .attach('files', TEXT, { filename: 'ghi-chu.txt', contentType: 'text/plain' })
      .expect(201);
    expect(response.body).toMatchObject({ progress: 60, summary: 'Đạt 60% khối lượng', isCompletion: false });
    expect(response.body.attachments).toEqual([
      expect.objectContaining({ fileName: 'Biên bản nghiệm thu.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, sha256: sha256(PDF) }),
      expect.objectContaining({ fileName: 'ghi-chu.txt', contentType: 'text/plain; charset=utf-8', sizeBytes: TEXT.length }),
    ]);
    const keys = await t.dataSource.query(`SELECT storage_key FROM attachments WHERE work_package_id = $1 ORDER BY created_at`, [pkg.id]);
    expect(keys).toHaveLength(2);
    expect(readFileSync(join(uploadDir, keys[0].storage_key))).toEqual(PDF);
    expect(readdirSync(join(uploadDir, '.incoming'))).toEqual([]);

    const read = await t.http().get(`/api/work-packages/${pkg.id}`).set('Authorization', bearer(hdnd)).expect(200);
    expect(read.body).toMatchObject({ progress: 60, version: 3 });
    const listed = await t.http().get(`/api/work-packages/${pkg.id}/progress-reports`).set('Authorization', bearer(hdnd)).expect(200);
    expect(listed.body.items[0].attachments).toHaveLength(2);

    const attachmentId = response.body.attachments[0].id;
    const download = await t.http().get(`/api/attachments/${attachmentId}`).set('Authorization', bearer(hdnd)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Bien ban nghiem thu.pdf"; filename*=UTF-8''${encodeURIComponent('Biên bản nghiệm thu.pdf')}`);
    expect(download.body).toEqual(PDF);
    const anonymous = await t.http().get(`/api/attachments/${attachmentId}`).expect(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    await t.http().get('/api/attachments/00000000-0000-4000-8000-000000000000').set('Authorization', bearer(hdnd)).expect(404);

    // The evidence is named in the completion report.
    const submit = await t.http().post(`/api/work-packages/${pkg.id}/transitions`).set('Authorization', bearer(stc)).send({ to: 'submitted', report: { summary: 'Hoàn thành', attachmentIds: [attachmentId] } }).expect(200);
    expect(submit.body.status).toBe('submitted');
  });

  it('keeps evidence readable by the API\'s user only: files 0600 in folders 0700', async () => {
    const pkg = await createPackage();
    await start(pkg.id as string);
    await t.http().post(`/api/work-packages/${pkg.id}/progress-reports`).set('Authorization', bearer(stc)).field('progress', '10').field('summary', 'Quyền tệp').attach('files', PDF, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(201);
    const [{ storage_key: key }] = await t.dataSource.query(`SELECT storage_key FROM attachments WHERE work_package_id = $1`, [pkg.id]);
    const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);
    expect([modeOf(uploadDir), modeOf(join(uploadDir, '.incoming')), modeOf(join(uploadDir, pkg.id as string)), modeOf(join(uploadDir, key))]).toEqual(['700', '700', '700', '600']);
  });

  it('files a JSON report without files, and refuses progress 101 naming the field', async () => {
    const pkg = await createPackage();
    await t.http().post(`/api/work-packages/${pkg.id}/progress-reports`).set('Authorization', bearer(stc)).send({ progress: 10, summary: 'Khởi động' }).expect(201);
    const bad = await t.http().post(`/api/work-packages/${pkg.id}/progress-reports`).set('Authorization', bearer(stc)).field('progress', '101').field('summary', 'Quá').expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('progress');
  });

  it('refuses a JSON progress that is not a number, and NUL characters in what it stores, with 400', async () => {
    const pkg = await createPackage();
    const base = `/api/work-packages/${pkg.id}`;
    const cases: [string, string, Json][] = [
      ['progress', 'progress-reports', { progress: true, summary: 'Kiểu sai' }],
      ['summary', 'progress-reports', { progress: 10, summary: 'a\u0000b' }],
      ['body', 'comments', { body: 'a\u0000b' }],
      ['reason', 'extensions', { requestedDueDate: '2027-03-31', reason: 'a\u0000b' }],
    ];
    for (const [field, path, body] of cases) {
      const response = await t.http().post(`${base}/${path}`).set('Authorization', bearer(stc)).send(body).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      if (field === 'progress') expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
  });

  it.each([
    ['a file over 20 MB', [{ buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x61), filename: 'lon.txt' }], 413, 'files'],
    ['six files', Array.from({ length: 6 }, (_, i) => ({ buffer: TEXT, filename: `f${i}.txt` })), 413, 'files'],
    ['a program', [{ buffer: Buffer.from([0x4d, 0x5a, 0x90, 0]), filename: 'setup.exe' }], 415, 'files[0]'],
    ['a program renamed .pdf', [{ buffer: TEXT, filename: 'ok.txt' }, { buffer: Buffer.from([0x4d, 0x5a, 0x90, 0]), filename: 'bao-cao.pdf' }], 415, 'files[1]'],
  ])('refuses %s, naming the field and keeping nothing', async (_, files, status, field) => {
    const pkg = await createPackage();
    const before = stored().length;
    let req = t.http().post(`/api/work-packages/${pkg.id}/progress-reports`).set('Authorization', bearer(stc)).field('progress', '20').field('summary', 'Có minh chứng');
    for (const f of files) req = req.attach('files', f.buffer, { filename: f.filename });
    const response = await req.expect(status);
    expect(response.body.code).toBe(status === 413 ? 'EVIDENCE_TOO_LARGE' : 'EVIDENCE_TYPE_NOT_ALLOWED');
    expect(response.body.details[0].field).toBe(field);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM progress_reports WHERE work_package_id = $1`, [pkg.id]);
    expect(rows[0].n).toBe(0);
    // multer removes what it stored after the response; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stored().length).toBe(before);
  });

  it('refuses a completion report naming evidence of another package', async () => {
    const other = await t.dataSource.query(`SELECT id FROM attachments LIMIT 1`);
    const pkg = await createPackage();
    await start(pkg.id as string);
    const response = await t.http().post(`/api/work-packages/${pkg.id}/transitions`).set('Authorization', bearer(stc)).send({ to: 'submitted', report: { summary: 'Xong', attachmentIds: [other[0].id] } }).expect(400);
    expect(response.body.details[0].field).toBe('report.attachmentIds');
  });

  describe('deadline extensions', () => {
    it('lets the lead ask, refuses a second pending request, and keeps the first due date across two approvals', async () => {
      const pkg = await createPackage({ dueDate: '2026-06-30' });
      const path = `/api/work-packages/${pkg.id}/extensions`;
      const early = await t.http().post(path).set('Authorization', bearer(stc)).send({ requestedDueDate: '2026-06-30', reason: 'Chờ vốn' }).expect(400);
      expect(early.body.details[0].field).toBe('requestedDueDate');
      const noReason = await t.http().post(path).set('Authorization', bearer(stc)).send({ requestedDueDate: '2026-09-30' }).expect(400);
      expect(noReason.body.details[0].field).toBe('reason');
      const first = await t.http().post(path).set('Authorization', bearer(stc)).send({ requestedDueDate: '2026-09-30', reason: 'Chờ bố trí vốn' }).expect(201);
      expect(first.body).toMatchObject({ status: 'pending', currentDueDate: '2026-06-30', requestedDueDate: '2026-09-30' });
      const second = await t.http().post(path).set('Authorization', bearer(stc)).send({ requestedDueDate: '2026-10-31', reason: 'Lần nữa' }).expect(409);
      expect(second.body.code).toBe('EXTENSION_PENDING');

      const refuseWithoutNote = await t.http().post(`${path}/${first.body.id}/decision`).set('Authorization', bearer(ubnd)).send({ approve: false }).expect(400);
      expect(refuseWithoutNote.body.details[0].field).toBe('note');
      const approved = await t.http().post(`${path}/${first.body.id}/decision`).set('Authorization', bearer(ubnd)).send({ approve: true }).expect(200);
      expect(approved.body).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
      const again = await t.http().post(`${path}/${first.body.id}/decision`).set('Authorization', bearer(ubnd)).send({ approve: true }).expect(409);
      expect(again.body.code).toBe('EXTENSION_ALREADY_DECIDED');

      let read = await t.http().get(`/api/work-packages/${pkg.id}`).set('Authorization', bearer(hdnd)).expect(200);
      expect(read.body).toMatchObject({ dueDate: '2026-09-30', originalDueDate: '2026-06-30', version: 2 });
      const next = await t.http().post(path).set('Authorization', bearer(stc)).send({ requestedDueDate: '2026-12-31', reason: 'Thời tiết' }).expect(201);
      await t.http().post(`${path}/${next.body.id}/decision`).set('Authorization', bearer(ubnd)).send({ approve: true, note: 'Đồng ý' }).expect(200);
      read = await t.http().get(`/api/work-packages/${pkg.id}`).set('Authorization', bearer(hdnd)).expect(200);
      expect(read.body).toMatchObject({ dueDate: '2026-12-31', originalDueDate: '2026-06-30' });
      const list = await t.http().get(path).set('Authorization', bearer(hdnd)).expect(200);
      expect(list.body.items.map((e: Json) => e.status)).toEqual(['approved', 'approved']);
      const history = await t.http().get(`/api/work-packages/${pkg.id}/history`).set('Authorization', bearer(hdnd)).expect(200);
      expect(history.body.items.filter((e: Json) => e.entityType === 'deadline_extension')).toHaveLength(4);
    });

    it('refuses a request the database sees twice at once: one pending request per package', async () => {
      const pkg = await createPackage();
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => t.http().post(`/api/work-packages/${pkg.id}/extensions`).set('Authorization', bearer(stc)).send({ requestedDueDate: '2027-03-31', reason: 'Chờ vốn' })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    });
  });

  it('keeps comments in order with their audit events', async () => {
    const pkg = await createPackage({ cooperatingDepartmentIds: [dept.SDL] });
    const sdl = await t.tokenOf('so-du-lich');
    await t.http().post(`/api/work-packages/${pkg.id}/comments`).set('Authorization', bearer(sdl)).send({ body: 'Sở Du lịch đã gửi số liệu' }).expect(201);
    await t.http().post(`/api/work-packages/${pkg.id}/comments`).set('Authorization', bearer(stc)).send({ body: '  Đã nhận  ' }).expect(201);
    await t.http().post(`/api/work-packages/${pkg.id}/comments`).set('Authorization', bearer(stc)).send({ body: '   ' }).expect(400);
    const list = await t.http().get(`/api/work-packages/${pkg.id}/comments`).set('Authorization', bearer(hdnd)).expect(200);
    expect(list.body.items.map((c: Json) => c.body)).toEqual(['Sở Du lịch đã gửi số liệu', 'Đã nhận']);
    // Regression: the web showed other people's comments as "Cán bộ" because no author name was sent.
    const names = await t.dataSource.query(`SELECT username, display_name AS name FROM users WHERE username IN ('so-du-lich', 'so-tai-chinh')`);
    const nameOf = Object.fromEntries(names.map((u: { username: string; name: string }) => [u.username, u.name]));
    expect(list.body.items.map((c: Json) => c.authorName)).toEqual([nameOf['so-du-lich'], nameOf['so-tai-chinh']]);
    expect(nameOf['so-du-lich']).toEqual(expect.any(String));
    const history = await t.http().get(`/api/work-packages/${pkg.id}/history`).set('Authorization', bearer(hdnd)).expect(200);
    expect(history.body.items.filter((e: Json) => e.entityType === 'work_package_comment')).toHaveLength(2);
    expect(existsSync(uploadDir)).toBe(true);
  });
});
