import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitOnConfigError } from './bootstrap/exit-on-config-error';
import { loadConfig } from './config/app-config';
import { WorkerModule } from './worker.module';

/** The background process: queues and their processors run here, apart from the HTTP API. */
async function bootstrap(): Promise<void> {
  exitOnConfigError(() => loadConfig());
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('Worker started');
}

void bootstrap();
