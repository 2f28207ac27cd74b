import { DomainError, FieldProblem, TransportErrorCode } from '@mandate/domain';

/** A refusal that is the transport's, not a rule of the domain: too large, wrong media type, throttled, a service down. */
export class TransportError extends Error {
  constructor(
    readonly code: Exclude<TransportErrorCode, 'INTERNAL_ERROR'>,
    message: string,
    readonly details: FieldProblem[] = [],
    /** For a refusal that passes with time (throttling): sent as the Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

/** An error that already carries its code and message for the client, to be passed on as it is. */
export const isCodedError = (error: unknown): error is DomainError | TransportError => error instanceof DomainError || error instanceof TransportError;
