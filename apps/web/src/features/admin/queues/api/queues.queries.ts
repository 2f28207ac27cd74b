import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { queuesApi } from './queues.api';

const REFRESH_MS = 10_000;

export const queueKeys = {
  all: ['admin', 'queues'] as const,
  overview: () => [...queueKeys.all, 'overview'] as const,
};

export const queueQueries = {
  overview: () =>
    queryOptions({
      queryKey: queueKeys.overview(),
      queryFn: ({ signal }) => queuesApi.overview(signal),
      refetchInterval: REFRESH_MS,
    }),
};

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ queue, jobId }: { queue: string; jobId: string }) => queuesApi.retry(queue, jobId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.overview() }),
  });
}
