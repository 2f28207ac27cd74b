import type { FailedJob, QueueCounts, QueuesOverview } from '@mandate/domain';
import { apiFetch } from '../../../../lib/api-client';

export type { FailedJob, QueueCounts, QueuesOverview };

export const queuesApi = {
  overview: (signal?: AbortSignal) => apiFetch<QueuesOverview>('/admin/queues', { signal }),
  retry: (queue: string, jobId: string) => apiFetch<{ queue: string; id: string; state: string }>(`/admin/queues/${encodeURIComponent(queue)}/jobs/${encodeURIComponent(jobId)}/retry`, { method: 'POST' }),
};
