import { CallHandler, INestApplication, Injectable, NestInterceptor, RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { Observable, retry, throwError, timer } from 'rxjs';
import { isDatabaseUnavailable } from './database-unavailable';

const RETRY_DELAY_MS = 100;

/**
 * Runs a read once more when the database dropped it: after a restart the pool may hand out a connection the server
 * has closed, and the second attempt gets a fresh one. Writes are not retried (they may have committed).
 */
@Injectable()
export class DatabaseRetryInterceptor implements NestInterceptor {
  intercept(_context: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(retry({ count: 1, delay: (error: unknown) => (isDatabaseUnavailable(error) ? timer(RETRY_DELAY_MS) : throwError(() => error)) }));
  }
}

/**
 * Puts the retry on every GET handler (which also serves HEAD), before the routes are registered. Not a global
 * interceptor: Nest runs any interceptor through rxjs and async resources, about 0.4 ms of CPU per request, which
 * writes (a board move) would pay for nothing.
 */
export function retryReadsOnce(app: INestApplication): void {
  const scanner = new MetadataScanner();
  const interceptor = new DatabaseRetryInterceptor();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as { prototype?: Record<string, unknown> } | null)?.prototype;
      if (!prototype) continue;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        if (Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) continue;
        const interceptors: unknown[] = Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? [];
        // Classes are shared by every application made in one process (the integration tests make several).
        if (!interceptors.some((one) => one instanceof DatabaseRetryInterceptor)) Reflect.defineMetadata(INTERCEPTORS_METADATA, [interceptor, ...interceptors], handler);
      }
    }
  }
}
