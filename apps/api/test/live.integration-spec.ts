import { AddressInfo } from 'node:net';
import { createTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;

interface Stream {
  events: { event: string; data: Json }[];
  next: (event: string, timeoutMs?: number) => Promise<Json>;
  close: () => void;
}

/** Reads a server-sent event stream over real HTTP, as a browser would. */
async function openStream(base: string, path: string, token: string): Promise<Stream> {
  const controller = new AbortController();
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events: { event: string; data: Json }[] = [];
  const waiters: (() => void)[] = [];
  void (async () => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) as Json });
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted
    }
  })();
  let read = 0;
  const next = async (event: string, timeoutMs = 3000): Promise<Json> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (read < events.length) {
        const e = events[read++];
        if (e.event === event) return e.data;
      }
      if (Date.now() > deadline) throw new Error(`no ${event} event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  return { events, next, close: () => controller.abort() };
}

describe('live updates across API processes', () => {
  // Two instances of the API on one Postgres and one Redis, as the cluster or compose replicas run them.
  let a: TestApp;
  let b: TestApp;
  let baseB: string;
  let ubnd: string;
  let stc: string;
  let dept: Record<string, string>;
  let planId: string;
  let otherPlanId: string;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp();
    await b.app.listen(0, '127.0.0.1');
    baseB = `http://127.0.0.1:${(b.app.getHttpServer().address() as AddressInfo).port}`;
    ubnd = await a.tokenOf('ubnd');
    stc = await a.tokenOf('so-tai-chinh');
    const departments = await a.http().get('/api/departments').set('Authorization', `Bearer ${ubnd}`).expect(200);
    dept = Object.fromEntries(departments.body.items.map((d: { code: string; id: string }) => [d.code, d.id]));
    const plans = await a.dataSource.query(
      `INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'ke-hoach', 'Kế hoạch trực tiếp', 2026, 'x', '{}'), ($2, 'ke-hoach', 'Kế hoạch khác', 2026, 'x', '{}') RETURNING id`,
      [`LIVE-${Date.now()}`, `LIVE2-${Date.now()}`],
    );
    [planId, otherPlanId] = plans.map((p: { id: string }) => p.id);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const create = async (plan: string, title: string): Promise<Json> =>
    (await a.http().post('/api/work-packages').set('Authorization', `Bearer ${ubnd}`).send({ title, planId: plan, leadDepartmentId: dept.STC, dueDate: '2026-12-31' }).expect(201)).body;

  it('sends a move committed by one process to a stream held by another, with the card as it now is; only the plan subscribed', async () => {
    const stream = await openStream(baseB, `/api/events?planId=${planId}`, ubnd);
    try {
      const hello = await stream.next('revision');
      expect(typeof hello.revision).toBe('number');
      const pkg = await create(planId, 'Gói theo dõi trực tiếp');
      const created = await stream.next('package');
      expect(created).toMatchObject({ type: 'package', card: { id: pkg.id, status: 'not_started', version: 1, planId }, planIds: [planId], departmentIds: [dept.STC] });

      await create(otherPlanId, 'Gói của kế hoạch khác');
      const started = Date.now();
      await a.http().post(`/api/work-packages/${pkg.id}/transitions`).set('Authorization', `Bearer ${stc}`).send({ to: 'in_progress', version: 1 }).expect(200);
      const moved = await stream.next('package');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(moved).toMatchObject({ card: { id: pkg.id, status: 'in_progress', version: 2, title: 'Gói theo dõi trực tiếp', leadDepartmentId: dept.STC } });
      // The other plan's package never reached this stream.
      expect(stream.events.filter((e) => e.event === 'package').map((e) => (e.data.card as Json).id)).toEqual([pkg.id, pkg.id]);
    } finally {
      stream.close();
    }
  });

  it('publishes nothing for a refused move (rolled back), and answers 400 for a malformed filter', async () => {
    const pkg = await create(planId, 'Gói bị từ chối');
    const stream = await openStream(baseB, `/api/events?planId=${planId}`, ubnd);
    try {
      await stream.next('revision');
      await a.http().post(`/api/work-packages/${pkg.id}/transitions`).set('Authorization', `Bearer ${stc}`).send({ to: 'in_progress', version: 7 }).expect(409);
      await expect(stream.next('package', 700)).rejects.toThrow('no package event');
    } finally {
      stream.close();
    }
    const bad = await a.http().get('/api/events?planId=nope').set('Authorization', `Bearer ${ubnd}`).expect(400);
    expect(bad.body.details[0].field).toBe('planId');
    await a.http().get('/api/events').expect(401);
  });
});
