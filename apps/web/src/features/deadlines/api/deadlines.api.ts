import type { DeadlineCategory } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export type CategoryCounts = Partial<Record<DeadlineCategory, number>>;

export interface DeadlineSummary {
  asOf: string;
  total: number;
  byCategory: CategoryCounts;
  byDepartment: { departmentId: string; byCategory: CategoryCounts }[];
}

export const deadlinesApi = {
  summary: (planId: string, asOf: string | undefined, signal?: AbortSignal) => apiFetch<DeadlineSummary>('/deadlines/summary', { query: { planId, asOf }, signal }),
};
