import type { LoginResponse, SessionUser } from '@mandate/domain';
import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject } from 'react-router';

/** What a route tells the start-up about itself (its `handle`): its chunk, and the data its first screen shows. */
export interface ScreenHandle {
  preload?: () => Promise<unknown>;
  prefetch?: (queryClient: QueryClient, params: URLSearchParams, user: SessionUser) => Promise<unknown>;
}

interface FirstScreen {
  routes: RouteObject[];
  location: { pathname: string; search: string };
  queryClient: QueryClient;
  /** The session's restore, started before the first render. */
  session: Promise<LoginResponse | null>;
}

/**
 * A cold load of a deep link (a bookmarked board) would otherwise run one step after another: the entry renders, the
 * session is restored, the frame's chunk loads and renders, the screen's chunk loads and renders, then its queries
 * start, the board's only once the plan list is back. Here, at start-up, the chunks of every route the address matches
 * are fetched while the session is restored, and the screen's data as soon as the session is known.
 */
export function startFirstScreen({ routes, location, queryClient, session }: FirstScreen): void {
  const handles = (matchRoutes(routes, location.pathname) ?? []).map((match) => match.route.handle as ScreenHandle | undefined);
  for (const handle of handles) void handle?.preload?.().catch(() => undefined);
  const params = new URLSearchParams(location.search);
  void session
    .then((restored) => {
      if (!restored) return;
      for (const handle of handles) void handle?.prefetch?.(queryClient, params, restored.user).catch(() => undefined);
    })
    .catch(() => undefined);
}
