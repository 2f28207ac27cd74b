import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { createGzip, gzip as gzipCallback } from 'node:zlib';
import { DataSource } from 'typeorm';
import { REDIS } from '../../redis/redis.module';

const gzip = promisify(gzipCallback);

/** Long enough for a board nobody changes to stay cached through a working session; a revision change makes a new key anyway. */
const TTL_SECONDS = 600;
// Level 4: within a few percent of the default's size at about half its CPU on a 2.5 MB board.
const GZIP_LEVEL = 4;

/**
 * A body given as pieces of bytes (a large board) is compressed as a stream: joining 3 MB into one fresh buffer
 * first costs as much CPU as compressing it.
 */
function gzipBody(body: string | Buffer[]): Promise<Buffer> {
  if (!Array.isArray(body)) return gzip(body, { level: GZIP_LEVEL });
  return new Promise((resolve, reject) => {
    const compressed: Buffer[] = [];
    const stream = createGzip({ level: GZIP_LEVEL, chunkSize: 64 * 1024 });
    stream.on('data', (chunk: Buffer) => compressed.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(compressed)));
    stream.on('error', reject);
    for (const piece of body) stream.write(piece);
    stream.end();
  });
}

/** A serialised read model: its revision, an ETag for the (selection, revision) pair, and the gzip body. */
export interface CompressedReadModel {
  revision: number | null;
  etag: string | null;
  /** Null when the client's `If-None-Match` already names this revision (a 304). */
  gzip: Buffer | null;
}

/**
 * Read models kept serialised and gzip-compressed in Redis per (selection, revision), so every API process shares
 * one computation per change. The revision is read from Postgres (`data_revisions`, moved in the same commit as the
 * data), so no process serves a body older than what it reads; a scope's own row (one plan, one department) moves
 * only when one of its packages changes. Redis down: computed every time, never an error.
 */
@Injectable()
export class CompressedReadModelCache {
  private readonly logger = new Logger(CompressedReadModelCache.name);
  private readonly inFlight = new Map<string, Promise<Buffer>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /**
   * The scope's revision (`work_packages:plan:…` falls back to the global `work_packages` one while it has none yet);
   * null only when the counters were emptied by hand.
   */
  async revision(scope: string): Promise<number | null> {
    const fallback = scope.startsWith('work_packages:') ? 'work_packages' : scope;
    const rows = await this.dataSource.query<{ revision: string | null }[]>(
      `SELECT coalesce((SELECT revision FROM data_revisions WHERE name = $1), (SELECT revision FROM data_revisions WHERE name = $2)) AS revision`,
      [scope, fallback],
    );
    return rows[0]?.revision == null ? null : Number(rows[0].revision);
  }

  async get(kind: string, scope: string, selection: string, ifNoneMatch: string | undefined, compute: (revision: number | null) => Promise<string | Buffer[]>): Promise<CompressedReadModel> {
    const revision = await this.revision(scope);
    if (revision === null) return { revision, etag: null, gzip: await gzipBody(await compute(null)) };
    const hash = createHash('sha1').update(`${kind}|${scope}|${selection}`).digest('base64url').slice(0, 16);
    const etag = `W/"${revision}-${hash}"`;
    if (ifNoneMatch && matches(ifNoneMatch, etag)) return { revision, etag, gzip: null };

    const key = `readmodel:${kind}:${hash}:${revision}`;
    const cached = await this.redis.getBuffer(key).catch(() => null);
    if (cached) return { revision, etag, gzip: cached };
    // Concurrent misses in this process share one computation.
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = compute(revision).then(gzipBody);
      this.inFlight.set(key, pending);
      void pending
        .then((body) => this.redis.set(key, body, 'EX', TTL_SECONDS))
        .catch((error: Error) => this.logger.debug(`not cached: ${error.message}`))
        .finally(() => this.inFlight.delete(key));
    }
    return { revision, etag, gzip: await pending };
  }
}

/** `If-None-Match` is a list of tags or `*`; weak comparison, as for GET. */
const matches = (header: string, etag: string): boolean => {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
};
