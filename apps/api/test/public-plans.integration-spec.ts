import { createTestApp, TestApp } from './support/test-app';

describe('public transparency page (GET /api/public/plans/:id)', () => {
  let t: TestApp;
  let ubnd: string;
  let planId: string;
  const secrets: string[] = [];

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '40';
    t = await createTestApp();
    ubnd = await t.tokenOf('ubnd');
    const [plan] = await t.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'nghi-quyet', 'Kế hoạch công khai', 2026, 'x', '{}') RETURNING id`,
      [`PUB-${Date.now()}`],
    );
    planId = plan.id;
    const [stc] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'STC'`);
    const [sdl] = await t.dataSource.query(`SELECT id FROM departments WHERE code = 'SDL'`);
    const packages = await t.dataSource.query(
      `INSERT INTO work_packages (plan_id, title, lead_department_id, status, due_date, completed_on) VALUES
        ($1, 'Giải ngân vốn đầu tư công', $2, 'in_progress', '2099-12-31', NULL),
        ($1, 'Thu ngân sách', $2, 'done', '2026-06-30', '2026-06-15'),
        ($1, 'Quảng bá du lịch', $3, 'not_started', '2020-01-31', NULL) RETURNING id`,
      [planId, stc.id, sdl.id],
    );
    // Personal and need-to-know content the page must never show.
    const [author] = await t.dataSource.query(`SELECT id, username, display_name AS "displayName" FROM users WHERE username = 'so-tai-chinh'`);
    secrets.push(author.username, author.displayName, 'Bình luận nội bộ không công khai', 'Báo cáo tiến độ nội bộ', 'bien-ban-nghiem-thu.pdf', '/api/attachments/');
    await t.dataSource.query(`INSERT INTO work_package_comments (work_package_id, author_id, body) VALUES ($1, $2, 'Bình luận nội bộ không công khai')`, [packages[0].id, author.id]);
    const [report] = await t.dataSource.query(
      `INSERT INTO progress_reports (work_package_id, author_id, progress, summary) VALUES ($1, $2, 40, 'Báo cáo tiến độ nội bộ') RETURNING id`,
      [packages[0].id, author.id],
    );
    await t.dataSource.query(
      `INSERT INTO attachments (work_package_id, progress_report_id, file_name, content_type, size_bytes, storage_key, sha256, uploaded_by)
       VALUES ($1, $2, 'bien-ban-nghiem-thu.pdf', 'application/pdf', 10, $4, repeat('0', 64), $3)`,
      [packages[0].id, report.id, author.id, `public-test/${Date.now()}`],
    );
  });
  afterAll(async () => {
    delete process.env.PUBLIC_RATE_LIMIT_PER_MINUTE;
    await t.close();
  });

  const publish = (published: boolean, token = ubnd) => t.http().put(`/api/plans/${planId}/publication`).set('Authorization', `Bearer ${token}`).send({ published });

  it('is 404 without a session until the UBND publishes it, then counts packages by category and department with no personal data', async () => {
    const hidden = await t.http().get(`/api/public/plans/${planId}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });

    const published = await publish(true).expect(200);
    expect(published.body).toMatchObject({ planId, published: true, publishedAt: expect.any(String) });

    const res = await t.http().get(`/api/public/plans/${planId}`).expect(200);
    expect(res.headers['cache-control']).toContain('no-cache');
    expect(res.body).toMatchObject({
      plan: { id: planId, title: 'Kế hoạch công khai', planYear: 2026 },
      lastUpdatedAt: expect.any(String),
      packages: { total: 3, byCategory: expect.objectContaining({ done_on_time: 1, open_on_time: 1, open_overdue: 1 }) },
    });
    expect(res.body.packages.byDepartment).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ departmentName: 'Sở Tài chính', total: 2 }),
        expect.objectContaining({ departmentName: 'Sở Du lịch', total: 1 }),
      ]),
    );
    const text = JSON.stringify(res.body);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"(authorId|userId|username|displayName|assigneeIds|comments?|summary|fileName|storageKey)"/);
  });

  it('lets only the UBND publish, audits the switch, and removes the page at once when unpublished', async () => {
    const refused = await publish(false, await t.tokenOf('so-tai-chinh'));
    expect(refused.status).toBe(403);
    expect((await t.http().put(`/api/plans/${planId}/publication`).set('Authorization', `Bearer ${ubnd}`).send({ published: 'yes' })).status).toBe(400);
    await t.http().get(`/api/public/plans/${planId}`).expect(200);
    await publish(false).expect(200);
    expect((await t.http().get(`/api/public/plans/${planId}`)).status).toBe(404);
    const audit = await t.dataSource.query(`SELECT after FROM audit_events WHERE entity_type = 'plan' AND entity_id = $1 AND action = 'update' ORDER BY id`, [planId]);
    expect(audit.map((a: { after: { publishedAt: string | null } }) => a.after.publishedAt === null)).toEqual([false, true]);
    expect((await t.http().get(`/api/public/plans/not-a-uuid`)).status).toBe(400);
  });

  it('is rate-limited per address (429 in the contract format)', async () => {
    await publish(true).expect(200);
    let last = 200;
    for (let i = 0; i < 45 && last !== 429; i++) last = (await t.http().get(`/api/public/plans/${planId}`)).status;
    expect(last).toBe(429);
    const limited = await t.http().get(`/api/public/plans/${planId}`);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
  });
});
