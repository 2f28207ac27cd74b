import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string | null;
  /** GET or HEAD: the request reads, and its answer may be cached (ETag) and compressed. */
  reads?: boolean;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const runWithRequestContext = <T>(context: RequestContext, fn: () => T): T => storage.run(context, fn);

/** The id of the HTTP request being served, for the audit log; null in jobs and CLI runs. */
export const currentRequestId = (): string | null => storage.getStore()?.requestId ?? null;

/** Whether the HTTP request being served is a GET or HEAD (false outside a request). */
export const servingARead = (): boolean => storage.getStore()?.reads === true;
