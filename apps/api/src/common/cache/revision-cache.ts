import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type RevisionScope = 'work_packages' | 'disbursement' | 'supervision';

const MAX_ENTRIES = 500;
// Bounds staleness for data outside the revision's scope (a renamed department in a board column title).
const TTL_MS = 60_000;

interface Entry {
  value: Promise<unknown>;
  expiresAt: number;
}

/**
 * Caches a computed read model per data revision. The revision lives in Postgres and moves in the same commit as
 * the data, so every replica sees a change at once and no replica serves a result older than its revision.
 */
@Injectable()
export class RevisionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `scope`: the data the value is computed from; with several, a change to any of them makes a new value. */
  async getOrCompute<T>(scope: RevisionScope | readonly RevisionScope[], key: string, compute: () => Promise<T>): Promise<T> {
    const scopes: readonly RevisionScope[] = typeof scope === 'string' ? [scope] : scope;
    const rows = await this.dataSource.query<{ name: RevisionScope; revision: string }[]>('SELECT name, revision FROM data_revisions WHERE name = ANY($1)', [scopes]);
    // No counter (a table emptied by hand): nothing can prove a cached value current, so compute every time until the next change.
    if (rows.length < scopes.length) return compute();
    const revisions = new Map(rows.map((row) => [row.name, row.revision]));
    const cacheKey = `${scopes.map((s) => `${s}|${revisions.get(s)}`).join('|')}|${key}`;
    const now = Date.now();
    const hit = this.entries.get(cacheKey);
    if (hit && hit.expiresAt > now) return hit.value as Promise<T>;

    // Concurrent misses share one computation; a failed one is forgotten so the next request retries.
    const value = compute();
    this.entries.set(cacheKey, { value, expiresAt: now + TTL_MS });
    value.catch(() => this.entries.delete(cacheKey));
    this.evictOldest();
    return value;
  }

  private evictOldest(): void {
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) return;
      this.entries.delete(oldest);
    }
  }
}
