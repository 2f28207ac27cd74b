import type { FieldRule, FieldRuleParams } from './field-rules';

/** Stable, upper-case codes of the rules a request can break, one per cause, each with its own HTTP status and message key. */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'PLAN_EXISTS',
  'PLAN_ARCHIVED',
  'FALLBACK_DEPARTMENT_MISSING',
  'TRANSITION_NOT_ALLOWED',
  'NOT_A_PLANNING_DOCUMENT',
  'DOCUMENT_UNREADABLE',
  'PDF_NO_TEXT_LAYER',
  'PDF_ENCRYPTED',
  'DEPARTMENT_HAS_WORK',
  'DEPARTMENT_CODE_TAKEN',
  'DEPARTMENT_ALIAS_TAKEN',
  'USERNAME_TAKEN',
  'JOB_NOT_RETRYABLE',
  'PACKAGE_CLOSED',
  'PACKAGE_HAS_NO_DEADLINE',
  'EXTENSION_PENDING',
  'EXTENSION_ALREADY_DECIDED',
  'EXTENSION_NOT_LATER',
  'EVIDENCE_TOO_LARGE',
  'EVIDENCE_TYPE_NOT_ALLOWED',
  'SUPERVISION_REQUEST_CLOSED',
  'SUPERVISION_REQUEST_ANSWERED',
  'SUPERVISION_REQUEST_NOT_ANSWERED',
  'WORKBOOK_INVALID',
  'MEASUREMENT_EXISTS',
  'MEASUREMENT_ALREADY_CONFIRMED',
  'EVIDENCE_REQUIRED',
  'OWN_REPORT_APPROVAL',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** One refused field: `message` is for people reading the API; the web shows `rule` (with `params`) in the user's language. */
export interface FieldProblem {
  field: string;
  message: string;
  rule: FieldRule;
  params?: FieldRuleParams;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;
