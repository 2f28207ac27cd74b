import type { BoardQuery, DeadlineCategory, Role } from '@mandate/domain';
import { isDeadlineCategory } from '@mandate/domain';
import type { QueryClient } from '@tanstack/react-query';
import { departmentQueries } from '../admin/departments/api/departments.queries';
import { planQueries } from '../plans/api/plans.queries';
import { departmentFilter } from '../work-packages/own-department';
import { boardQueries } from './api/board.queries';

export type BoardLanes = 'none' | 'department' | 'item';
export const isBoardLanes = (value: string | null): value is BoardLanes => value === 'none' || value === 'department' || value === 'item';

export interface BoardFilters {
  lanes: BoardLanes;
  departmentId: string | undefined;
  category: DeadlineCategory | undefined;
  q: string;
}

/** The board's filters as its URL holds them (a department user's board opens on its own department). */
export const boardFiltersOf = (params: URLSearchParams, user: { role: Role; departmentId: string | null }): BoardFilters => {
  const lanes = params.get('lanes');
  const category = params.get('category');
  return {
    lanes: isBoardLanes(lanes) ? lanes : 'none',
    departmentId: departmentFilter(params.get('department'), user),
    category: isDeadlineCategory(category) ? category : undefined,
    q: params.get('q') ?? '',
  };
};

/** What the board asks the API for: one place, so the page and the start-up prefetch share one cache entry. */
export const boardQueryOf = (planId: string, filters: BoardFilters): BoardQuery => ({
  planId,
  groupBy: 'status',
  lanes: filters.lanes === 'none' ? undefined : filters.lanes,
  departmentId: filters.departmentId,
  category: filters.category,
  q: filters.q || undefined,
  cardLimit: 'all',
});

/**
 * Fetches what the board's first screen shows (plans, the board of the plan in the URL or the first one, departments)
 * as soon as the session is known, while the board's code is still downloading, instead of after the page renders.
 */
export async function prefetchBoard(queryClient: QueryClient, params: URLSearchParams, user: { role: Role; departmentId: string | null }): Promise<void> {
  const departments = queryClient.prefetchQuery(departmentQueries.list({ includeInactive: false }));
  const planId = params.get('plan') ?? (await queryClient.fetchQuery(planQueries.list())).items[0]?.id;
  if (planId) await queryClient.prefetchQuery(boardQueries.board(boardQueryOf(planId, boardFiltersOf(params, user))));
  await departments;
}
