import { hostname } from 'node:os';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

/** What a request's log line (and every line logged while serving it) says of the request: no headers, so no credentials. */
const requestFields = (request: { id: string; method: string; url: string; remoteAddress: string }) => ({ id: request.id, method: request.method, url: request.url, remoteAddress: request.remoteAddress });
const responseFields = (response: { statusCode: number }) => ({ statusCode: response.statusCode });

/**
 * JSON lines: one per request with its id, method, URL, client address, status and time. pino-http serialises the
 * request into a child logger on every request, logged or not, so it is kept to those fields.
 */
export const loggerOptions = (config: AppConfig): Params => ({
  pinoHttp: {
    level: config.LOG_LEVEL,
    base: { pid: process.pid, hostname: hostname(), service: 'mandate-api' },
    genReqId: (request: IncomingMessage) => (request as IncomingMessage & { id: string }).id,
    serializers: { req: requestFields, res: responseFields },
    autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' || request.url === '/api/health/live' },
  },
  forRoutes: ['*path'],
});
