import type { PlanCreatedResponse, PlanDocumentParse } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

/** What the user gave: pasted text, or a .txt/.docx file the API reads itself. */
export type PlanSource = { kind: 'text'; text: string } | { kind: 'file'; file: File };

const formWith = (file: File): FormData => {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
};

const send = <T>(path: string, source: PlanSource): Promise<T> =>
  apiFetch<T>(path, { method: 'POST', body: source.kind === 'file' ? formWith(source.file) : { text: source.text } });

export const importApi = {
  preview: (source: PlanSource) => send<PlanDocumentParse>('/plans/import/preview', source),
  create: (source: PlanSource) => send<PlanCreatedResponse>('/plans', source),
};
