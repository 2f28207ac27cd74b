import type { Department, DepartmentKind, ItemList } from '@mandate/domain';
import { apiFetch } from '../../../../lib/api-client';

/** A department as the API returns it, with the version that guards concurrent edits. */
export type DepartmentRecord = Department & { version: number };

export interface DepartmentListFilters {
  includeInactive: boolean;
}

export interface CreateDepartmentInput {
  code: string;
  name: string;
  kind: DepartmentKind;
}

export interface UpdateDepartmentInput {
  name?: string;
  kind?: DepartmentKind;
  active?: boolean;
  version: number;
}

export const departmentsApi = {
  list: (filters: DepartmentListFilters, signal?: AbortSignal) =>
    apiFetch<ItemList<DepartmentRecord>>('/departments', { query: { includeInactive: filters.includeInactive || undefined }, signal }),
  create: (input: CreateDepartmentInput) => apiFetch<DepartmentRecord>('/departments', { method: 'POST', body: input }),
  update: (id: string, input: UpdateDepartmentInput) => apiFetch<DepartmentRecord>(`/departments/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
};
