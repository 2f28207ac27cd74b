import type { CaughtMail } from '@mandate/domain';
import { apiFetch, isApiError } from '../../../../lib/api-client';

export const mailApi = {
  list: (signal?: AbortSignal) => apiFetch<{ items: CaughtMail[] }>('/dev/mail', { signal }),
};

/** The API answers 404 in production, as if the route did not exist: the viewer is simply not there. */
export const isMailUnavailable = (error: unknown): boolean => isApiError(error) && error.status === 404;
