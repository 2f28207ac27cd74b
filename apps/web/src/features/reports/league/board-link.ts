import type { DeadlineCategory } from '@mandate/domain';

/** Where a drill-down points: the board of the plan with the same department and category (as of today). */
export const boardLink = (planId: string, departmentId: string, category: DeadlineCategory | null): string => {
  const params = new URLSearchParams({ plan: planId, department: departmentId });
  if (category) params.set('category', category);
  return `/board?${params.toString()}`;
};
