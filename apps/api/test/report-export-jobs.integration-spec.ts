import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportExportProcessor } from '../src/modules/reports/report-export.processor';
import { WorkerModule } from '../src/worker.module';
import { createTestApp, TestApp } from './support/test-app';
import { binary, readWorkbook } from './support/workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('large exports run as worker jobs (202 + GET /api/exports/:jobId)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let ubnd: string;
  let planId: string;
  const uploadDir = mkdtempSync(join(tmpdir(), 'mandate-exports-'));

  beforeAll(async () => {
    Object.assign(process.env, { EXPORT_INLINE_MAX_ROWS: '3', UPLOAD_DIR: uploadDir, QUEUE_PREFIX: `test-exports-${process.pid}-${Date.now()}` });
    t = await createTestApp();
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
    ubnd = await t.tokenOf('ubnd');
    const [plan] = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch xuất lớn', 2026, 'x', '{}') RETURNING id`,
      [`JOB-${Date.now()}`],
    );
    planId = plan.id;
    await t.dataSource.query(`INSERT INTO plan_items (plan_id, ref, title, position, is_leaf) VALUES ($1, '3.1', 'Kinh tế', 0, true)`, [planId]);
    await t.dataSource.query(
      `INSERT INTO work_packages (plan_id, item_ref, title, lead_department_id, status, due_date)
       SELECT $1, '3.1', 'Nhiệm vụ ' || g, (SELECT id FROM departments WHERE code = 'STC'), 'in_progress', DATE '2026-12-31' FROM generate_series(1, 8) g`,
      [planId],
    );
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    delete process.env.EXPORT_INLINE_MAX_ROWS;
    delete process.env.UPLOAD_DIR;
  });

  const poll = async (jobId: string, token: string) => {
    for (let i = 0; i < 120; i++) {
      const res = await t.http().get(`/api/exports/${jobId}`).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);
      if (res.status !== 202) return res;
      const status = JSON.parse((res.body as Buffer).toString('utf8'));
      expect(status).toMatchObject({ jobId, status: expect.stringMatching(/^(queued|running)$/), progress: expect.any(Number) });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('The export did not finish in 30 s');
  };

  it('answers 202 {jobId}, shows progress while the worker writes, then serves the file to the requester role only', async () => {
    const accepted = await t.http().get(`/api/plans/${planId}/export.xlsx`).query({ asOf: '2026-07-01' }).set('Authorization', `Bearer ${ubnd}`);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ jobId: expect.any(String), status: 'queued', progress: 0, fileName: expect.stringMatching(/\.xlsx$/) });
    const { jobId } = accepted.body;

    const done = await poll(jobId, ubnd);
    expect(done.status).toBe(200);
    expect(done.headers['content-type']).toContain(XLSX);
    const sheet = (await readWorkbook(done.body as Buffer)).worksheets[0];
    const titles: string[] = [];
    sheet.eachRow((row, n) => {
      if (n >= 7 && row.getCell(3).value !== row.getCell(2).value && row.getCell(3).value) titles.push(String(row.getCell(2).value));
    });
    expect(titles).toHaveLength(8);
    expect(sheet.getCell('A4').value).toBe('Tình hình thực hiện đến ngày 01/07/2026');

    const other = await t.http().get(`/api/exports/${jobId}`).set('Authorization', `Bearer ${await t.tokenOf('hdnd')}`);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await t.dataSource.query(`SELECT status, progress FROM report_exports WHERE id = $1`, [jobId]);
    expect(row).toEqual({ status: 'done', progress: 100 });
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'report_export' AND entity_id = $1`, [jobId]);
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('forgets an export after a day: 404 at once, file and row removed by the sweep', async () => {
    const accepted = await t.http().get(`/api/plans/${planId}/export.xlsx`).set('Authorization', `Bearer ${ubnd}`).expect(202);
    const { jobId } = accepted.body;
    expect((await poll(jobId, ubnd)).status).toBe(200);
    expect(readdirSync(join(uploadDir, 'exports'))).toContain(`${jobId}.xlsx`);
    await t.dataSource.query(`UPDATE report_exports SET expires_at = now() - interval '1 second' WHERE id = $1`, [jobId]);
    expect((await t.http().get(`/api/exports/${jobId}`).set('Authorization', `Bearer ${ubnd}`)).status).toBe(404);

    const swept = await worker.get(ReportExportProcessor).sweep(new Date());
    expect(swept.removed).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(uploadDir, 'exports', `${jobId}.xlsx`))).toBe(false);
    expect(await t.dataSource.query(`SELECT id FROM report_exports WHERE id = $1`, [jobId])).toEqual([]);
  });

  it('404 for an unknown job, 400 for an id that is not one', async () => {
    expect((await t.http().get('/api/exports/00000000-0000-4000-8000-000000000000').set('Authorization', `Bearer ${ubnd}`)).status).toBe(404);
    const bad = await t.http().get('/api/exports/nope').set('Authorization', `Bearer ${ubnd}`);
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'jobId' })]);
  });
});
