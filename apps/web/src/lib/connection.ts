import { useSyncExternalStore } from 'react';

/** No answer (0), or a gateway or the API saying it cannot serve now: the API is out of reach, not the request wrong. */
export const isOutageStatus = (status: number): boolean => status === 0 || status === 502 || status === 503 || status === 504;

let reachable = true;
const listeners = new Set<() => void>();

/** Every API answer (or its absence, status 0) updates whether the API is reachable; listeners hear only changes. */
export const reportApiAnswer = (status: number): void => {
  const next = !isOutageStatus(status);
  if (next === reachable) return;
  reachable = next;
  for (const listener of listeners) listener();
};

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const isApiReachable = (): boolean => reachable;

/** True until an API call fails for want of the API; false again as soon as any call gets through. */
export const useApiReachable = (): boolean => useSyncExternalStore(subscribe, isApiReachable);
