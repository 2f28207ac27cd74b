import type { BoardQuery, BoardResponse } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export const boardApi = {
  get: (query: BoardQuery, signal?: AbortSignal) => apiFetch<BoardResponse>('/board', { query: { ...query }, signal }),
};
