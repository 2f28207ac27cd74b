import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable, retry, throwError, timer } from 'rxjs';
import { isDatabaseUnavailable } from './database-unavailable';

const RETRY_DELAY_MS = 100;

/**
 * Runs a read once more when the database dropped it: after a restart the pool may hand out a connection the server
 * has closed, and the second attempt gets a fresh one. Writes are not retried (they may have committed).
 */
@Injectable()
export class DatabaseRetryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const method = context.switchToHttp().getRequest<Request>().method;
    if (method !== 'GET' && method !== 'HEAD') return next.handle();
    return next.handle().pipe(retry({ count: 1, delay: (error: unknown) => (isDatabaseUnavailable(error) ? timer(RETRY_DELAY_MS) : throwError(() => error)) }));
  }
}
