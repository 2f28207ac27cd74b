import { apiFetch, isApiError } from '../../../../lib/api-client';

/** One message the API's local mail catcher received (GET /api/dev/mail, dev and test only). */
export interface CaughtMail {
  id: string;
  from: string | null;
  to: string[];
  subject: string | null;
  text: string;
  /** ISO instant. */
  receivedAt: string;
}

export const mailApi = {
  list: (signal?: AbortSignal) => apiFetch<{ items: CaughtMail[] }>('/dev/mail', { signal }),
};

/** The API answers 404 in production, as if the route did not exist: the viewer is simply not there. */
export const isMailUnavailable = (error: unknown): boolean => isApiError(error) && error.status === 404;
