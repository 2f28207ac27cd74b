export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'transition', 'login', 'logout', 'password_change', 'import', 'confirm'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Every kind of record the API writes to the log: the audit page names each one and offers each as a filter. */
export const AUDIT_ENTITY_TYPES = [
  'work_package',
  'deadline_extension',
  'progress_report',
  'work_package_comment',
  'plan',
  'indicator',
  'indicator_target',
  'indicator_measurement',
  'indicator_report_settings',
  'supervision_request',
  'supervision_settings',
  'disbursement_project',
  'disbursement_import',
  'disbursement_settings',
  'report_export',
  'department',
  'department_alias',
  'breakdown_rule',
  'user',
  'session',
  'seed',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

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
