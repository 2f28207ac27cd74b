import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const runWithRequestContext = <T>(context: RequestContext, fn: () => T): T => storage.run(context, fn);

/** The id of the HTTP request being served, for the audit log; null in jobs and CLI runs. */
export const currentRequestId = (): string | null => storage.getStore()?.requestId ?? null;
