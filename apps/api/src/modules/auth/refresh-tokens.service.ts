import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@mandate/domain';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RefreshTokenEntity } from './refresh-token.entity';

const sha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

// A second tab may present the token its sibling just rotated; only older reuse means theft.
const REUSE_GRACE_MS = 60_000;

@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000;
  }

  async issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.insert(RefreshTokenEntity, { userId, familyId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + this.ttlMs) });
    return token;
  }

  /** Spends the token once and returns its user with a successor; reuse of a spent token ends its whole family. */
  async rotate(token: string): Promise<{ userId: string; token: string }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: sha256(token) }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw invalid();
      if (row.usedAt || row.revokedAt) {
        const spentAt = (row.usedAt ?? row.revokedAt)!.getTime();
        if (Date.now() - spentAt > REUSE_GRACE_MS) await this.revokeFamily(manager, row.familyId);
        throw invalid();
      }
      if (row.expiresAt.getTime() <= Date.now()) throw invalid();
      const now = new Date();
      await manager.update(RefreshTokenEntity, { id: row.id }, { usedAt: now, revokedAt: now });
      return { userId: row.userId, token: await this.issue(manager, row.userId, row.familyId) };
    });
  }

  async revoke(token: string): Promise<void> {
    const row = await this.dataSource.manager.findOne(RefreshTokenEntity, { where: { tokenHash: sha256(token) } });
    if (row) await this.revokeFamily(this.dataSource.manager, row.familyId);
  }

  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

const invalid = () => new DomainError('UNAUTHENTICATED', 'Your session has ended; sign in again.');
