import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { EvidenceStorage } from './evidence-storage';

const SWEEP_EVERY_MS = 3_600_000;
const KEYS_PER_QUERY = 1000;

/**
 * Removes what a crash leaves in UPLOAD_DIR: partial uploads in `.incoming`, and kept files whose transaction never
 * committed (no attachments or indicator_measurements row). Files are moved before the commit so a committed row always has its file; only files
 * older than UPLOAD_SWEEP_MIN_AGE_SECONDS go, so another replica's upload in flight is never touched.
 */
@Injectable()
export class EvidenceSweeperService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EvidenceSweeperService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: EvidenceStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => void this.sweep().catch((error: Error) => this.logger.warn(`Evidence sweep failed: ${error.message}`));
    run();
    this.timer = setInterval(run, SWEEP_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(now = Date.now()): Promise<{ incoming: number; orphans: number }> {
    const cutoff = now - this.config.UPLOAD_SWEEP_MIN_AGE_SECONDS * 1000;
    const old = async (path: string) => (await stat(path).catch(() => null))?.mtimeMs ?? Infinity;
    let incoming = 0;
    for (const name of await readdir(this.storage.incomingDir).catch(() => [] as string[])) {
      const path = join(this.storage.incomingDir, name);
      if ((await old(path)) < cutoff) {
        await rm(path, { force: true, recursive: true });
        incoming++;
      }
    }
    const candidates: string[] = [];
    for (const dir of await readdir(this.storage.rootDir, { withFileTypes: true }).catch(() => [])) {
      if (!dir.isDirectory() || dir.name.startsWith('.')) continue;
      for (const name of await readdir(join(this.storage.rootDir, dir.name))) {
        const path = join(this.storage.rootDir, dir.name, name);
        if ((await old(path)) < cutoff) candidates.push(relative(this.storage.rootDir, path));
      }
    }
    let orphans = 0;
    for (let i = 0; i < candidates.length; i += KEYS_PER_QUERY) {
      const keys = candidates.slice(i, i + KEYS_PER_QUERY);
      const rows: { key: string }[] = await this.dataSource.query(`SELECT storage_key AS key FROM attachments WHERE storage_key = ANY($1::text[])
         UNION ALL SELECT evidence_storage_key FROM indicator_measurements WHERE evidence_storage_key = ANY($1::text[])`, [keys]);
      const known = new Set(rows.map((r) => r.key));
      const unknown = keys.filter((key) => !known.has(key));
      await this.storage.remove(unknown);
      orphans += unknown.length;
    }
    if (incoming + orphans > 0) this.logger.log(`Evidence sweep removed ${incoming} partial uploads and ${orphans} files no report refers to`);
    return { incoming, orphans };
  }
}
