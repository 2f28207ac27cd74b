import { DomainErrorCode, FieldProblem } from '@mandate/domain';

/** Codes the transport adds to the domain's own. */
export type ApiErrorCode = DomainErrorCode | 'INTERNAL_ERROR';

/** The one error body of the API (contracts/api.md, "Errors"). */
export interface ErrorResponse {
  statusCode: number;
  code: ApiErrorCode;
  message: string;
  details?: FieldProblem[];
}
