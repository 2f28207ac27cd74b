import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@mandate/domain';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SessionVersionsService } from '../../common/auth/session-versions.service';
import { AuditService } from '../audit/audit.service';
import { RefreshTokenEntity } from './refresh-token.entity';

const sha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

// A second tab may present the token its sibling just rotated; only older reuse means theft.
const REUSE_GRACE_MS = 60_000;

@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionVersionsService,
    private readonly audit: AuditService,
  ) {}

  get ttlMs(): number {
    return this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000;
  }

  async issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.insert(RefreshTokenEntity, { userId, familyId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + this.ttlMs) });
    return token;
  }

  /**
   * Spends the token once and returns its user with a successor. Reuse of a spent token ends its whole
   * family in a transaction of its own, so the refusal that follows cannot roll the revocation back.
   */
  async rotate(token: string): Promise<{ userId: string; token: string }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: sha256(token) }, lock: { mode: 'pessimistic_write' } });
      if (!row) return { kind: 'invalid' as const };
      if (row.usedAt || row.revokedAt) {
        const spentAt = (row.usedAt ?? row.revokedAt)!.getTime();
        return Date.now() - spentAt > REUSE_GRACE_MS ? { kind: 'reused' as const, row } : { kind: 'invalid' as const };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      const now = new Date();
      await manager.update(RefreshTokenEntity, { id: row.id }, { usedAt: now, revokedAt: now });
      return { kind: 'rotated' as const, userId: row.userId, token: await this.issue(manager, row.userId, row.familyId) };
    });
    if (outcome.kind === 'rotated') return { userId: outcome.userId, token: outcome.token };
    if (outcome.kind === 'reused') await this.endStolenFamily(outcome.row);
    throw invalid();
  }

  /** A spent token presented again means someone copied it: the family ends, and so do the user's access tokens. */
  private async endStolenFamily(row: RefreshTokenEntity): Promise<void> {
    const version = await this.dataSource.transaction(async (manager) => {
      await this.revokeFamily(manager, row.familyId);
      await this.audit.record(manager, { actor: null, entityType: 'session', entityId: row.userId, action: 'logout', after: { reason: 'refresh_token_reuse', familyId: row.familyId } });
      return this.sessions.bump(manager, row.userId);
    });
    await this.sessions.publish(row.userId, version);
  }

  /** Ends the token's family; returns its user, or null for a token that was never issued. */
  async revoke(manager: EntityManager, token: string): Promise<string | null> {
    const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: sha256(token) } });
    if (!row) return null;
    await this.revokeFamily(manager, row.familyId);
    return row.userId;
  }

  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

const invalid = () => new DomainError('UNAUTHENTICATED', 'Your session has ended; sign in again.');
