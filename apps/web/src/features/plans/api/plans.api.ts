import type { BreakdownResult, ItemList, PlanDetail, PlanSummary, ProposedPackage } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

/** A proposal as the UBND confirms it; `reason` is echoed back and ignored by the API. */
export type ConfirmedPackage = ProposedPackage;

export const plansApi = {
  list: (signal?: AbortSignal) => apiFetch<ItemList<PlanSummary>>('/plans', { signal }),
  get: (id: string, signal?: AbortSignal) => apiFetch<PlanDetail>(`/plans/${encodeURIComponent(id)}`, { signal }),
  previewBreakdown: (id: string, signal?: AbortSignal) =>
    apiFetch<{ packages: ProposedPackage[] }>(`/plans/${encodeURIComponent(id)}/breakdown/preview`, { method: 'POST', signal }),
  confirmBreakdown: (id: string, packages: ConfirmedPackage[]) =>
    apiFetch<BreakdownResult>(`/plans/${encodeURIComponent(id)}/breakdown`, { method: 'POST', body: { packages } }),
};
