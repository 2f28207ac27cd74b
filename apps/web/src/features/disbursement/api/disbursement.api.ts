import type {
  DisbursementImportPreview,
  DisbursementImportResult,
  DisbursementMilestone,
  DisbursementOverviewResponse,
  DisbursementProject,
  DisbursementProjectFilter,
  DisbursementProjectPage,
  DisbursementSettings,
  DisbursementSummary,
} from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

const formOf = (file: File): FormData => {
  const form = new FormData();
  form.append('file', file);
  return form;
};

/** Rows of the projects table on one page. */
export const DISBURSEMENT_TABLE_PAGE = 25;

export interface NewDisbursementProject {
  code: string;
  name: string;
  investorDepartmentId: string;
  capitalSource: string;
  allocated: number;
}

export const disbursementApi = {
  /** Plan-wide figures, months, investors and the first page of projects with their counts. */
  overview: (planId: string, signal?: AbortSignal) => apiFetch<DisbursementOverviewResponse>(`/plans/${planId}/disbursement`, { signal }),
  /** A page of the projects table; `cursor` is the `nextCursor` of the page before. */
  projects: (planId: string, filter: DisbursementProjectFilter, cursor: string | null, signal?: AbortSignal) =>
    apiFetch<DisbursementProjectPage>(`/plans/${planId}/disbursement/projects`, { query: { ...filter, cursor, limit: DISBURSEMENT_TABLE_PAGE }, signal }),
  summary: (planId: string, signal?: AbortSignal) => apiFetch<DisbursementSummary>(`/plans/${planId}/disbursement/summary`, { signal }),
  /** The projects table as an Excel sheet, judged at the same month as the page. */
  workbook: (planId: string) => apiFetch<Blob>(`/plans/${planId}/disbursement.xlsx`, { responseType: 'blob' }),
  template: (planId: string) => apiFetch<Blob>(`/plans/${planId}/disbursement/template.xlsx`, { responseType: 'blob' }),
  preview: (planId: string, file: File) => apiFetch<DisbursementImportPreview>(`/plans/${planId}/disbursement/import/preview`, { method: 'POST', body: formOf(file) }),
  import: (planId: string, file: File) => apiFetch<DisbursementImportResult>(`/plans/${planId}/disbursement/import`, { method: 'POST', body: formOf(file) }),
  updateSettings: (planId: string, input: { milestones: DisbursementMilestone[]; version: number }) => apiFetch<DisbursementSettings>(`/plans/${planId}/disbursement/settings`, { method: 'PUT', body: input }),
  createProject: (planId: string, input: NewDisbursementProject) => apiFetch<DisbursementProject>(`/plans/${planId}/disbursement/projects`, { method: 'POST', body: input }),
  setFigure: (projectId: string, month: string, input: { cumulative: number; version: number }) => apiFetch<DisbursementProject>(`/disbursement-projects/${projectId}/figures/${month}`, { method: 'PUT', body: input }),
};
