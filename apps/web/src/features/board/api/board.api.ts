import type { DeadlineCategory, WorkPackageStatus } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export type BoardGroupBy = 'status' | 'department' | 'item';

export interface BoardCard {
  id: string;
  title: string;
  status: WorkPackageStatus;
  category: DeadlineCategory;
  dueDate: string | null;
  leadDepartmentId: string;
  progress: number;
  version: number;
  itemRef?: string | null;
}

export interface BoardColumn {
  key: string;
  title: string;
  count: number;
  cards: BoardCard[];
}

export interface Board {
  columns: BoardColumn[];
}

export interface BoardQuery {
  planId: string;
  groupBy: BoardGroupBy;
  departmentId?: string;
  q?: string;
  /** Cards per column the API sends (its default is 50); counts are always complete. */
  cardLimit?: number;
}

export const boardApi = {
  get: (query: BoardQuery, signal?: AbortSignal) => apiFetch<Board>('/board', { query: { ...query }, signal }),
};
