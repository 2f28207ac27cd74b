import { queryOptions } from '@tanstack/react-query';
import { plansApi } from './plans.api';

export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: () => [...planKeys.lists()] as const,
  details: () => [...planKeys.all, 'detail'] as const,
  detail: (id: string) => [...planKeys.details(), id] as const,
  breakdownPreview: (id: string) => [...planKeys.detail(id), 'breakdown-preview'] as const,
};

/** Key roots of other features' queries that show plans or their packages; their owners keep these names. */
export const PLAN_DEPENDENT_KEYS = [['work-packages'], ['board'], ['deadlines'], ['dashboard']] as const;

export const planQueries = {
  list: () =>
    queryOptions({
      queryKey: planKeys.list(),
      queryFn: ({ signal }) => plansApi.list(signal),
      select: (data) => data.items,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: planKeys.detail(id),
      queryFn: ({ signal }) => plansApi.get(id, signal),
    }),
  // A POST that stores nothing; the editor copies it into local state once, so a background refetch must not happen.
  breakdownPreview: (id: string) =>
    queryOptions({
      queryKey: planKeys.breakdownPreview(id),
      queryFn: ({ signal }) => plansApi.previewBreakdown(id, signal),
      staleTime: Infinity,
      gcTime: 0,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
};
