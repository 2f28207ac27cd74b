import { queryOptions } from '@tanstack/react-query';
import { deadlinesApi } from './deadlines.api';

export const deadlineKeys = {
  all: ['deadlines'] as const,
  summaries: () => [...deadlineKeys.all, 'summary'] as const,
  summary: (planId: string, asOf?: string) => [...deadlineKeys.summaries(), { planId, asOf }] as const,
};

export const deadlineQueries = {
  summary: (planId: string, asOf?: string) =>
    queryOptions({
      queryKey: deadlineKeys.summary(planId, asOf),
      queryFn: ({ signal }) => deadlinesApi.summary(planId, asOf, signal),
    }),
};
