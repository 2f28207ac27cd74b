import { Controller, Get, Post } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DatabaseRetryInterceptor, retryReadsOnce } from './database-retry.interceptor';

let calls = 0;
// What node-postgres throws when the pool handed out a connection the server had closed.
const droppedOnFirstCall = (answer: string): string => {
  if (calls++ === 0) throw Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' });
  return answer;
};

@Controller('things')
class ThingsController {
  @Get()
  list(): string {
    return droppedOnFirstCall('listed');
  }

  @Post()
  create(): string {
    return droppedOnFirstCall('made');
  }
}

describe(retryReadsOnce.name, () => {
  const appWithRetries = async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ThingsController] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    retryReadsOnce(app);
    return app.init();
  };

  it('runs a read once more when the database dropped it, never a write', async () => {
    const app = await appWithRetries();
    try {
      calls = 0;
      expect((await request(app.getHttpServer()).get('/things').expect(200)).text).toBe('listed');
      expect(calls).toBe(2);
      calls = 0;
      await request(app.getHttpServer()).post('/things').expect(500);
      expect(calls).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('puts the retry on GET handlers only, once however many applications are made', async () => {
    await (await appWithRetries()).close();
    await (await appWithRetries()).close();
    const interceptorsOf = (handler: object): unknown[] => Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? [];
    expect(interceptorsOf(ThingsController.prototype.list)).toEqual([expect.any(DatabaseRetryInterceptor)]);
    expect(interceptorsOf(ThingsController.prototype.create)).toEqual([]);
  });
});
