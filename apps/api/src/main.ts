import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap/configure-app';
import { exitOnConfigError } from './bootstrap/exit-on-config-error';
import { APP_CONFIG, AppConfig, loadConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  exitOnConfigError(() => loadConfig());
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  configureApp(app, config);
  await app.listen(config.PORT, config.HOST);
}

/**
 * API_PROCESSES=N (or `auto`: one per core) runs N copies of the API on one port through Node's cluster module. The
 * API keeps no state of its own (sessions, caches, live updates and counters live in Postgres and Redis), so any
 * copy can answer any request; a copy that dies is started again, a stop signal stops them all.
 */
function primary(processes: number): void {
  let stopping = false;
  exitOnConfigError(() => loadConfig());
  const start = () => cluster.fork();
  // The first copy runs the migrations (MIGRATE_ON_START) alone; the others start once it listens.
  start().once('listening', () => {
    for (let i = 1; i < processes; i++) start();
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`API process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(start, 1000);
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    const exitWhenDone = setInterval(() => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0), 100);
    setTimeout(() => process.exit(0), 10_000).unref();
    exitWhenDone.unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

const processes = (() => {
  const setting = process.env.API_PROCESSES ?? '1';
  if (setting === 'auto') return availableParallelism();
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    console.error(`Invalid configuration:\n  - API_PROCESSES: must be a whole number from 1 to 64, or auto (got "${setting}")`);
    process.exit(1);
  }
  return n;
})();

if (cluster.isPrimary && processes > 1) primary(processes);
else void bootstrap();
