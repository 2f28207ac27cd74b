import { queryOptions } from '@tanstack/react-query';
import { isMailUnavailable, mailApi } from './mail.api';

const REFRESH_MS = 15_000;

export const mailKeys = {
  all: ['admin', 'dev-mail'] as const,
  list: () => [...mailKeys.all, 'list'] as const,
};

export const mailQueries = {
  /** Polls every 15 s while the page is open; stops once the API said 404 (production). */
  list: () =>
    queryOptions({
      queryKey: mailKeys.list(),
      queryFn: ({ signal }) => mailApi.list(signal),
      select: (data) => data.items,
      refetchInterval: (query) => (isMailUnavailable(query.state.error) ? false : REFRESH_MS),
    }),
  /** Whether the viewer exists here; the navigation asks once and shares the page's cache entry. */
  available: () =>
    queryOptions({
      queryKey: mailKeys.list(),
      queryFn: ({ signal }) => mailApi.list(signal),
      select: () => true,
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
};
