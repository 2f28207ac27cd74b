import { createServer, IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp, { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { loggerOptions } from './logger-options';

describe('request log lines', () => {
  it('say who asked what and how it ended (id, method, URL, address, status, time), and nothing of the headers', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
    const log = pinoHttp(loggerOptions({ LOG_LEVEL: 'info' } as AppConfig).pinoHttp as Options, sink);
    const server = createServer((request, response) => {
      (request as IncomingMessage & { id: string }).id = 'req-12345678';
      log(request, response);
      response.statusCode = 201;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/work-packages?planId=1`, { method: 'POST', headers: { Authorization: 'Bearer secret-token', Cookie: 'mandate_refresh=secret-cookie' } });
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      server.close();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ service: 'mandate-api', req: { id: 'req-12345678', method: 'POST', url: '/api/work-packages?planId=1', remoteAddress: '127.0.0.1' }, res: { statusCode: 201 }, responseTime: expect.any(Number) });
    expect(JSON.stringify(lines[0])).not.toMatch(/secret|headers/);
  });
});
