import { type ApiErrorCode as ServerErrorCode, type FieldProblem, genericErrorCodeOf, isApiErrorCode, type LoginResponse } from '@mandate/domain';
import { isOutageStatus, reportApiAnswer } from './connection';

/** Codes the web adds for failures that never reached the API's error mapper. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN';
export type ApiErrorCode = ServerErrorCode | ClientErrorCode;

/** The one error every API call rejects with: the body `{statusCode, code, message, details}` parsed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

const API_BASE = '/api';
const REFRESH_PATH = '/auth/refresh';
// These answer 401 for reasons a refresh cannot fix (bad credentials, no cookie).
const NO_RETRY_PATHS = new Set(['/auth/login', REFRESH_PATH, '/auth/logout']);

interface SessionHooks {
  onRefreshed: (response: LoginResponse) => void;
  onExpired: () => void;
}

let accessToken: string | null = null;
let refreshInFlight: Promise<LoginResponse | null> | null = null;
let hooks: SessionHooks = { onRefreshed: () => undefined, onExpired: () => undefined };

/** The access token lives in memory only; the refresh token is an httpOnly cookie the browser keeps. */
export const setAccessToken = (token: string | null): void => {
  accessToken = token;
};
export const getAccessToken = (): string | null => accessToken;

export const configureSessionHooks = (next: SessionHooks): void => {
  hooks = next;
};

const isFieldProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldProblem).field === 'string' &&
  typeof (value as FieldProblem).message === 'string';

/** Builds an ApiError from any response, including proxies' HTML error pages. */
export const parseErrorResponse = async (response: Response): Promise<ApiError> => {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = isApiErrorCode(record['code']) ? record['code'] : (genericErrorCodeOf(response.status) ?? 'UNKNOWN');
  const message = typeof record['message'] === 'string' ? record['message'] : response.statusText || `HTTP ${response.status}`;
  const details = Array.isArray(record['details']) ? record['details'].filter(isFieldProblem) : [];
  return new ApiError(response.status, code, message, details);
};

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON, except a `FormData`, which goes as multipart. */
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** `'blob'` resolves with the raw body (file downloads) instead of parsed JSON. */
  responseType?: 'json' | 'blob';
}

export const buildUrl = (path: string, query?: Record<string, QueryValue>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
};

const send = async (path: string, options: ApiRequestOptions): Promise<Response> => {
  const headers: Record<string, string> = { Accept: options.responseType === 'blob' ? '*/*' : 'application/json', ...options.headers };
  // Multipart goes without a Content-Type: the browser writes it with the boundary.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (accessToken) headers['Authorization'] = `Bearer ${accessToken}`;
  try {
    const response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
    reportApiAnswer(response.status);
    return response;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    reportApiAnswer(0);
    throw new ApiError(0, 'NETWORK_ERROR', error instanceof Error ? error.message : 'Network error');
  }
};

const readBody = async <T>(response: Response): Promise<T> => {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
};

/** The name of the lock every tab of this browser takes to refresh: they share the refresh cookie. */
export const REFRESH_LOCK = 'mandate-session-refresh';

/**
 * Runs a refresh while holding the browser-wide refresh lock (Web Locks API), so tabs refresh one after another:
 * the cookie rotates, and a tab presenting the token its sibling has just spent is refused (the API answers 401),
 * which would sign that tab out. Where the API is missing (old browsers, tests) it runs at once.
 */
const oneTabAtATime = <T>(run: () => Promise<T>): Promise<T> =>
  // request() resolves with what the callback's promise resolves with (lib.dom types it as the promise itself).
  typeof navigator !== 'undefined' && navigator.locks ? (navigator.locks.request(REFRESH_LOCK, run) as Promise<unknown> as Promise<T>) : run();

/**
 * Trades the refresh cookie for a new access token: the session, or null when the API refused the cookie (sign in
 * again). Rejects with an ApiError when the API could not answer (network, 502/503/504, throttled): that says nothing
 * about the session, so callers retry instead of signing the user out. Concurrent callers in a tab share one request
 * and tabs take turns: the cookie rotates, so a second parallel refresh would present an already-used token.
 */
export const refreshSession = (): Promise<LoginResponse | null> => {
  refreshInFlight ??= oneTabAtATime(async () => {
    const response = await send(REFRESH_PATH, { method: 'POST' });
    if (isOutageStatus(response.status) || response.status === 429) throw await parseErrorResponse(response);
    if (!response.ok) {
      setAccessToken(null);
      return null;
    }
    const session = await readBody<LoginResponse>(response);
    setAccessToken(session.accessToken);
    hooks.onRefreshed(session);
    return session;
  }).finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
};

/** The one way the web talks to the API: JSON (or multipart) in, JSON (or a Blob) out, bearer token, one silent refresh-and-retry on 401. */
export const apiFetch = async <T>(path: string, options: ApiRequestOptions = {}): Promise<T> => {
  const sentWith = accessToken;
  let response = await send(path, options);
  if (response.status === 401 && !NO_RETRY_PATHS.has(path)) {
    // A call that left before a sibling's refresh and came back 401 after it retries with the new token: no second refresh.
    const refreshedMeanwhile = accessToken !== null && accessToken !== sentWith;
    const session = refreshedMeanwhile || (await refreshSession());
    if (session) {
      response = await send(path, options);
    } else {
      hooks.onExpired();
    }
  }
  if (!response.ok) throw await parseErrorResponse(response);
  if (options.responseType === 'blob') return (await response.blob()) as T;
  return readBody<T>(response);
};
