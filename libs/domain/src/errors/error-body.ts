import { DOMAIN_ERROR_CODES, DomainErrorCode, FieldProblem } from './domain-error';

/** Codes the transport adds for what is not a rule of the domain: body size, media type, throttling, outages, bugs. */
export const TRANSPORT_ERROR_CODES = ['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'INTERNAL_ERROR'] as const;
export type TransportErrorCode = (typeof TRANSPORT_ERROR_CODES)[number];

export const API_ERROR_CODES = [...DOMAIN_ERROR_CODES, ...TRANSPORT_ERROR_CODES] as const;
export type ApiErrorCode = DomainErrorCode | TransportErrorCode;

/** The one error body of the API (contracts/api.md, "Errors"). */
export interface ErrorBody {
  statusCode: number;
  code: ApiErrorCode;
  message: string;
  details?: FieldProblem[];
}

/** The one table of HTTP statuses: the API answers with it, the web reads a body without a code through it. */
export const HTTP_STATUS_OF_ERROR: Readonly<Record<ApiErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  PLAN_EXISTS: 409,
  PLAN_ARCHIVED: 409,
  FALLBACK_DEPARTMENT_MISSING: 409,
  DEPARTMENT_HAS_WORK: 409,
  DEPARTMENT_CODE_TAKEN: 409,
  DEPARTMENT_ALIAS_TAKEN: 409,
  USERNAME_TAKEN: 409,
  JOB_NOT_RETRYABLE: 409,
  PACKAGE_CLOSED: 409,
  PACKAGE_HAS_NO_DEADLINE: 409,
  EXTENSION_PENDING: 409,
  EXTENSION_ALREADY_DECIDED: 409,
  EXTENSION_NOT_LATER: 409,
  SUPERVISION_REQUEST_CLOSED: 409,
  SUPERVISION_REQUEST_ANSWERED: 409,
  SUPERVISION_REQUEST_NOT_ANSWERED: 409,
  MEASUREMENT_EXISTS: 409,
  MEASUREMENT_ALREADY_CONFIRMED: 409,
  TRANSITION_NOT_ALLOWED: 422,
  NOT_A_PLANNING_DOCUMENT: 422,
  DOCUMENT_UNREADABLE: 422,
  PDF_NO_TEXT_LAYER: 422,
  PDF_ENCRYPTED: 422,
  WORKBOOK_INVALID: 422,
  EVIDENCE_TOO_LARGE: 413,
  EVIDENCE_TYPE_NOT_ALLOWED: 415,
  EVIDENCE_REQUIRED: 422,
  OWN_REPORT_APPROVAL: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

// The code a bare status stands for when no code came with it (framework errors, a proxy's error page).
const GENERIC_CODES: readonly ApiErrorCode[] = ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'INTERNAL_ERROR'];

export const genericErrorCodeOf = (status: number): ApiErrorCode | undefined => GENERIC_CODES.find((code) => HTTP_STATUS_OF_ERROR[code] === status);

export const isApiErrorCode = (value: unknown): value is ApiErrorCode => typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);

/** The web's message key for a code: `errors.codes.<CODE>`, present in every locale (a web test checks). */
export const errorTranslationKey = (code: ApiErrorCode): `errors.codes.${ApiErrorCode}` => `errors.codes.${code}`;
