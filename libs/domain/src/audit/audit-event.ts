export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'transition', 'login', 'logout', 'password_change', 'import', 'confirm'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One row of the append-only audit log. */
export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorUsername: string | null;
  /** The actor's display name, so history names people rather than accounts. */
  actorName?: string | null;
  entityType: string;
  entityId: string | null;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

/** `GET /api/audit/actors`: someone who appears in the log, for the person filter. */
export interface AuditActorOption {
  id: string;
  displayName: string;
  username: string;
}
