import { apiFetch } from '../../../../lib/api-client';

export interface QueueCounts {
  name: string;
  waiting: number;
  delayed: number;
  active: number;
  completed: number;
  failed: number;
}

export interface FailedJob {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  timestamp: number;
}

export interface QueuesOverview {
  queues: QueueCounts[];
  failures: FailedJob[];
}

export const queuesApi = {
  overview: (signal?: AbortSignal) => apiFetch<QueuesOverview>('/admin/queues', { signal }),
  retry: (queue: string, jobId: string) => apiFetch<{ queue: string; id: string; state: string }>(`/admin/queues/${encodeURIComponent(queue)}/jobs/${encodeURIComponent(jobId)}/retry`, { method: 'POST' }),
};
