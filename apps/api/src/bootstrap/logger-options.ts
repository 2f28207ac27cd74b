import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

/** JSON lines with the request id; credentials never reach the log. */
export const loggerOptions = (config: AppConfig): Params => ({
  pinoHttp: {
    level: config.LOG_LEVEL,
    genReqId: (request: IncomingMessage) => (request as IncomingMessage & { id: string }).id,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
    autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' || request.url === '/api/health/live' },
    customProps: () => ({ service: 'mandate-api' }),
  },
  forRoutes: ['*path'],
});
