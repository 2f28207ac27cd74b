import type { LeagueTable } from '@mandate/domain';
import { apiFetch } from '../../../../lib/api-client';

/** A period (`from`, `to`) or an as-of date. */
export interface LeagueParams {
  planId: string;
  from?: string;
  to?: string;
  asOf?: string;
}

export const leagueApi = {
  table: (params: LeagueParams, signal?: AbortSignal) => apiFetch<LeagueTable>('/reports/league', { query: { ...params }, signal }),
  /** The same table as an Excel sheet. */
  workbook: (params: LeagueParams) => apiFetch<Blob>('/reports/league.xlsx', { query: { ...params }, responseType: 'blob' }),
};
