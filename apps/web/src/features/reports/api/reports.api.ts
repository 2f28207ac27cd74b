import type { DeadlineCategory, ExportJobStatus, PeriodicReport, PlanPublication, PublicPlanSummary } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export interface AppendixFilters {
  asOf?: string;
  departmentId?: string;
  category?: DeadlineCategory;
  q?: string;
}

/** An export answer: the file, or (202) a job to poll. */
export type ExportAnswer = { kind: 'file'; blob: Blob } | { kind: 'job'; status: ExportJobStatus };

const asAnswer = async (blob: Blob): Promise<ExportAnswer> =>
  blob.type.includes('application/json') ? { kind: 'job', status: JSON.parse(await blob.text()) as ExportJobStatus } : { kind: 'file', blob };

export const reportsApi = {
  appendix: async (planId: string, filters: AppendixFilters): Promise<ExportAnswer> =>
    asAnswer(await apiFetch<Blob>(`/plans/${encodeURIComponent(planId)}/export.xlsx`, { query: { ...filters }, responseType: 'blob' })),
  exportJob: async (jobId: string): Promise<ExportAnswer> => asAnswer(await apiFetch<Blob>(`/exports/${encodeURIComponent(jobId)}`, { responseType: 'blob' })),
  periodic: (planId: string, period: string, cutOff: string | undefined, signal?: AbortSignal) =>
    apiFetch<PeriodicReport>(`/plans/${encodeURIComponent(planId)}/reports/periodic`, { query: { period, cutOff }, signal }),
  periodicFile: (planId: string, period: string, cutOff: string | undefined, format: 'xlsx' | 'docx') =>
    apiFetch<Blob>(`/plans/${encodeURIComponent(planId)}/reports/periodic.${format}`, { query: { period, cutOff }, responseType: 'blob' }),
  publication: (planId: string, signal?: AbortSignal) => apiFetch<PlanPublication>(`/plans/${encodeURIComponent(planId)}/publication`, { signal }),
  setPublication: (planId: string, published: boolean) => apiFetch<PlanPublication>(`/plans/${encodeURIComponent(planId)}/publication`, { method: 'PUT', body: { published } }),
  publicPlan: (planId: string, signal?: AbortSignal) => apiFetch<PublicPlanSummary>(`/public/plans/${encodeURIComponent(planId)}`, { signal }),
};
