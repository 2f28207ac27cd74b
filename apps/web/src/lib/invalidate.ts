import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isVersionConflict } from './error-message';

/**
 * Invalidates what a mutation touched. After a version conflict met in an open form the queries are
 * only marked stale: refetching at once would remount the form and silently drop what the user typed;
 * the form's "Reload" button fetches the other person's version instead.
 */
export const invalidateAfterMutation = async (queryClient: QueryClient, keys: QueryKey[], error: unknown, fromForm: boolean): Promise<void> => {
  const refetchType = fromForm && isVersionConflict(error) ? 'none' : 'active';
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey, refetchType })));
};
