/** Stable, upper-case codes; the API maps each to one HTTP status in one place. */
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VERSION_CONFLICT'
  | 'PLAN_EXISTS'
  | 'TRANSITION_NOT_ALLOWED'
  | 'NOT_A_PLANNING_DOCUMENT'
  | 'DOCUMENT_UNREADABLE'
  | 'PDF_NO_TEXT_LAYER'
  | 'PDF_ENCRYPTED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'DEPARTMENT_HAS_WORK'
  | 'SERVICE_UNAVAILABLE';

export interface FieldProblem {
  field: string;
  message: string;
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
