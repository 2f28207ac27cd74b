import express from 'express';
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** Files the web build writes a .br and a .gz beside (apps/web/first-load.plugin.mts). */
const PRECOMPRESSED = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** How long a browser keeps a file: `false` leaves Cache-Control to the caller. */
type Caching = { maxAge: string | number; immutable?: boolean } | false;

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Sends the build's precompressed copy of `file` (brotli, else gzip) when the browser accepts it, with the original's
 * Content-Type: the bytes were compressed once, at build time and at the best level, so nothing is compressed per
 * request. Calls `otherwise` when there is no such copy or the browser takes neither.
 */
export function sendPrecompressed(request: express.Request, response: express.Response, file: string, caching: Caching, otherwise: () => void): void {
  if (!PRECOMPRESSED.test(file)) return otherwise();
  response.vary('Accept-Encoding');
  // Ours, not the browser's, order of preference: brotli is smaller, and browsers list gzip first.
  const encoding = ENCODINGS.find((e) => request.acceptsEncodings(e.name) === e.name && isFile(file + e.suffix));
  if (!encoding) return otherwise();
  // Set before sendFile so it does not derive a type from the .br/.gz name.
  response.type(extname(file));
  response.setHeader('Content-Encoding', encoding.name);
  const options = caching === false ? { cacheControl: false } : { maxAge: caching.maxAge, immutable: caching.immutable ?? false };
  response.sendFile(file + encoding.suffix, options, (error) => {
    if (!error || response.headersSent) return;
    response.removeHeader('Content-Encoding');
    otherwise();
  });
}

/** Static files under `root` from their precompressed copies; everything else falls through (to express.static). */
export function precompressedStatic(root: string, caching: Caching): express.RequestHandler {
  const base = normalize(root + sep);
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(request.path);
    } catch {
      return next();
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || path.includes('\0')) return next();
    sendPrecompressed(request, response, file, caching, () => next());
  };
}

/** The built SPA on the same origin: hashed assets cached for a year, every other non-API path gets index.html, all compressed at build time. */
export function serveWebApp(app: { use(...handlers: express.RequestHandler[]): unknown; use(path: string, ...handlers: express.RequestHandler[]): unknown }, webDist: string, apiPrefix: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_DIST is set but ${index} does not exist; build the web app first.`);
  const assets = join(webDist, 'assets');
  const forAYear = { maxAge: '365d', immutable: true };
  app.use('/assets', precompressedStatic(assets, forAYear), express.static(assets, { ...forAYear, fallthrough: false }));
  app.use(precompressedStatic(webDist, { maxAge: 0 }), express.static(webDist, { index: false, maxAge: 0 }));
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.method !== 'GET' || request.path === `/${apiPrefix}` || request.path.startsWith(`/${apiPrefix}/`)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    sendPrecompressed(request, response, index, false, () => response.sendFile(index, { cacheControl: false }));
  });
}
