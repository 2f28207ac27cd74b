import type { HomeView } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export const homeApi = {
  get: (planId: string | undefined, signal?: AbortSignal) => apiFetch<HomeView>('/home', { query: { planId }, signal }),
};
