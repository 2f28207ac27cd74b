import { queryOptions } from '@tanstack/react-query';
import { indicatorsApi } from './indicators.api';

export const indicatorKeys = {
  all: ['indicators'] as const,
  lists: () => [...indicatorKeys.all, 'list'] as const,
  list: (planId: string) => [...indicatorKeys.lists(), planId] as const,
  details: () => [...indicatorKeys.all, 'detail'] as const,
  detail: (id: string) => [...indicatorKeys.details(), id] as const,
  reportSettings: () => [...indicatorKeys.all, 'report-settings'] as const,
};

export const indicatorQueries = {
  list: (planId: string) =>
    queryOptions({
      queryKey: indicatorKeys.list(planId),
      queryFn: ({ signal }) => indicatorsApi.list(planId, signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: indicatorKeys.detail(id),
      queryFn: ({ signal }) => indicatorsApi.get(id, signal),
    }),
  reportSettings: () =>
    queryOptions({
      queryKey: indicatorKeys.reportSettings(),
      queryFn: ({ signal }) => indicatorsApi.reportSettings(signal),
    }),
};
