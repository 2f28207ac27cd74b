import type { AuditAction, AuditActorOption, AuditEvent, ItemList, Page } from '@mandate/domain';
import { apiFetch } from '../../../lib/api-client';

/** Filters as the API takes them: `from`/`to` are ISO instants. */
export interface AuditListFilters {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

export const AUDIT_PAGE_SIZE = 50;

export const auditApi = {
  list: (filters: AuditListFilters, cursor: string | null, signal?: AbortSignal) =>
    apiFetch<Page<AuditEvent>>('/audit', { query: { ...filters, cursor, limit: AUDIT_PAGE_SIZE }, signal }),
  actors: (signal?: AbortSignal) => apiFetch<ItemList<AuditActorOption>>('/audit/actors', { signal }),
};
