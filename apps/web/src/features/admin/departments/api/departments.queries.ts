import { queryOptions } from '@tanstack/react-query';
import { type DepartmentListFilters, departmentsApi } from './departments.api';

export const departmentKeys = {
  all: ['departments'] as const,
  lists: () => [...departmentKeys.all, 'list'] as const,
  list: (filters: DepartmentListFilters) => [...departmentKeys.lists(), filters] as const,
  details: () => [...departmentKeys.all, 'detail'] as const,
  detail: (id: string) => [...departmentKeys.details(), id] as const,
};

export const departmentQueries = {
  list: (filters: DepartmentListFilters) =>
    queryOptions({
      queryKey: departmentKeys.list(filters),
      queryFn: ({ signal }) => departmentsApi.list(filters, signal),
      select: (data) => data.items,
    }),
};
