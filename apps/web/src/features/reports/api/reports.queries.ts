import { queryOptions } from '@tanstack/react-query';
import { reportsApi } from './reports.api';

export const reportKeys = {
  all: ['reports'] as const,
  periodic: (planId: string, period: string, cutOff: string | undefined) => [...reportKeys.all, 'periodic', { planId, period, cutOff }] as const,
  publication: (planId: string) => [...reportKeys.all, 'publication', planId] as const,
  publicPlan: (planId: string) => [...reportKeys.all, 'public', planId] as const,
};

export const reportQueries = {
  periodic: (planId: string, period: string, cutOff: string | undefined) =>
    queryOptions({ queryKey: reportKeys.periodic(planId, period, cutOff), queryFn: ({ signal }) => reportsApi.periodic(planId, period, cutOff, signal) }),
  publication: (planId: string) => queryOptions({ queryKey: reportKeys.publication(planId), queryFn: ({ signal }) => reportsApi.publication(planId, signal) }),
  publicPlan: (planId: string) => queryOptions({ queryKey: reportKeys.publicPlan(planId), queryFn: ({ signal }) => reportsApi.publicPlan(planId, signal), retry: false }),
};
