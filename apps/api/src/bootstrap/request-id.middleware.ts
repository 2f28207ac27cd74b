import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { runWithRequestContext } from '../common/request-context/request-context';

const ACCEPTED = /^[A-Za-z0-9_-]{8,64}$/;

/** Takes the proxy's X-Request-Id when it is sane, else makes one; logs, errors and audit events all carry it. */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const incoming = request.header('x-request-id');
  const requestId = incoming && ACCEPTED.test(incoming) ? incoming : randomUUID();
  (request as Request & { id: string }).id = requestId;
  response.setHeader('X-Request-Id', requestId);
  runWithRequestContext({ requestId, reads: request.method === 'GET' || request.method === 'HEAD' }, next);
}
