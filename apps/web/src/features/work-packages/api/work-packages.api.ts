import type {
  AssignableUser,
  Attachment,
  DeadlineExtensionRequest,
  AuditEvent,
  DeadlineCategory,
  ItemList,
  MovedWorkPackage,
  Page,
  ProgressReport,
  TransitionInput,
  WorkPackage,
  WorkPackageComment,
  WorkPackageDetail,
  WorkPackageInput,
  WorkPackageStatus,
} from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

export interface WorkPackageListFilters {
  planId?: string;
  departmentId?: string;
  status?: WorkPackageStatus;
  category?: DeadlineCategory;
  q?: string;
  dueFrom?: string;
  dueTo?: string;
  asOf?: string;
  limit?: number;
}

/** The fields an edit sends: only those changed. */
export type WorkPackageChanges = Partial<Pick<WorkPackageInput, 'title' | 'leadDepartmentId' | 'cooperatingDepartmentIds' | 'assigneeIds' | 'startDate' | 'dueDate' | 'priority' | 'expectedOutput' | 'progress' | 'parentId' | 'indicatorId'>>;

export interface ExtensionDecision {
  approve: boolean;
  note?: string;
  dueDate?: string;
}

export interface NewProgressReport {
  progress: number;
  summary: string;
  files: File[];
}

const wp = (id: string) => `/work-packages/${encodeURIComponent(id)}`;

/** Evidence needs the bearer token, so a plain link cannot fetch it: download through a blob. */
export const downloadAttachment = async (attachment: Attachment): Promise<void> => {
  saveBlob(await apiFetch<Blob>(`/attachments/${encodeURIComponent(attachment.id)}`, { responseType: 'blob' }), attachment.fileName);
};

export const workPackagesApi = {
  list: (filters: WorkPackageListFilters, cursor: string | null, signal?: AbortSignal) =>
    apiFetch<Page<WorkPackage>>('/work-packages', { query: { ...filters, cursor }, signal }),
  /** Every page of a filtered list, capped so a huge plan cannot stall the screen. */
  listAll: async (filters: WorkPackageListFilters, signal?: AbortSignal, maxPages = 10): Promise<WorkPackage[]> => {
    const all: WorkPackage[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < maxPages; page += 1) {
      const result: Page<WorkPackage> = await workPackagesApi.list({ limit: 200, ...filters }, cursor, signal);
      all.push(...result.items);
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return all;
  },
  get: (id: string, signal?: AbortSignal) => apiFetch<WorkPackageDetail>(wp(id), { signal }),
  transition: (id: string, input: TransitionInput) => apiFetch<MovedWorkPackage>(`${wp(id)}/transitions`, { method: 'POST', body: input }),
  comments: (id: string, signal?: AbortSignal) => apiFetch<ItemList<WorkPackageComment>>(`${wp(id)}/comments`, { signal }),
  addComment: (id: string, body: string) => apiFetch<WorkPackageComment>(`${wp(id)}/comments`, { method: 'POST', body: { body } }),
  reports: (id: string, signal?: AbortSignal) => apiFetch<ItemList<ProgressReport>>(`${wp(id)}/progress-reports`, { signal }),
  addReport: (id: string, input: NewProgressReport) => {
    const form = new FormData();
    form.set('progress', String(input.progress));
    form.set('summary', input.summary);
    for (const file of input.files) form.append('files', file, file.name);
    return apiFetch<ProgressReport>(`${wp(id)}/progress-reports`, { method: 'POST', body: form });
  },
  /** `If-Match` carries the version the form was opened on: someone else's save in between is a 409. */
  create: (input: WorkPackageInput) => apiFetch<WorkPackageDetail>('/work-packages', { method: 'POST', body: input }),
  update: (id: string, version: number, changes: WorkPackageChanges) =>
    apiFetch<WorkPackageDetail>(wp(id), { method: 'PATCH', body: changes, headers: { 'If-Match': `"${version}"` } }),
  children: (parentId: string, signal?: AbortSignal) => apiFetch<Page<WorkPackage>>('/work-packages', { query: { parentId, limit: 200 }, signal }),
  assignableUsers: (signal?: AbortSignal) => apiFetch<ItemList<AssignableUser>>('/users/assignable', { signal }),
  extensions: (id: string, signal?: AbortSignal) => apiFetch<ItemList<DeadlineExtensionRequest>>(`${wp(id)}/extensions`, { signal }),
  requestExtension: (id: string, input: { requestedDueDate: string; reason: string }) =>
    apiFetch<DeadlineExtensionRequest>(`${wp(id)}/extensions`, { method: 'POST', body: input }),
  decideExtension: (id: string, extensionId: string, decision: ExtensionDecision) =>
    apiFetch<DeadlineExtensionRequest>(`${wp(id)}/extensions/${encodeURIComponent(extensionId)}/decision`, { method: 'POST', body: decision }),
  history: (id: string, cursor: string | null, signal?: AbortSignal) =>
    apiFetch<Page<AuditEvent>>(`${wp(id)}/history`, { query: { cursor, limit: 50 }, signal }),
};
