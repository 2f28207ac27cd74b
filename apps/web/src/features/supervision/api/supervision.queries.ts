import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type SupervisionListFilters, supervisionApi } from './supervision.api';

export const supervisionKeys = {
  all: ['supervision'] as const,
  lists: () => [...supervisionKeys.all, 'list'] as const,
  list: (filters: SupervisionListFilters) => [...supervisionKeys.lists(), filters] as const,
  detail: (id: string) => [...supervisionKeys.all, 'detail', id] as const,
  settings: () => [...supervisionKeys.all, 'settings'] as const,
};

export const supervisionQueries = {
  list: (filters: SupervisionListFilters) =>
    queryOptions({
      queryKey: supervisionKeys.list(filters),
      queryFn: ({ signal }) => supervisionApi.listAll(filters, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: supervisionKeys.detail(id),
      queryFn: ({ signal }) => supervisionApi.get(id, signal),
    }),
  settings: () =>
    queryOptions({
      queryKey: supervisionKeys.settings(),
      queryFn: ({ signal }) => supervisionApi.settings(signal),
      staleTime: 60_000,
    }),
};
