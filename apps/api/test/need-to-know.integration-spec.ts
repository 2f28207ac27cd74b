import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';

/** Who reads what: every role and party against every read route, on the real API and database. */
const READERS = {
  admin: 'admin',
  ubnd: 'ubnd',
  hdnd: 'hdnd',
  lead: 'so-tai-chinh',
  cooperating: 'so-du-lich',
  unrelated: 'so-giao-duc',
} as const;
type Reader = keyof typeof READERS;
const EVERYONE = Object.keys(READERS) as Reader[];
const NEED_TO_KNOW: Reader[] = ['admin', 'ubnd', 'hdnd', 'lead', 'cooperating'];

describe('need-to-know reading of packages', () => {
  let t: TestApp;
  let uploadDir: string;
  let packageId: string;
  let attachmentId: string;
  const bearer = async (reader: Reader) => `Bearer ${await t.tokenOf(READERS[reader])}`;

  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'mandate-uploads-'));
    process.env.UPLOAD_DIR = uploadDir;
    t = await createTestApp();
    const departments = await t.http().get('/api/departments').set('Authorization', await bearer('ubnd')).expect(200);
    const dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    const created = await t
      .http()
      .post('/api/work-packages')
      .set('Authorization', await bearer('ubnd'))
      .send({ title: 'Gói việc cần biết mới đọc', leadDepartmentId: dept.STC, cooperatingDepartmentIds: [dept.SDL], dueDate: '2026-12-31' })
      .expect(201);
    packageId = created.body.id;
    await t.http().post(`/api/work-packages/${packageId}/transitions`).set('Authorization', await bearer('lead')).send({ to: 'in_progress' }).expect(200);
    const report = await t
      .http()
      .post(`/api/work-packages/${packageId}/progress-reports`)
      .set('Authorization', await bearer('lead'))
      .field('progress', '40')
      .field('summary', 'Đã giải phóng mặt bằng 40%')
      .attach('files', Buffer.from('%PDF-1.4\n%%EOF\n'), { filename: 'bien-ban.pdf', contentType: 'application/pdf' })
      .expect(201);
    attachmentId = report.body.attachments[0].id;
    await t.http().post(`/api/work-packages/${packageId}/comments`).set('Authorization', await bearer('cooperating')).send({ body: 'Sở Du lịch đã phối hợp khảo sát.' }).expect(201);
  });
  afterAll(async () => {
    await t.close();
    delete process.env.UPLOAD_DIR;
    rmSync(uploadDir, { recursive: true, force: true });
  });

  const routes: { name: string; path: () => string; readers: Reader[] }[] = [
    { name: 'the package card', path: () => `/api/work-packages/${packageId}`, readers: EVERYONE },
    { name: 'the package list', path: () => `/api/work-packages?q=${encodeURIComponent('cần biết')}`, readers: EVERYONE },
    { name: 'the board', path: () => '/api/board?groupBy=department', readers: EVERYONE },
    { name: 'the deadline summary', path: () => '/api/deadlines/summary', readers: EVERYONE },
    { name: 'progress reports', path: () => `/api/work-packages/${packageId}/progress-reports`, readers: NEED_TO_KNOW },
    { name: 'comments', path: () => `/api/work-packages/${packageId}/comments`, readers: NEED_TO_KNOW },
    { name: 'history', path: () => `/api/work-packages/${packageId}/history`, readers: NEED_TO_KNOW },
    { name: 'extension requests', path: () => `/api/work-packages/${packageId}/extensions`, readers: NEED_TO_KNOW },
    { name: 'an evidence file', path: () => `/api/attachments/${attachmentId}`, readers: NEED_TO_KNOW },
  ];

  describe.each(routes)('$name', (route) => {
    it.each(EVERYONE)('as %s', async (reader) => {
      const response = await t.http().get(route.path()).set('Authorization', await bearer(reader));
      if (route.readers.includes(reader)) {
        expect(response.status).toBe(200);
      } else {
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/lead and co-operating departments/) });
      }
    });
  });

  it('tells each reader whether it may read the records, so the web hides what it may not', async () => {
    for (const reader of EVERYONE) {
      const response = await t.http().get(`/api/work-packages/${packageId}`).set('Authorization', await bearer(reader)).expect(200);
      expect([reader, response.body.abilities.readRecords]).toEqual([reader, NEED_TO_KNOW.includes(reader)]);
    }
  });

  it('still shows the package on the card list to an unrelated department, with its status and progress', async () => {
    const response = await t.http().get(`/api/work-packages?q=${encodeURIComponent('cần biết')}`).set('Authorization', await bearer('unrelated')).expect(200);
    expect(response.body.items).toEqual([expect.objectContaining({ id: packageId, status: 'in_progress', progress: 40 })]);
  });
});
