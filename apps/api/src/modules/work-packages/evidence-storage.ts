import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, createReadStream, mkdirSync, ReadStream } from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** What multer's disk storage hands over; typed here because @types/multer is not installed. */
export interface UploadedEvidenceFile {
  originalname: string;
  mimetype: string;
  size: number;
  path: string;
}

const HEAD_BYTES = 4096;
// Evidence is readable by the API's own user only: other accounts on the host get neither the files nor their names.
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** Evidence files on disk under UPLOAD_DIR (a volume in production); the database keeps only their key and hash. */
@Injectable()
export class EvidenceStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.UPLOAD_DIR);
  }

  get rootDir(): string {
    return this.root;
  }

  /** Where multer writes uploads while the request is checked; on the same volume, so keeping one is a rename. */
  get incomingDir(): string {
    return join(this.root, '.incoming');
  }

  /** Creates (or narrows) the upload folders to owner-only before multer writes into them; returns the incoming folder. */
  ensurePrivateDirs(): string {
    for (const dir of [this.root, this.incomingDir]) {
      mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
      chmodSync(dir, PRIVATE_DIR);
    }
    return this.incomingDir;
  }

  async head(path: string): Promise<Uint8Array> {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  async sha256(path: string): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  /** Moves an upload to its permanent key, `<packageId>/<uuid>`; the client's file name never reaches the path. */
  async keep(uploadPath: string, workPackageId: string): Promise<string> {
    const key = `${workPackageId}/${randomUUID()}`;
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true, mode: PRIVATE_DIR });
    await chmod(dirname(target), PRIVATE_DIR);
    await chmod(uploadPath, PRIVATE_FILE);
    await rename(uploadPath, target);
    return key;
  }

  async remove(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }

  async discardUploads(files: readonly UploadedEvidenceFile[]): Promise<void> {
    await Promise.all(files.map((file) => rm(file.path, { force: true })));
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  read(key: string): ReadStream {
    return createReadStream(this.pathOf(key));
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key outside the upload directory: ${key}`);
    return path;
  }
}
