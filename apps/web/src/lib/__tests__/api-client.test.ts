/**
 * @jest-environment node
 */
import type { LoginResponse } from '@mandate/domain';
import { ApiError, apiFetch, buildUrl, configureSessionHooks, getAccessToken, parseErrorResponse, refreshSession, setAccessToken } from '../api-client';
import { fetchCall, jsonResponse } from '../../test/fetch-call';
import { isApiReachable } from '../connection';

const session = (token: string): LoginResponse => ({
  accessToken: token,
  expiresIn: 900,
  user: { id: 'u1', username: 'ubnd', displayName: 'Trần Thị B', role: 'ubnd', departmentId: null },
});

const authHeader = (call: unknown[]): string | undefined => ((call[1] as RequestInit).headers as Record<string, string>)['Authorization'];

describe('apiFetch', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  const onRefreshed = jest.fn();
  const onExpired = jest.fn();

  beforeEach(() => {
    fetchMock.mockReset();
    onRefreshed.mockReset();
    onExpired.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    configureSessionHooks({ onRefreshed, onExpired });
    setAccessToken('old-token');
  });

  it('sends JSON with the bearer token and returns the parsed body', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { items: [] }));

    const sut = await apiFetch<{ items: unknown[] }>('/departments', { query: { includeInactive: true, q: '' } });

    expect(sut).toEqual({ items: [] });
    const [url, init] = fetchCall(fetchMock, 0);
    expect(url).toBe('/api/departments?includeInactive=true');
    expect(authHeader([url, init])).toBe('Bearer old-token');
  });

  it('returns undefined for 204 No Content', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(apiFetch<void>('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('refreshes once on a 401 and retries the call with the new token', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'expired' }))
      .mockResolvedValueOnce(jsonResponse(200, session('new-token')))
      .mockResolvedValueOnce(jsonResponse(200, { id: 'u1' }));

    const sut = await apiFetch<{ id: string }>('/auth/me');

    expect(sut).toEqual({ id: 'u1' });
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/api/auth/me', '/api/auth/refresh', '/api/auth/me']);
    expect(fetchCall(fetchMock, 1)[1].method).toBe('POST');
    expect(authHeader(fetchCall(fetchMock, 2))).toBe('Bearer new-token');
    expect(getAccessToken()).toBe('new-token');
    expect(onRefreshed).toHaveBeenCalledWith(session('new-token'));
    expect(onExpired).not.toHaveBeenCalled();
  });

  it('retries only once: a second 401 after a successful refresh is thrown', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'expired' }))
      .mockResolvedValueOnce(jsonResponse(200, session('new-token')))
      .mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'still no' }));

    await expect(apiFetch('/users')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('ends the session when the refresh is refused', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'expired' }))
      .mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'no cookie' }));

    const error = await apiFetch('/users').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(getAccessToken()).toBeNull();
    expect(onExpired).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('shares one refresh between concurrent 401s (the refresh cookie rotates)', async () => {
    let refreshes = 0;
    fetchMock.mockImplementation(async (url, init) => {
      if (url === '/api/auth/refresh') {
        refreshes += 1;
        return jsonResponse(200, session('new-token'));
      }
      return authHeader([url, init]) === 'Bearer new-token' ? jsonResponse(200, { ok: url }) : jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'expired' });
    });

    const results = await Promise.all([apiFetch('/users'), apiFetch('/departments'), apiFetch('/audit')]);

    expect(results).toEqual([{ ok: '/api/users' }, { ok: '/api/departments' }, { ok: '/api/audit' }]);
    expect(refreshes).toBe(1);
  });

  it('retries with the new token, without a second refresh, a 401 that comes back after a sibling call refreshed', async () => {
    let refreshes = 0;
    let refreshed!: () => void;
    const afterRefresh = new Promise<void>((resolve) => (refreshed = resolve));
    const expired = () => jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'expired' });
    fetchMock.mockImplementation(async (url, init) => {
      if (url === '/api/auth/refresh') {
        refreshes += 1;
        setTimeout(refreshed, 0);
        return jsonResponse(200, session('new-token'));
      }
      if (authHeader([url, init]) === 'Bearer new-token') return jsonResponse(200, { ok: url });
      // The slow call left with the old token and answers only once the fast one's refresh is over.
      if (url === '/api/slow') await afterRefresh.then(() => new Promise((resolve) => setTimeout(resolve, 0)));
      return expired();
    });

    const results = await Promise.all([apiFetch('/fast'), apiFetch('/slow')]);

    expect(results).toEqual([{ ok: '/api/fast' }, { ok: '/api/slow' }]);
    expect(refreshes).toBe(1);
    expect(onExpired).not.toHaveBeenCalled();
  });

  it('does not try to refresh after a failed sign-in', async () => {
    setAccessToken(null);
    fetchMock.mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Invalid credentials' }));

    await expect(apiFetch('/auth/login', { method: 'POST', body: { username: 'a', password: 'b' } })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(onExpired).not.toHaveBeenCalled();
  });

  it('parses code, message and field details from an error body', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse(400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Invalid input', details: [{ field: 'code', message: 'must be upper-case' }, { bogus: true }] }),
    );

    const error = (await apiFetch('/departments', { method: 'POST', body: {} }).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Invalid input');
    expect(error.details).toEqual([{ field: 'code', message: 'must be upper-case' }]);
  });

  it('keeps the 409 VERSION_CONFLICT code', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(409, { statusCode: 409, code: 'VERSION_CONFLICT', message: 'stale' }));
    await expect(apiFetch('/departments/1', { method: 'PATCH', body: { version: 1 } })).rejects.toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
  });

  it('reads a body without a known code (a proxy page) by the shared status table', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad Gateway</html>', { status: 503 }));
    await expect(apiFetch('/board')).rejects.toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    fetchMock.mockResolvedValueOnce(jsonResponse(413, { code: 'SOMETHING_NEW' }));
    await expect(apiFetch('/plans', { method: 'POST', body: {} })).rejects.toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    fetchMock.mockResolvedValueOnce(jsonResponse(418, {}));
    await expect(apiFetch('/x')).rejects.toMatchObject({ status: 418, code: 'UNKNOWN' });
  });

  it('sends a JSON body encoded, with its Content-Type', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(201, { id: 'd1' }));

    await apiFetch('/departments', { method: 'POST', body: { code: 'TC' } });

    const [, init] = fetchCall(fetchMock, 0);
    expect(init.body).toBe('{"code":"TC"}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('sends FormData as-is, leaving the multipart Content-Type to fetch, and retries it after a refresh', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'expired' }))
      .mockResolvedValueOnce(jsonResponse(200, session('new-token')))
      .mockResolvedValueOnce(jsonResponse(201, { id: 'r1' }));
    const form = new FormData();
    form.set('summary', 'Đã xong');
    form.append('files', new Blob(['pdf'], { type: 'application/pdf' }), 'bao-cao.pdf');

    const sut = await apiFetch<{ id: string }>('/work-packages/wp1/progress-reports', { method: 'POST', body: form });

    expect(sut).toEqual({ id: 'r1' });
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/api/work-packages/wp1/progress-reports', '/api/auth/refresh', '/api/work-packages/wp1/progress-reports']);
    for (const which of [0, 2]) {
      const [, init] = fetchCall(fetchMock, which);
      expect(init.method).toBe('POST');
      expect(init.body).toBe(form);
      expect(init.headers).not.toHaveProperty('Content-Type');
    }
    expect(authHeader(fetchCall(fetchMock, 2))).toBe('Bearer new-token');
  });

  it('returns the raw body as a Blob for a download, refreshing on a 401 like any call', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'expired' }))
      .mockResolvedValueOnce(jsonResponse(200, session('new-token')))
      .mockResolvedValueOnce(new Response('%PDF-1.4', { status: 200, headers: { 'Content-Type': 'application/pdf' } }));

    const sut = await apiFetch<Blob>('/attachments/a1', { responseType: 'blob' });

    expect(sut).toBeInstanceOf(Blob);
    expect(sut.type).toBe('application/pdf');
    await expect(sut.text()).resolves.toBe('%PDF-1.4');
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/api/attachments/a1', '/api/auth/refresh', '/api/attachments/a1']);
    expect(authHeader(fetchCall(fetchMock, 2))).toBe('Bearer new-token');
  });

  it('rejects a failed download with the parsed ApiError', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(404, { statusCode: 404, code: 'NOT_FOUND', message: 'gone' }));
    await expect(apiFetch<Blob>('/attachments/missing', { responseType: 'blob' })).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('turns a network failure into NETWORK_ERROR', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(apiFetch('/users')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it.each<[string, () => Promise<Response>, object]>([
    ['the network fails', () => Promise.reject(new TypeError('fetch failed')), { status: 0, code: 'NETWORK_ERROR' }],
    ['a gateway answers 502', async () => new Response('<html>Bad Gateway</html>', { status: 502 }), { status: 502 }],
    ['the API answers 503', async () => jsonResponse(503, { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'db down' }), { status: 503, code: 'SERVICE_UNAVAILABLE' }],
  ])('keeps the session when a 401 needs a refresh and %s: the error is the outage, not an expiry', async (_case, refreshAnswer, expected) => {
    fetchMock.mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'expired' })).mockImplementationOnce(refreshAnswer);

    await expect(apiFetch('/users')).rejects.toMatchObject(expected);
    expect(onExpired).not.toHaveBeenCalled();
    expect(getAccessToken()).toBe('old-token');
  });
});

describe('refreshSession', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    configureSessionHooks({ onRefreshed: jest.fn(), onExpired: jest.fn() });
  });

  it('resolves null only when the API refuses the cookie', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'no cookie' }));
    await expect(refreshSession()).resolves.toBeNull();
  });

  it('rejects with NETWORK_ERROR when the network is down, keeping the token (it may still be good)', async () => {
    setAccessToken('x');
    fetchMock.mockRejectedValueOnce(new TypeError('offline'));
    await expect(refreshSession()).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
    expect(getAccessToken()).toBe('x');
  });

  it.each([502, 503, 504, 429])('rejects when the answer is %i, so that nobody is signed out for an outage', async (status) => {
    fetchMock.mockResolvedValueOnce(new Response('', { status }));
    await expect(refreshSession()).rejects.toMatchObject({ status });
  });
});

describe('refreshing in two tabs at once', () => {
  type Client = typeof import('../api-client');
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  let tabs: { client: Client; onExpired: jest.Mock }[];
  let cookie: string;
  let taken: string[];

  /** Two copies of the client (two tabs) sharing one cookie jar: the API spends a refresh token once (a sibling's spent one is refused, 401). */
  beforeEach(async () => {
    cookie = 'c0';
    const spent = new Set<string>();
    taken = [];
    fetchMock.mockReset().mockImplementation(async () => {
      const presented = cookie;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (spent.has(presented)) return jsonResponse(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'spent' });
      spent.add(presented);
      cookie = `c${spent.size}`;
      return jsonResponse(200, session(`token-${cookie}`));
    });
    global.fetch = fetchMock as unknown as typeof fetch;
    tabs = [];
    for (let i = 0; i < 2; i++) {
      await jest.isolateModulesAsync(async () => {
        const client = await import('../api-client');
        const onExpired = jest.fn();
        client.configureSessionHooks({ onRefreshed: jest.fn(), onExpired });
        tabs.push({ client, onExpired });
      });
    }
  });

  afterEach(() => Reflect.deleteProperty(globalThis, 'navigator'));

  /** The browser's Web Locks: one holder of a name at a time, the others queued in order. */
  const installLocks = () => {
    let tail: Promise<unknown> = Promise.resolve();
    const request = (name: string, run: () => Promise<unknown>) => {
      taken.push(name);
      const result = tail.then(run);
      tail = result.catch(() => undefined);
      return result;
    };
    Object.defineProperty(globalThis, 'navigator', { value: { locks: { request } }, configurable: true });
  };

  it('takes turns through the browser-wide lock, so neither tab presents a spent cookie and neither is signed out', async () => {
    installLocks();

    const [a, b] = await Promise.all(tabs.map((tab) => tab.client.refreshSession()));

    expect([a?.accessToken, b?.accessToken].sort()).toEqual(['token-c1', 'token-c2']);
    expect(taken).toEqual(['mandate-session-refresh', 'mandate-session-refresh']);
    expect(tabs.map((tab) => tab.client.getAccessToken()).sort()).toEqual(['token-c1', 'token-c2']);
  });

  it('(the race the lock prevents: without it the second tab presents the spent cookie and is refused)', async () => {
    const results = await Promise.all(tabs.map((tab) => tab.client.refreshSession()));
    expect(results.filter((r) => r === null)).toHaveLength(1);
  });
});

describe('API reachability', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    setAccessToken('t');
  });

  it('is lost on a network failure or a 502/503/504 and back on the next answer, even an error', async () => {
    const states: boolean[] = [];
    const record = async (answer: () => Promise<Response>) => {
      fetchMock.mockImplementationOnce(answer);
      await apiFetch('/board').catch(() => undefined);
      states.push(isApiReachable());
    };

    await record(() => Promise.reject(new TypeError('fetch failed')));
    await record(async () => jsonResponse(404, { statusCode: 404, code: 'NOT_FOUND', message: 'no' }));
    for (const status of [502, 503, 504]) await record(async () => new Response('', { status }));
    await record(async () => jsonResponse(200, {}));

    expect(states).toEqual([false, true, false, false, false, true]);
  });
});

describe('parseErrorResponse', () => {
  it('derives a code from the status when the body is not JSON (a proxy page)', async () => {
    const sut = await parseErrorResponse(new Response('<html>Bad Gateway</html>', { status: 503, statusText: 'Service Unavailable' }));
    expect(sut).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', message: 'Service Unavailable', details: [] });
  });

  it('falls back to UNKNOWN for a status without a mapping, and reads a bare 500 as the server failure it is', async () => {
    expect((await parseErrorResponse(new Response('', { status: 502 }))).code).toBe('UNKNOWN');
    expect((await parseErrorResponse(new Response('', { status: 500 }))).code).toBe('INTERNAL_ERROR');
  });
});

describe('buildUrl', () => {
  it('drops empty values and encodes the rest', () => {
    expect(buildUrl('/audit', { entityType: 'user', cursor: null, action: undefined, q: 'Quảng Ninh', limit: 50 })).toBe('/api/audit?entityType=user&q=Qu%E1%BA%A3ng+Ninh&limit=50');
  });
});
