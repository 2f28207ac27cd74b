import { queryOptions } from '@tanstack/react-query';
import { homeApi } from './home.api';

// Under 'dashboard', one of PLAN_DEPENDENT_KEYS: importing or breaking down a plan refreshes the home page.
export const homeKeys = {
  all: ['dashboard', 'home'] as const,
  home: (planId?: string) => [...homeKeys.all, { planId }] as const,
};

export const homeQueries = {
  home: (planId?: string) =>
    queryOptions({
      queryKey: homeKeys.home(planId),
      queryFn: ({ signal }) => homeApi.get(planId, signal),
    }),
};
