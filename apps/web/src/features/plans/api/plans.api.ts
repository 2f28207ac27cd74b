import type { IndicatorGroup, IndicatorTarget, ItemList, ParsedDeadline, PlanDocumentKind, ProposedPackage } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

export interface PlanSummary {
  id: string;
  number: string | null;
  title: string;
  planYear: number | null;
  archived: boolean;
}

export interface PlanIndicator {
  code: string;
  group: IndicatorGroup;
  name: string;
  text: string;
  targets: IndicatorTarget[];
}

export interface PlanItemNode {
  ref: string;
  title: string;
  paragraphs: string[];
  packageCount: number;
  children: PlanItemNode[];
}

/** `GET /api/plans/:id`: the plan with its indicators and item tree (each item with its package count). */
export interface PlanDetail extends PlanSummary {
  kind: PlanDocumentKind;
  issuer: string | null;
  issuedOn: string | null;
  version: number;
  warnings: string[];
  indicators: PlanIndicator[];
  items: PlanItemNode[];
  deadlines: ParsedDeadline[];
}

/** A proposal as the UBND confirms it; `reason` is echoed back and ignored by the API. */
export type ConfirmedPackage = ProposedPackage;

export interface BreakdownResult {
  created: number;
  unchanged: number;
}

export const plansApi = {
  list: (signal?: AbortSignal) => apiFetch<ItemList<PlanSummary>>('/plans', { signal }),
  get: (id: string, signal?: AbortSignal) => apiFetch<PlanDetail>(`/plans/${encodeURIComponent(id)}`, { signal }),
  previewBreakdown: (id: string, signal?: AbortSignal) =>
    apiFetch<{ packages: ProposedPackage[] }>(`/plans/${encodeURIComponent(id)}/breakdown/preview`, { method: 'POST', signal }),
  confirmBreakdown: (id: string, packages: ConfirmedPackage[]) =>
    apiFetch<BreakdownResult>(`/plans/${encodeURIComponent(id)}/breakdown`, { method: 'POST', body: { packages } }),
};
