import type { DeadlineSummary } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export const deadlinesApi = {
  summary: (planId: string, asOf: string | undefined, signal?: AbortSignal) => apiFetch<DeadlineSummary>('/deadlines/summary', { query: { planId, asOf }, signal }),
};
