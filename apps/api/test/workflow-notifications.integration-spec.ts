import { INestApplicationContext } from '@nestjs/common';
import { PACKAGE_EVENT_KINDS } from '@mandate/domain';
import { headerOf, textBodyOf } from '../src/modules/mail/mail-headers';
import { deliveryMessageId } from '../src/modules/mail/mail.processor';
import { freePort, muteUsersOtherThanDemo, startWorker, waitFor } from './support/reminder-harness';
import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;

const DEMO = ['admin', 'ubnd', 'hdnd', 'so-tai-chinh', 'so-du-lich', 'so-giao-duc'] as const;
type Demo = (typeof DEMO)[number];
// Sở Tài chính's other users, one per preference the events must respect.
const STC_EXTRA = { 'stc-english': 'locale', 'stc-no-mail': 'notify_email', 'stc-no-address': 'email', 'stc-digest': 'digest_only' } as const;
const ORIGIN = 'http://mandate.test';

describe('workflow notifications: submitted, approved, returned, extension decided, comment', () => {
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let token: Record<Demo, string>;
  let dept: Record<string, string>;
  let planId: string;
  const auth = (user: Demo) => `Bearer ${token[user]}`;

  /** `kind|username` of every in-app notification of a workflow event on the package. */
  const inApp = async (packageId: string): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT n.kind || '|' || u.username AS key FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.work_package_id = $1 AND n.kind = ANY($2::text[])`,
        [packageId, [...PACKAGE_EVENT_KINDS]],
      )
    )
      .map((r: { key: string }) => r.key)
      .sort();
  /** `kind|username` of every e-mail delivery of a workflow event on the package (the event id cut off its kind). */
  const emails = async (packageId: string): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT regexp_replace(d.kind, '-[0-9a-f]{8}-[0-9a-f-]{27}$', '') || '|' || u.username AS key FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id
         WHERE d.work_package_id = $1 AND d.channel = 'email' AND d.body IS NOT NULL`,
        [packageId],
      )
    )
      .map((r: { key: string }) => r.key)
      .sort();
  const stcUsers = (kind: string, who: string[]) => who.map((u) => `${kind}|${u}`);
  const sorted = (keys: string[]) => [...keys].sort();

  const create = async (title: string, extra: Json = {}): Promise<{ id: string; version: number }> => {
    const body = { title, planId, itemRef: '3.1', leadDepartmentId: dept.STC, cooperatingDepartmentIds: [dept.SDL], dueDate: '2027-06-30', ...extra };
    const created = await t.http().post('/api/work-packages').set('Authorization', auth('ubnd')).send(body).expect(201);
    const started = await move(created.body.id, { to: 'in_progress', version: created.body.version }, 'so-tai-chinh').expect(200);
    return { id: created.body.id, version: started.body.version };
  };
  const move = (id: string, body: Json, user: Demo) => t.http().post(`/api/work-packages/${id}/transitions`).set('Authorization', auth(user)).send(body);
  const submit = (id: string, version: number, user: Demo = 'so-tai-chinh') => move(id, { to: 'submitted', version, report: { summary: 'Đã giải ngân 100% kế hoạch vốn' } }, user).expect(200);
  const counts = async () =>
    (await t.dataSource.query(`SELECT (SELECT count(*) FROM notifications)::int AS n, (SELECT count(*) FROM reminder_deliveries)::int AS d, (SELECT count(*) FROM reminder_outbox WHERE reason = 'event')::int AS o`))[0];

  beforeAll(async () => {
    const catcherPort = await freePort();
    Object.assign(process.env, {
      MAIL_CATCHER_PORT: String(catcherPort),
      SMTP_URL: `smtp://127.0.0.1:${catcherPort}`,
      APP_ORIGIN: ORIGIN,
      REMINDER_RELAY_POLL_MS: '200',
      QUEUE_PREFIX: `test-${process.pid}-${Date.now()}`,
    });
    t = await createTestApp();
    await muteUsersOtherThanDemo(t.dataSource);
    token = Object.fromEntries(await Promise.all(DEMO.map(async (u) => [u, await t.tokenOf(u)]))) as Record<Demo, string>;
    await t.dataSource.query(`UPDATE users SET email = username || '@example.test', notify_in_app = true, notify_email = true, digest_only = false, locale = 'vi' WHERE username = ANY($1::text[])`, [[...DEMO]]);
    const departments = await t.http().get('/api/departments').set('Authorization', auth('ubnd')).expect(200);
    dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    for (const username of Object.keys(STC_EXTRA)) {
      await t.dataSource.query(
        `INSERT INTO users (username, display_name, password_hash, role, department_id, email, locale, notify_email, digest_only) VALUES ($1, $2, 'x', 'department', $3, $4, $5, $6, $7)
         ON CONFLICT (username) DO NOTHING`,
        [username, `Cán bộ ${username}`, dept.STC, username === 'stc-no-address' ? null : `${username}@example.test`, username === 'stc-english' ? 'en' : 'vi', username !== 'stc-no-mail', username === 'stc-digest'],
      );
    }
    [{ id: planId }] = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse, completion_evidence_required) VALUES ($1, 'ke-hoach', 'Kế hoạch thông báo', 2026, 'x', '{}', false) RETURNING id`,
      [`TB-${Date.now()}`],
    );
    await t.dataSource.query(`INSERT INTO plan_items (plan_id, ref, title, position, is_leaf) VALUES ($1, '3.1', 'Tài chính, ngân sách', 0, true)`, [planId]);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const LEAD_IN_APP = ['so-tai-chinh', 'stc-english', 'stc-no-address', 'stc-no-mail'];
  const LEAD_EMAIL = ['so-tai-chinh', 'stc-english'];

  it('tells the UBND office of a submission, and the lead department of the return (with its reason), each by its preferences', async () => {
    const pkg = await create('Giải ngân vốn đầu tư công');
    const submitted = await submit(pkg.id, pkg.version);
    expect(await inApp(pkg.id)).toEqual(['package-submitted|ubnd']);
    expect(await emails(pkg.id)).toEqual(['package-submitted|ubnd']);

    const [note] = await t.dataSource.query(`SELECT n.title, n.params FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'ubnd' AND n.work_package_id = $1`, [pkg.id]);
    const [{ number }] = await t.dataSource.query(`SELECT number FROM plans WHERE id = $1`, [planId]);
    expect(note.title).toBe(`Cán bộ Sở Tài chính gửi duyệt hoàn thành: 3.1. Giải ngân vốn đầu tư công (${number})`);
    expect(note.params).toEqual({ package: '3.1. Giải ngân vốn đầu tư công', plan: number, actor: 'Cán bộ Sở Tài chính', reason: 'Đã giải ngân 100% kế hoạch vốn', dueDate: null });

    await move(pkg.id, { to: 'in_progress', version: submitted.body.version, reason: 'Thiếu chứng từ giải ngân quý IV' }, 'ubnd').expect(200);
    expect(await inApp(pkg.id)).toEqual(sorted(['package-submitted|ubnd', ...stcUsers('package-returned', LEAD_IN_APP)]));
    expect(await emails(pkg.id)).toEqual(sorted(['package-submitted|ubnd', ...stcUsers('package-returned', LEAD_EMAIL)]));

    const titles = await t.dataSource.query(
      `SELECT u.username, n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.work_package_id = $1 AND n.kind = 'package-returned' AND u.username IN ('so-tai-chinh', 'stc-english') ORDER BY 1`,
      [pkg.id],
    );
    expect(titles).toEqual([
      { username: 'so-tai-chinh', title: `Chuyên viên Văn phòng UBND tỉnh trả lại, chưa duyệt hoàn thành: 3.1. Giải ngân vốn đầu tư công (${number}) — Thiếu chứng từ giải ngân quý IV` },
      { username: 'stc-english', title: `Chuyên viên Văn phòng UBND tỉnh returned, not approved: 3.1. Giải ngân vốn đầu tư công (${number}) — Thiếu chứng từ giải ngân quý IV` },
    ]);
    const [{ body }] = await t.dataSource.query(
      `SELECT d.body FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id WHERE d.work_package_id = $1 AND u.username = 'so-tai-chinh' AND d.channel = 'email'`,
      [pkg.id],
    );
    expect(body).toContain('Kính gửi Cán bộ Sở Tài chính,');
    expect(body).toContain(`Kế hoạch: ${number} — Kế hoạch thông báo`);
    expect(body).toContain('Người thực hiện: Chuyên viên Văn phòng UBND tỉnh');
    expect(body).toContain('Lý do trả lại: Thiếu chứng từ giải ngân quý IV');
    expect(body).toContain(`Xem chi tiết: ${ORIGIN}/work-packages/${pkg.id}`);
  });

  it('tells the lead department of an approval, once per event: a second submission is a second event', async () => {
    const pkg = await create('Báo cáo tổng kết năm');
    const first = await submit(pkg.id, pkg.version);
    const returned = await move(pkg.id, { to: 'in_progress', version: first.body.version, reason: 'Bổ sung số liệu' }, 'ubnd').expect(200);
    const second = await submit(pkg.id, returned.body.version);
    await move(pkg.id, { to: 'done', version: second.body.version }, 'ubnd').expect(200);
    expect(await inApp(pkg.id)).toEqual(
      [...stcUsers('package-approved', LEAD_IN_APP), ...stcUsers('package-returned', LEAD_IN_APP), 'package-submitted|ubnd', 'package-submitted|ubnd'].sort(),
    );
    expect(await emails(pkg.id)).toEqual([...stcUsers('package-approved', LEAD_EMAIL), ...stcUsers('package-returned', LEAD_EMAIL), 'package-submitted|ubnd', 'package-submitted|ubnd'].sort());
  });

  it('does not tell the UBND user who submitted on the department’s behalf', async () => {
    const pkg = await create('Báo cáo thay Sở');
    await move(pkg.id, { to: 'submitted', version: pkg.version, report: { summary: 'Sở đã báo cáo qua điện thoại', onBehalf: { reason: 'Sở gặp sự cố mạng' } } }, 'ubnd').expect(200);
    expect(await inApp(pkg.id)).toEqual([]);
    expect(await emails(pkg.id)).toEqual([]);
  });

  it('tells the lead department of an extension granted (with the new date) or refused (with the reason)', async () => {
    const pkg = await create('Hoàn thành quy hoạch');
    const ask = (reason: string) =>
      t.http().post(`/api/work-packages/${pkg.id}/extensions`).set('Authorization', auth('so-tai-chinh')).send({ requestedDueDate: '2027-09-30', reason }).expect(201);
    const granted = await ask('Chờ ý kiến Bộ');
    expect(await inApp(pkg.id)).toEqual([]);
    await t.http().post(`/api/work-packages/${pkg.id}/extensions/${granted.body.id}/decision`).set('Authorization', auth('ubnd')).send({ approve: true, dueDate: '2027-08-31' }).expect(200);
    const refused = await ask('Chờ thêm ý kiến');
    await t.http().post(`/api/work-packages/${pkg.id}/extensions/${refused.body.id}/decision`).set('Authorization', auth('ubnd')).send({ approve: false, note: 'Đã gia hạn một lần' }).expect(200);

    expect(await inApp(pkg.id)).toEqual([...stcUsers('extension-approved', LEAD_IN_APP), ...stcUsers('extension-refused', LEAD_IN_APP)]);
    expect(await emails(pkg.id)).toEqual([...stcUsers('extension-approved', LEAD_EMAIL), ...stcUsers('extension-refused', LEAD_EMAIL)]);
    const notes = await t.dataSource.query(
      `SELECT n.kind, n.title, n.params->>'dueDate' AS "dueDate", n.params->>'reason' AS reason FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.work_package_id = $1 AND u.username = 'so-tai-chinh' ORDER BY n.kind`,
      [pkg.id],
    );
    expect(notes).toEqual([
      { kind: 'extension-approved', title: expect.stringMatching(/^Chuyên viên Văn phòng UBND tỉnh đồng ý gia hạn đến 31\/08\/2027: 3\.1\. Hoàn thành quy hoạch/), dueDate: '2027-08-31', reason: null },
      { kind: 'extension-refused', title: expect.stringMatching(/không đồng ý gia hạn: 3\.1\. Hoàn thành quy hoạch \(.+\) — Đã gia hạn một lần$/), dueDate: null, reason: 'Đã gia hạn một lần' },
    ]);
  });

  it('tells the lead and co-operating departments of a comment, never its author', async () => {
    const pkg = await create('Phát triển du lịch biển');
    const comment = (user: Demo, body: string) => t.http().post(`/api/work-packages/${pkg.id}/comments`).set('Authorization', auth(user)).send({ body }).expect(201);
    await comment('so-du-lich', 'Sở Du lịch đã gửi số liệu khách quý III');
    expect(await inApp(pkg.id)).toEqual(stcUsers('package-comment', LEAD_IN_APP));
    await comment('ubnd', 'Đề nghị hai Sở thống nhất số liệu');
    expect(await inApp(pkg.id)).toEqual([...stcUsers('package-comment', LEAD_IN_APP), ...stcUsers('package-comment', LEAD_IN_APP), 'package-comment|so-du-lich'].sort());
    await comment('so-tai-chinh', 'Đã thống nhất');
    const fromStc = await t.dataSource.query(
      `SELECT u.username FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.work_package_id = $1 AND n.params->>'reason' = 'Đã thống nhất' ORDER BY 1`,
      [pkg.id],
    );
    expect(fromStc.map((r: { username: string }) => r.username)).toEqual(['so-du-lich', 'stc-english', 'stc-no-address', 'stc-no-mail']);
    expect((await emails(pkg.id)).filter((k) => k.endsWith('|so-du-lich'))).toEqual(['package-comment|so-du-lich', 'package-comment|so-du-lich']);
  });

  it('sends nothing when the change fails: a stale version (409), a decided extension (409), an empty comment (400)', async () => {
    const pkg = await create('Thay đổi bị từ chối');
    const before = await counts();
    await move(pkg.id, { to: 'submitted', version: pkg.version - 1, report: { summary: 'x' } }, 'so-tai-chinh').expect(409);
    const submitted = await submit(pkg.id, pkg.version);
    const afterSubmit = await counts();
    await move(pkg.id, { to: 'done', version: submitted.body.version - 1 }, 'ubnd').expect(409);
    await move(pkg.id, { to: 'in_progress', version: submitted.body.version }, 'ubnd').expect(400);
    await t.http().post(`/api/work-packages/${pkg.id}/comments`).set('Authorization', auth('so-du-lich')).send({ body: '' }).expect(400);
    await t.http().post(`/api/work-packages/${pkg.id}/comments`).set('Authorization', auth('so-giao-duc')).send({ body: 'Không liên quan' }).expect(403);
    expect(await counts()).toEqual(afterSubmit);
    expect(afterSubmit.n - before.n).toBe(1);

    const other = await create('Gia hạn đã quyết');
    const ext = await t.http().post(`/api/work-packages/${other.id}/extensions`).set('Authorization', auth('so-tai-chinh')).send({ requestedDueDate: '2027-09-30', reason: 'Chờ vốn' }).expect(201);
    const decide = (body: Json) => t.http().post(`/api/work-packages/${other.id}/extensions/${ext.body.id}/decision`).set('Authorization', auth('ubnd')).send(body);
    await decide({ approve: false, note: 'Không đủ căn cứ' }).expect(200);
    const decided = await counts();
    await decide({ approve: true }).expect(409);
    expect(await counts()).toEqual(decided);
    expect(await inApp(other.id)).toEqual(stcUsers('extension-refused', LEAD_IN_APP));
  });

  it('mails each event once through the worker, with its delivery’s Message-ID, the caught mail listing it for the admin', async () => {
    worker = await startWorker();
    const pkg = await create('Gửi thư thật');
    const submitted = await submit(pkg.id, pkg.version);
    await move(pkg.id, { to: 'in_progress', version: submitted.body.version, reason: 'Chưa đủ hồ sơ' }, 'ubnd').expect(200);

    const deliveries: { id: string; email: string }[] = await t.dataSource.query(
      `SELECT d.id, u.email FROM reminder_deliveries d JOIN users u ON u.id = d.recipient_user_id WHERE d.work_package_id = $1 AND d.channel = 'email' ORDER BY u.email`,
      [pkg.id],
    );
    expect(deliveries.map((d) => d.email)).toEqual(['so-tai-chinh@example.test', 'stc-english@example.test', 'ubnd@example.test']);
    // Bodies are encoded (quoted-printable or base64): the link is found in the decoded text.
    const caught = await waitFor(async () => {
      const rows: { raw: string; to: string[] }[] = await t.dataSource.query(`SELECT raw, rcpt_to AS "to" FROM caught_mail`);
      const mine = rows.filter((m) => textBodyOf(m.raw).includes(`/work-packages/${pkg.id}`));
      if (mine.length >= deliveries.length) return mine;
      throw new Error(`${mine.length} caught; deliveries ${JSON.stringify(await t.dataSource.query(`SELECT status, error FROM reminder_deliveries WHERE work_package_id = $1 AND channel = 'email'`, [pkg.id]))}`);
    }, 'the caught e-mails of the package');
    const messageIds = caught.map((m) => headerOf(m.raw, 'message-id')).sort();
    expect(messageIds).toEqual(deliveries.map((d) => deliveryMessageId(d.id, ORIGIN)).sort());
    const to = (address: string): string => caught.find((m) => m.to.includes(address))?.raw ?? '';
    expect(headerOf(to('ubnd@example.test'), 'subject')).toMatch(/^Cán bộ Sở Tài chính gửi duyệt hoàn thành: 3\.1\. Gửi thư thật/);
    expect(textBodyOf(to('ubnd@example.test'))).toContain('Báo cáo hoàn thành: Đã giải ngân 100% kế hoạch vốn');
    expect(textBodyOf(to('stc-english@example.test'))).toContain('Reason for returning: Chưa đủ hồ sơ');
    expect(textBodyOf(to('stc-english@example.test'))).toContain(`Open: ${ORIGIN}/work-packages/${pkg.id}`);

    const listed = await t.http().get('/api/dev/mail').set('Authorization', auth('admin')).expect(200);
    expect(listed.body.items.filter((m: { text: string }) => m.text.includes(`/work-packages/${pkg.id}`))).toHaveLength(3);
    const [{ sent }] = await t.dataSource.query(`SELECT count(*)::int AS sent FROM reminder_deliveries WHERE work_package_id = $1 AND channel = 'email' AND status = 'sent'`, [pkg.id]);
    expect(sent).toBe(3);
    const mine = await t.http().get('/api/notifications').set('Authorization', auth('so-tai-chinh')).expect(200);
    expect(mine.body.items.find((n: { workPackageId: string }) => n.workPackageId === pkg.id)).toMatchObject({ kind: 'package-returned', params: { reason: 'Chưa đủ hồ sơ' } });
  });
});
