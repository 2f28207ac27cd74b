import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PLAN_DEPENDENT_KEYS, planKeys } from '../../plans/api/plans.queries';
import { importApi, type PlanSource } from './import.api';

/** The preview stores nothing, so there is nothing to invalidate. */
export const usePreviewPlan = () => useMutation({ mutationFn: (source: PlanSource) => importApi.preview(source) });

export const useImportPlan = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (source: PlanSource) => importApi.create(source),
    // A 409 means another person imported it meanwhile: the list is stale either way.
    onSettled: () => Promise.all([planKeys.all, ...PLAN_DEPENDENT_KEYS].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
};
