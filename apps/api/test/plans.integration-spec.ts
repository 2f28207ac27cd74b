import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxOf, pdfOf, TABLE_PLAN_HEAD, TABLE_PLAN_ROWS, TABLE_PLAN_TEXT, zipOf, docxParts, documentXmlOf } from './support/document-fixtures';
import { createTestApp, TestApp } from './support/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const SAMPLE = readFileSync(join(__dirname, '../../../fixtures/plans/nq-318-2025-quang-ninh.txt'), 'utf8');
const TABLES = ['plans', 'plan_items', 'plan_indicators', 'plan_deadlines', 'work_packages', 'audit_events'];

describe('plans import', () => {
  let t: TestApp;
  let ubnd: string;
  const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n])));

  beforeAll(async () => {
    t = await createTestApp();
    ubnd = `Bearer ${await t.tokenOf('ubnd')}`;
  });
  afterAll(() => t.close());

  it('previews the sample without storing anything: 21 indicators, 13 leaf items', async () => {
    const before = await counts();
    const response = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd).send({ text: SAMPLE }).expect(200);
    expect(response.body.document).toMatchObject({ number: '318/NQ-HĐND', planYear: 2026 });
    expect(response.body.indicators).toHaveLength(21);
    const leaves = (items: { children: unknown[] }[]): number => items.reduce((n, i) => n + (i.children.length === 0 ? 1 : leaves(i.children as { children: unknown[] }[])), 0);
    expect(leaves(response.body.items)).toBe(13);
    expect(await counts()).toEqual(before);
  });

  it('previews an uploaded .txt and .docx', async () => {
    const txt = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd).attach('file', Buffer.from(SAMPLE, 'utf8'), { filename: 'nq.txt', contentType: 'text/plain' }).expect(200);
    expect(txt.body.indicators).toHaveLength(21);
    const utf16 = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd)
      .attach('file', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]), { filename: 'nq-unicode.txt', contentType: 'text/plain' }).expect(200);
    expect(utf16.body).toEqual(txt.body);
    const docx = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd)
      .attach('file', await docxOf([SAMPLE]), { filename: 'nq.docx', contentType: DOCX }).expect(200);
    expect(docx.body.document.number).toBe('318/NQ-HĐND');
    expect(docx.body.indicators.length).toBeGreaterThan(0);
  });

  it.each([
    ['empty text', { text: '   ' }, 400, 'VALIDATION_FAILED'],
    ['no text at all', {}, 400, 'VALIDATION_FAILED'],
    ['text over 5 MB', { text: 'a'.repeat(5 * 1024 * 1024 + 10) }, 413, 'PAYLOAD_TOO_LARGE'],
    ['a text that is no plan', { text: 'Hôm nay trời đẹp. Chúng tôi đi dạo quanh hồ và ăn kem.' }, 422, 'NOT_A_PLANNING_DOCUMENT'],
  ])('refuses %s', async (_, body, status, code) => {
    const response = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd).send(body).expect(status);
    expect(response.body.code).toBe(code);
    if (code === 'VALIDATION_FAILED') expect(response.body.details).toEqual([{ field: 'text', message: 'must not be empty', rule: 'required' }]);
    if (code === 'NOT_A_PLANNING_DOCUMENT') expect(response.body.message.length).toBeGreaterThan(0);
  });

  it('refuses an upload over 20 MB with 413 and a PNG with 415', async () => {
    const big = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd).attach('file', Buffer.alloc(20 * 1024 * 1024 + 10, 0x61), { filename: 'big.txt', contentType: 'text/plain' }).expect(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR')]);
    const image = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd).attach('file', png, { filename: 'scan.png', contentType: 'image/png' }).expect(415);
    expect(image.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const renamed = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd).attach('file', png, { filename: 'scan.txt', contentType: 'text/plain' }).expect(415);
    expect(renamed.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('reads a Word table and a PDF text layer into the same appendix tasks as pasted text', async () => {
    const fromText = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd).send({ text: TABLE_PLAN_TEXT }).expect(200);
    const docx = await docxOf([TABLE_PLAN_HEAD, { table: TABLE_PLAN_ROWS }]);
    const fromDocx = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd).attach('file', docx, { filename: 'kh.docx', contentType: DOCX }).expect(200);
    const fromPdf = await t.http().post('/api/plans/import/preview').set('Authorization', ubnd).attach('file', pdfOf([...TABLE_PLAN_HEAD.split('\n'), ...TABLE_PLAN_ROWS]), { filename: 'kh.pdf', contentType: 'application/pdf' }).expect(200);
    const tasks = (body: { items: { ref: string; title: string }[]; deadlines: { ref: string; date: string }[] }) => ({
      items: body.items.filter((i) => i.ref.startsWith('PL.')).map((i) => [i.ref, i.title.normalize('NFC')]),
      deadlines: body.deadlines.map((d) => [d.ref, d.date]),
    });
    expect(tasks(fromText.body).items).toEqual([['PL.1', 'Xây dựng cơ sở dữ liệu dùng chung của tỉnh'], ['PL.2', 'Nâng cấp mạng truyền số liệu chuyên dùng'], ['PL.3', 'Bảo đảm an ninh mạng cho hệ thống']]);
    expect(tasks(fromText.body).deadlines).toEqual([['PL.1', '2026-09-30'], ['PL.2', '2026-06-30'], ['PL.3', '2026-12-31']]);
    expect(tasks(fromDocx.body)).toEqual(tasks(fromText.body));
    expect(tasks(fromPdf.body)).toEqual(tasks(fromText.body));
    expect(fromPdf.body.document).toMatchObject({ number: '12/KH-UBND', planYear: 2026 });
  });

  it.each([
    ['a .docx that is not a zip', () => Buffer.from('Kế hoạch 12/KH-UBND'), 'kh.docx', DOCX, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a zip bomb', () => zipOf([...docxParts(documentXmlOf(['x'])), { name: 'word/media/a.bin', data: Buffer.alloc(40 * 1024 * 1024) }]), 'bomb.docx', DOCX, 413, 'PAYLOAD_TOO_LARGE'],
    ['a .docx with an external entity', () => zipOf(docxParts(documentXmlOf(['x'], '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'))), 'xxe.docx', DOCX, 422, 'DOCUMENT_UNREADABLE'],
    ['a scanned PDF', () => pdfOf([], { imageOnly: true }), 'scan.pdf', 'application/pdf', 422, 'PDF_NO_TEXT_LAYER'],
    ['an encrypted PDF', () => pdfOf(['Kế hoạch'], { encrypted: true }), 'locked.pdf', 'application/pdf', 422, 'PDF_ENCRYPTED'],
  ])('refuses %s with a reason and stores nothing', async (_, file, filename, contentType, status, code) => {
    const before = await counts();
    for (const path of ['/api/plans/import/preview', '/api/plans']) {
      const response = await t.http().post(path).set('Authorization', ubnd).attach('file', file(), { filename, contentType }).expect(status);
      expect(response.body).toMatchObject({ code, details: [expect.objectContaining({ field: 'file' })] });
      expect(response.body.message).toMatch(/\/ The/);
    }
    expect(await counts()).toEqual(before);
  });

  it.each(['so-tai-chinh', 'hdnd', 'admin'])('refuses %s the import (403)', async (username) => {
    const token = `Bearer ${await t.tokenOf(username)}`;
    const response = await t.http().post('/api/plans/import/preview').set('Authorization', token).send({ text: SAMPLE }).expect(403);
    expect(response.body.code).toBe('FORBIDDEN');
    await t.http().post('/api/plans').set('Authorization', token).send({ text: SAMPLE }).expect(403);
  });

  it('imports the plan once, lists and returns it, refuses the same number again', async () => {
    const created = await t.http().post('/api/plans').set('Authorization', ubnd).send({ text: SAMPLE }).expect(201);
    expect(created.body).toMatchObject({ number: '318/NQ-HĐND', planYear: 2026, indicatorCount: 21 });
    expect(created.body.itemCount).toBeGreaterThanOrEqual(13);

    const list = await t.http().get('/api/plans').set('Authorization', `Bearer ${await t.tokenOf('so-tai-chinh')}`).expect(200);
    expect(list.body.items).toContainEqual({ id: created.body.id, number: '318/NQ-HĐND', title: created.body.title, planYear: 2026, archived: false, isCurrent: false });

    const plan = await t.http().get(`/api/plans/${created.body.id}`).set('Authorization', `Bearer ${await t.tokenOf('hdnd')}`).expect(200);
    expect(plan.body.indicators).toHaveLength(21);
    expect(plan.body.indicators[0]).toEqual(expect.objectContaining({ code: '1', group: 'economy', name: expect.any(String), text: expect.any(String), targets: expect.any(Array) }));
    const section = plan.body.items.find((i: { ref: string }) => i.ref === '3.1') ?? plan.body.items[0].children.find((i: { ref: string }) => i.ref === '3.1');
    expect(section.children.map((c: { ref: string }) => c.ref)).toEqual(['3.1.a', '3.1.b', '3.1.c', '3.1.d']);
    expect(section.children[3]).toMatchObject({ packageCount: 0, paragraphs: expect.any(Array) });

    const again = await t.http().post('/api/plans').set('Authorization', ubnd).attach('file', Buffer.from(SAMPLE, 'utf8'), { filename: 'nq.txt', contentType: 'text/plain' }).expect(409);
    expect(again.body.code).toBe('PLAN_EXISTS');

    const audit = await t.dataSource.query(`SELECT action, actor_username FROM audit_events WHERE entity_type = 'plan' AND entity_id = $1`, [created.body.id]);
    expect(audit).toEqual([{ action: 'import', actor_username: 'ubnd' }]);
  });

  it('answers 404 for an unknown plan and 400 for a malformed id', async () => {
    await t.http().get('/api/plans/00000000-0000-4000-8000-000000000000').set('Authorization', ubnd).expect(404);
    await t.http().get('/api/plans/nope').set('Authorization', ubnd).expect(400);
  });
});
