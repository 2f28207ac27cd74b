import 'reflect-metadata';
import { DiscoveryModule } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { LoginResponse } from '@mandate/domain';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/bootstrap/configure-app';
import { APP_CONFIG, AppConfig } from '../../src/config/app-config';
import { REDIS } from '../../src/redis/redis.module';
import { seedReferenceData } from '../../src/seed/seed.service';
import { applyTestEnv, TEST_PASSWORD } from './test-env';

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  redis: Redis;
  login: (username: string, password?: string) => Promise<LoginResponse>;
  tokenOf: (username: string) => Promise<string>;
  close: () => Promise<void>;
}

/** The real application (same pipeline as main.ts) on the real PostgreSQL and Redis, seeded with the demo accounts. */
export async function createTestApp(): Promise<TestApp> {
  applyTestEnv();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule, DiscoveryModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true, bodyParser: false });
  configureApp(app, app.get<AppConfig>(APP_CONFIG));
  await app.init();
  const dataSource = app.get(DataSource);
  const redis = app.get<Redis>(REDIS);
  await seedReferenceData(dataSource, { demoPassword: TEST_PASSWORD });
  await redis.flushdb();

  const server = app.getHttpServer();
  const tokens = new Map<string, string>();
  const login = async (username: string, password = TEST_PASSWORD): Promise<LoginResponse> => {
    const response = await request(server).post('/api/auth/login').send({ username, password });
    if (response.status !== 200) throw new Error(`login ${username} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as LoginResponse;
  };
  return {
    app,
    http: () => request(server),
    dataSource,
    redis,
    login,
    tokenOf: async (username) => {
      if (!tokens.has(username)) tokens.set(username, (await login(username)).accessToken);
      return tokens.get(username)!;
    },
    close: () => app.close(),
  };
}
