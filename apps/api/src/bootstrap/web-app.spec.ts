import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveWebApp } from './web-app';

const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;
const INDEX = `<!doctype html><html><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: Server;

/** The bytes as sent (an HTTP client library would undo the compression this test is about). */
const fetchRaw = (path: string, acceptEncoding: string): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    get({ host: '127.0.0.1', port, path, agent: false, headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

describe(serveWebApp.name, () => {
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(INDEX));
    writeFileSync(join(dist, 'index.html.gz'), gzipSync(INDEX));
    writeFileSync(join(dist, 'assets', 'index-abc.js'), SCRIPT);
    writeFileSync(join(dist, 'assets', 'index-abc.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(dist, 'assets', 'index-abc.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(dist, 'assets', 'logo-abc.png'), Buffer.from([137, 80, 78, 71]));
    const app = express();
    app.get('/api/ping', (_request, response) => void response.json({ ok: true }));
    serveWebApp(app, dist, 'api');
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli copy of a script to a browser that takes brotli, with the script type and a year of caching', async () => {
    const response = await fetchRaw('/assets/index-abc.js', 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers['vary']).toMatch(/Accept-Encoding/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a browser that takes only gzip, and the plain file to one that takes neither', async () => {
    const gzip = await fetchRaw('/assets/index-abc.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await fetchRaw('/assets/index-abc.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.body).toString()).toBe(SCRIPT);
  });

  it('serves index.html compressed and uncached for every client-side route, and leaves /api alone', async () => {
    const page = await fetchRaw('/board?plan=1', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(page.body).toString()).toBe(INDEX);

    const api = await fetchRaw('/api/ping', 'br');
    expect(JSON.parse(api.body.toString())).toEqual({ ok: true });
  });

  it('serves files without a compressed copy as they are, and refuses a missing asset and a path outside the assets', async () => {
    const image = await fetchRaw('/assets/logo-abc.png', 'br');
    expect(image.status).toBe(200);
    expect(image.headers['content-encoding']).toBeUndefined();

    expect((await fetchRaw('/assets/missing-abc.js', 'br')).status).toBe(404);
    const outside = await fetchRaw('/assets/..%2f..%2findex.html', 'br');
    expect([403, 404]).toContain(outside.status);
    expect(outside.headers['content-encoding']).toBeUndefined();
  });
});
