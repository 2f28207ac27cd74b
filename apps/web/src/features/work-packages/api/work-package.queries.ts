import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type WorkPackageListFilters, workPackagesApi } from './work-packages.api';

export const workPackageKeys = {
  all: ['work-packages'] as const,
  lists: () => [...workPackageKeys.all, 'list'] as const,
  list: (filters: WorkPackageListFilters) => [...workPackageKeys.lists(), filters] as const,
  details: () => [...workPackageKeys.all, 'detail'] as const,
  detail: (id: string) => [...workPackageKeys.details(), id] as const,
  comments: (id: string) => [...workPackageKeys.detail(id), 'comments'] as const,
  reports: (id: string) => [...workPackageKeys.detail(id), 'progress-reports'] as const,
  history: (id: string) => [...workPackageKeys.detail(id), 'history'] as const,
  extensions: (id: string) => [...workPackageKeys.detail(id), 'extensions'] as const,
  children: (id: string) => [...workPackageKeys.detail(id), 'children'] as const,
  assignableUsers: () => [...workPackageKeys.all, 'assignable-users'] as const,
};

export const workPackageQueries = {
  /** All pages of a filtered list (calendar, timeline, deadline tabs). */
  list: (filters: WorkPackageListFilters) =>
    queryOptions({
      queryKey: workPackageKeys.list(filters),
      queryFn: ({ signal }) => workPackagesApi.listAll(filters, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: workPackageKeys.detail(id),
      queryFn: ({ signal }) => workPackagesApi.get(id, signal),
    }),
  comments: (id: string) =>
    queryOptions({
      queryKey: workPackageKeys.comments(id),
      queryFn: async ({ signal }) => (await workPackagesApi.comments(id, signal)).items,
    }),
  reports: (id: string) =>
    queryOptions({
      queryKey: workPackageKeys.reports(id),
      queryFn: async ({ signal }) => (await workPackagesApi.reports(id, signal)).items,
    }),
  extensions: (id: string) =>
    queryOptions({
      queryKey: workPackageKeys.extensions(id),
      queryFn: async ({ signal }) => (await workPackagesApi.extensions(id, signal)).items,
    }),
  children: (id: string) =>
    queryOptions({
      queryKey: workPackageKeys.children(id),
      queryFn: async ({ signal }) => (await workPackagesApi.children(id, signal)).items,
    }),
  assignableUsers: () =>
    queryOptions({
      queryKey: workPackageKeys.assignableUsers(),
      queryFn: async ({ signal }) => (await workPackagesApi.assignableUsers(signal)).items,
      staleTime: 5 * 60_000,
    }),
  history: (id: string) =>
    queryOptions({
      queryKey: workPackageKeys.history(id),
      queryFn: async ({ signal }) => (await workPackagesApi.history(id, null, signal)).items,
    }),
};
