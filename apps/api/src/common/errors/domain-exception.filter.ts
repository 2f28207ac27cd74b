import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, ErrorBody, genericErrorCodeOf, HTTP_STATUS_OF_ERROR, isDomainError } from '@mandate/domain';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { TransportError } from './transport-error';

const HTTP_MESSAGES: Partial<Record<number, string>> = {
  400: 'The request is not valid.',
  401: 'Sign in to continue.',
  403: 'You are not allowed to do this.',
  404: 'Not found.',
  413: 'The request body is too large.',
  415: 'This content type is not supported.',
  429: 'Too many requests; try again later.',
};

/** Turns anything thrown into the contract's error body; never leaks stacks, SQL or paths. */
export function toErrorResponse(error: unknown): ErrorBody {
  if (isDomainError(error) || error instanceof TransportError) return fromCodedError(error);
  if (isUnstorableText(error)) {
    return { statusCode: 400, code: 'VALIDATION_FAILED', message: 'The request contains a NUL character (\\u0000), which cannot be stored.' };
  }
  if (isDatabaseUnavailable(error)) {
    return { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'The database cannot be reached right now; try again shortly.' };
  }
  const status = httpStatusOf(error);
  if (status !== undefined && status < 500) {
    const code = genericErrorCodeOf(status) ?? 'VALIDATION_FAILED';
    return { statusCode: status, code, message: HTTP_MESSAGES[status] ?? 'The request cannot be processed.' };
  }
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; it has been logged.' };
}

function fromCodedError(error: DomainError | TransportError): ErrorBody {
  const body: ErrorBody = { statusCode: HTTP_STATUS_OF_ERROR[error.code], code: error.code, message: error.message };
  if (error.details.length > 0) body.details = error.details;
  return body;
}

/** PostgreSQL refuses NUL in text (22021) and \u0000 in jsonb (22P05); only client input carries one, so it is a 400. */
const isUnstorableText = (error: unknown): boolean => ['22021', '22P05'].includes((error as { code?: string } | null)?.code ?? '');

/** Nest's HttpException, or errors that body-parser and multer raise with a status (malformed JSON, too large). */
function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  const candidate = error as { status?: unknown; statusCode?: unknown } | null;
  const status = candidate?.status ?? candidate?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : undefined;
}

@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = toErrorResponse(error);
    if (body.statusCode === 503) this.logger.warn(`Service unavailable: ${error instanceof Error ? error.message : String(error)}`);
    else if (body.statusCode >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    const retryAfter = body.statusCode === 503 ? DATABASE_RETRY_AFTER_SECONDS : error instanceof TransportError ? error.retryAfterSeconds : undefined;
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    // A download route declares its file's type and name up front; its error is JSON, not a file to save.
    response.removeHeader('Content-Disposition');
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.status(body.statusCode).json(body);
  }
}
