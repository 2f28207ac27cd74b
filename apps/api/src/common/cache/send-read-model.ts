import type { Response } from 'express';
import { gunzipSync } from 'node:zlib';
import { CompressedReadModel } from './compressed-read-model-cache';

/**
 * Answers with a cached read model: the stored gzip body as is when the client accepts gzip (no per-request
 * serialising or compressing), unzipped otherwise, or a 304 when `If-None-Match` named its revision. The ETag changes
 * with the data's revision, so a browser revalidates (`no-cache`) and gets the body only after a change.
 */
export function sendReadModel(response: Response, model: CompressedReadModel, acceptEncoding: string | undefined): void {
  response.setHeader('Cache-Control', 'private, no-cache');
  response.setHeader('Vary', 'Accept-Encoding, Authorization');
  if (model.etag) response.setHeader('ETag', model.etag);
  if (!model.gzip) {
    response.status(304).end();
    return;
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (/\bgzip\b/.test(acceptEncoding ?? '')) {
    response.setHeader('Content-Encoding', 'gzip');
    response.status(200).end(model.gzip);
  } else {
    response.status(200).end(gunzipSync(model.gzip));
  }
}
