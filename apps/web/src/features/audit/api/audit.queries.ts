import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type AuditListFilters, auditApi } from './audit.api';

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (filters: AuditListFilters, cursor: string | null) => [...auditKeys.lists(), { ...filters, cursor }] as const,
  details: () => [...auditKeys.all, 'detail'] as const,
  detail: (id: string) => [...auditKeys.details(), id] as const,
  actors: () => [...auditKeys.all, 'actors'] as const,
};

export const auditQueries = {
  list: (filters: AuditListFilters, cursor: string | null) =>
    queryOptions({
      queryKey: auditKeys.list(filters, cursor),
      queryFn: ({ signal }) => auditApi.list(filters, cursor, signal),
      // Keep the current page on screen while the next one loads.
      placeholderData: keepPreviousData,
    }),
  actors: () =>
    queryOptions({
      queryKey: auditKeys.actors(),
      queryFn: async ({ signal }) => (await auditApi.actors(signal)).items,
    }),
};
