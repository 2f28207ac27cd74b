import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ConfirmedPackage, plansApi } from './plans.api';
import { PLAN_DEPENDENT_KEYS, planKeys } from './plans.queries';

/** Creates the packages; the plan's package counts and any package lists are stale afterwards, whatever the outcome. */
export const useConfirmBreakdown = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (packages: ConfirmedPackage[]) => plansApi.confirmBreakdown(planId, packages),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.detail(planId) }),
        ...PLAN_DEPENDENT_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ]),
  });
};
