import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { DisbursementMilestone, DisbursementProjectFilter } from '@mandate/domain';
import { invalidateAfterMutation } from '../../../lib/invalidate';
import { auditKeys } from '../../audit/api/audit.queries';
import { disbursementApi, type NewDisbursementProject } from './disbursement.api';

export const disbursementKeys = {
  all: ['disbursement'] as const,
  plan: (planId: string) => [...disbursementKeys.all, planId] as const,
  overview: (planId: string) => [...disbursementKeys.plan(planId), 'overview'] as const,
  summary: (planId: string) => [...disbursementKeys.plan(planId), 'summary'] as const,
  projects: (planId: string, filter: DisbursementProjectFilter, cursor: string | null) => [...disbursementKeys.plan(planId), 'projects', { ...filter, cursor }] as const,
};

export const disbursementQueries = {
  overview: (planId: string) => queryOptions({ queryKey: disbursementKeys.overview(planId), queryFn: ({ signal }) => disbursementApi.overview(planId, signal) }),
  summary: (planId: string) => queryOptions({ queryKey: disbursementKeys.summary(planId), queryFn: ({ signal }) => disbursementApi.summary(planId, signal) }),
  projects: (planId: string, filter: DisbursementProjectFilter, cursor: string | null) =>
    queryOptions({
      queryKey: disbursementKeys.projects(planId, filter, cursor),
      queryFn: ({ signal }) => disbursementApi.projects(planId, filter, cursor, signal),
      // Keep the current page on screen while the next one loads.
      placeholderData: keepPreviousData,
    }),
};

/** Every disbursement write changes the plan's figures and its audit trail. */
const useInvalidatePlan = (planId: string, fromForm: boolean) => {
  const queryClient = useQueryClient();
  return (error: unknown) => invalidateAfterMutation(queryClient, [disbursementKeys.plan(planId), auditKeys.all], error, fromForm);
};

export const useImportDisbursement = (planId: string) => {
  const invalidate = useInvalidatePlan(planId, false);
  return useMutation({ mutationFn: (file: File) => disbursementApi.import(planId, file), onSettled: (_data, error) => invalidate(error) });
};

export const useUpdateMilestones = (planId: string) => {
  const invalidate = useInvalidatePlan(planId, true);
  return useMutation({ mutationFn: (input: { milestones: DisbursementMilestone[]; version: number }) => disbursementApi.updateSettings(planId, input), onSettled: (_data, error) => invalidate(error) });
};

export const useSetDisbursementFigure = (planId: string) => {
  const invalidate = useInvalidatePlan(planId, true);
  return useMutation({ mutationFn: (input: { projectId: string; month: string; cumulative: number; version: number }) => disbursementApi.setFigure(input.projectId, input.month, { cumulative: input.cumulative, version: input.version }), onSettled: (_data, error) => invalidate(error) });
};

export const useCreateDisbursementProject = (planId: string) => {
  const invalidate = useInvalidatePlan(planId, true);
  return useMutation({ mutationFn: (input: NewDisbursementProject) => disbursementApi.createProject(planId, input), onSettled: (_data, error) => invalidate(error) });
};
