import { Inject, Injectable } from '@nestjs/common';
import { createReadStream, createWriteStream, ReadStream, WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

// Exports hold the same need-to-know data as the screens: owner-only, like evidence.
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** Generated export files under UPLOAD_DIR/exports (the volume API and worker share), named by the export's id only. */
@Injectable()
export class ExportStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.UPLOAD_DIR, 'exports');
  }

  /** A stream to write the file into; `keep` makes it visible once complete. */
  async create(exportId: string): Promise<{ stream: WriteStream; keep: () => Promise<string> }> {
    await mkdir(this.root, { recursive: true, mode: PRIVATE_DIR });
    const key = `${exportId}.xlsx`;
    const partial = this.pathOf(`${key}.part`);
    const stream = createWriteStream(partial, { mode: PRIVATE_FILE });
    return { stream, keep: async () => (await rename(partial, this.pathOf(key)), key) };
  }

  read(key: string): ReadStream {
    return createReadStream(this.pathOf(key));
  }

  async remove(exportId: string): Promise<void> {
    await Promise.all([`${exportId}.xlsx`, `${exportId}.xlsx.part`].map((name) => rm(this.pathOf(name), { force: true })));
  }

  private pathOf(name: string): string {
    if (!/^[0-9a-f-]{36}\.xlsx(\.part)?$/.test(name)) throw new Error(`Not an export file name: ${name}`);
    return join(this.root, name);
  }
}
