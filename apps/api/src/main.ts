import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
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

void bootstrap();
