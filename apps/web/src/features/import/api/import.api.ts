import type { PlanCreatedResponse, PlanDocumentParse } from '@mandate/domain';
import { ApiError, apiFetch, buildUrl, getAccessToken, parseErrorResponse, refreshSession } from '../../../lib/api-client';

/** What the user gave: pasted text, or a .txt/.docx file the API reads itself. */
export type PlanSource = { kind: 'text'; text: string } | { kind: 'file'; file: File };

const postFile = (path: string, file: File): Promise<Response> => {
  const form = new FormData();
  form.append('file', file, file.name);
  const token = getAccessToken();
  // No Content-Type: the browser writes the multipart boundary itself.
  return fetch(buildUrl(path), { method: 'POST', headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: form, credentials: 'same-origin' });
};

/** apiFetch sends JSON only; an upload goes as multipart with the same token, one refresh-and-retry and ApiError. */
const uploadFile = async <T>(path: string, file: File): Promise<T> => {
  try {
    let response = await postFile(path, file);
    if (response.status === 401 && (await refreshSession())) response = await postFile(path, file);
    if (!response.ok) throw await parseErrorResponse(response);
    return (await response.json()) as T;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', error instanceof Error ? error.message : 'Network error');
  }
};

const send = <T>(path: string, source: PlanSource): Promise<T> =>
  source.kind === 'file' ? uploadFile<T>(path, source.file) : apiFetch<T>(path, { method: 'POST', body: { text: source.text } });

export const importApi = {
  preview: (source: PlanSource) => send<PlanDocumentParse>('/plans/import/preview', source),
  create: (source: PlanSource) => send<PlanCreatedResponse>('/plans', source),
};
