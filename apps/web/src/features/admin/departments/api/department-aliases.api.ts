import type { AgencyMatch, DepartmentAlias, ItemList } from '@mandate/domain';
import { apiFetch } from '../../../../lib/api-client';

export interface CreateDepartmentAliasInput {
  alias: string;
  departmentId: string;
}

export const departmentAliasesApi = {
  list: (signal?: AbortSignal) => apiFetch<ItemList<DepartmentAlias>>('/department-aliases', { signal }),
  create: (input: CreateDepartmentAliasInput) => apiFetch<DepartmentAlias>('/department-aliases', { method: 'POST', body: input }),
  remove: (id: string) => apiFetch<void>(`/department-aliases/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  match: (names: readonly string[], signal?: AbortSignal) => apiFetch<ItemList<AgencyMatch>>('/departments/match', { method: 'POST', body: { names }, signal }),
};
