import { queryOptions } from '@tanstack/react-query';
import { usersApi } from './users.api';

// The API lists every user at once; filters (role, department) are applied on screen.
export type UserListFilters = Record<string, never>;

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserListFilters = {}) => [...userKeys.lists(), filters] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (id: string) => [...userKeys.details(), id] as const,
};

export const userQueries = {
  list: () =>
    queryOptions({
      queryKey: userKeys.list(),
      queryFn: ({ signal }) => usersApi.list(signal),
      select: (data) => data.items,
    }),
};
