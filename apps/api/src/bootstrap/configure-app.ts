import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import type { Application, NextFunction, Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { retryReadsOnce } from '../common/errors/database-retry.interceptor';
import { DomainExceptionFilter } from '../common/errors/domain-exception.filter';
import { servingARead } from '../common/request-context/request-context';
import { createValidationPipe } from '../common/validation/validation.pipe';
import { AppConfig } from '../config/app-config';
import { verifyJsonBody } from './json-body';
import { originCheck } from './origin-check.middleware';
import { refuseMalformedQuery } from './query-string.middleware';
import { requestIdMiddleware } from './request-id.middleware';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api';
export const JSON_BODY_LIMIT = '6mb';

/** Everything between the Nest factory and listen(), shared by the server and the integration tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  answerWritesPlainly(app);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine writes its CSS variables into a style element at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  app.use(cookieParser());
  app.use(originCheck(config.APP_ORIGIN));
  app.use(refuseMalformedQuery);
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, verify: verifyJsonBody });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  retryReadsOnce(app);
  app.enableShutdownHooks();

  if (config.swaggerEnabled) serveOpenApi(app);
  if (config.WEB_DIST) serveWebApp(app, config.WEB_DIST, API_PREFIX);
}

/** The API's description at /api/docs; off in production unless SWAGGER_ENABLED says otherwise, since it maps every route for a prober. */
function serveOpenApi(app: NestExpressApplication): void {
  const openApi = new DocumentBuilder()
    .setTitle('Mandate API')
    .setDescription('Plans, work packages, deadlines and supervision for a province. Errors: {statusCode, code, message, details}.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json` });
}

/**
 * gzip and an automatic ETag for what is read (GET and HEAD: JSON and the web app); bodies already encoded (the cached
 * board) pass through, event streams are never buffered. A write answers with a small card or nothing, which no cache
 * keeps: it skips the compression middleware and the body hash altogether (a move's CPU is measured in tenths of a ms).
 * The import previews are the exception, POSTs that only read and can answer a whole plan: they are compressed.
 */
function answerWritesPlainly(app: NestExpressApplication): void {
  const gzip = compression({ filter: (request, response) => !String(response.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(request, response) });
  app.use((request: Request, response: Response, next: NextFunction) => (servingARead() || request.path.endsWith('/preview') ? gzip(request, response, next) : next()));
  const tagOf = (app.getHttpAdapter().getInstance() as Application).get('etag fn') as (body: Buffer | string, encoding?: BufferEncoding) => string | undefined;
  app.set('etag', (body: Buffer | string, encoding?: BufferEncoding) => (servingARead() ? tagOf(body, encoding) : undefined));
}

/** Express reads a number as a hop count and a string as addresses; the environment only has strings. */
const trustProxySetting = (value: string): boolean | number | string => (value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value);
