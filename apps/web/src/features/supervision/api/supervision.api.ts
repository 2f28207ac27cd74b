import type { Page, SupervisionAttachment, SupervisionKind, SupervisionRequest, SupervisionRequestDetail, SupervisionResponseDays, SupervisionStatus, SupervisionSubjectType } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export interface SupervisionListFilters {
  status?: SupervisionStatus;
  kind?: SupervisionKind;
  /** A department id, or `ubnd`. */
  addresseeDepartmentId?: string;
  subjectId?: string;
  planId?: string;
  overdue?: 'true' | 'false';
  /** Response deadline within [dueFrom, dueTo] (the league table's period). */
  dueFrom?: string;
  dueTo?: string;
  /** The date timeliness is computed for (default today). */
  asOf?: string;
  q?: string;
  limit?: number;
}

export interface NewSupervisionRequest {
  kind: SupervisionKind;
  subject: { type: SupervisionSubjectType; id: string };
  addresseeDepartmentId: string | null;
  content: string;
  dueDate?: string;
}

const base = '/supervision-requests';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** Response files need the bearer token, so a plain link cannot fetch them: download through a blob. */
export const downloadSupervisionFile = async (requestId: string, file: SupervisionAttachment): Promise<void> => {
  const blob = await apiFetch<Blob>(`${one(requestId)}/attachments/${encodeURIComponent(file.id)}`, { responseType: 'blob' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const supervisionApi = {
  list: (filters: SupervisionListFilters, cursor: string | null, signal?: AbortSignal) => apiFetch<Page<SupervisionRequest>>(base, { query: { ...filters, cursor }, signal }),
  /** Every page of a filtered list, capped so a long register cannot stall the screen. */
  listAll: async (filters: SupervisionListFilters, signal?: AbortSignal, maxPages = 10): Promise<SupervisionRequest[]> => {
    const all: SupervisionRequest[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < maxPages; page += 1) {
      const result: Page<SupervisionRequest> = await supervisionApi.list({ limit: 200, ...filters }, cursor, signal);
      all.push(...result.items);
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return all;
  },
  get: (id: string, signal?: AbortSignal) => apiFetch<SupervisionRequestDetail>(one(id), { signal }),
  create: (input: NewSupervisionRequest) => apiFetch<SupervisionRequestDetail>(base, { method: 'POST', body: input }),
  respond: (id: string, input: { content: string; files: File[] }) => {
    const form = new FormData();
    form.set('content', input.content);
    for (const file of input.files) form.append('files', file, file.name);
    return apiFetch<SupervisionRequestDetail>(`${one(id)}/responses`, { method: 'POST', body: form });
  },
  reopen: (id: string, input: { content: string; dueDate: string }) => apiFetch<SupervisionRequestDetail>(`${one(id)}/reopen`, { method: 'POST', body: input }),
  close: (id: string, input: { content?: string }) => apiFetch<SupervisionRequestDetail>(`${one(id)}/close`, { method: 'POST', body: input }),
  settings: (signal?: AbortSignal) => apiFetch<SupervisionResponseDays>('/supervision-settings', { signal }),
  updateSettings: (days: SupervisionResponseDays) => apiFetch<SupervisionResponseDays>('/supervision-settings', { method: 'PUT', body: days }),
};
