import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceSweeperService } from '../src/modules/work-packages/evidence-sweeper.service';
import { createTestApp, TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** What a kill -9 during an upload leaves (a partial file in .incoming, a kept file whose transaction never committed) is removed; nothing a report refers to is. */
describe('evidence left behind by a crash', () => {
  let t: TestApp;
  let uploadDir: string;

  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'mandate-sweep-'));
    process.env.UPLOAD_DIR = uploadDir;
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
    delete process.env.UPLOAD_DIR;
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it('sweeps partial uploads and files no report refers to once they are old enough, and keeps every stored attachment', async () => {
    const ubnd = `Bearer ${await t.tokenOf('ubnd')}`;
    const stc = `Bearer ${await t.tokenOf('so-tai-chinh')}`;
    const [{ id: stcId }] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    const pkg = (await t.http().post('/api/work-packages').set('Authorization', ubnd).send({ title: 'Gói việc quét tệp', leadDepartmentId: stcId, dueDate: '2026-12-31' }).expect(201)).body;
    await t.http().post(`/api/work-packages/${pkg.id}/transitions`).set('Authorization', stc).send({ to: 'in_progress' }).expect(200);
    await t.http().post(`/api/work-packages/${pkg.id}/progress-reports`).set('Authorization', stc).field('progress', '10').field('summary', 'Có minh chứng').attach('files', PDF, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(201);
    const [{ key }] = await t.dataSource.query(`SELECT storage_key AS key FROM attachments WHERE work_package_id = $1`, [pkg.id]);

    const hourAgo = new Date(Date.now() - 3_600_000);
    const partial = join(uploadDir, '.incoming', 'a1b2c3');
    const orphan = join(uploadDir, pkg.id, randomUUID());
    const young = join(uploadDir, pkg.id, randomUUID());
    mkdirSync(join(uploadDir, '.incoming'), { recursive: true });
    writeFileSync(partial, 'half an upload');
    writeFileSync(orphan, PDF);
    writeFileSync(young, PDF);
    for (const path of [partial, orphan, join(uploadDir, key)]) utimesSync(path, hourAgo, hourAgo);

    const result = await t.app.get(EvidenceSweeperService).sweep();

    expect(result).toEqual({ incoming: 1, orphans: 1 });
    expect({ partial: existsSync(partial), orphan: existsSync(orphan), young: existsSync(young), stored: existsSync(join(uploadDir, key)) }).toEqual({ partial: false, orphan: false, young: true, stored: true });
    await t.http().get(`/api/work-packages/${pkg.id}/progress-reports`).set('Authorization', stc).expect(200);
  });
});
