import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError, LoginResponse, SessionUser } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../../common/auth/access-token.service';
import { SessionVersionsService } from '../../common/auth/session-versions.service';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../common/auth/password-hasher';
import { AuditService } from '../audit/audit.service';
import { mapSessionUser } from '../users/dtos/user-response.dto';
import { UserEntity } from '../users/user.entity';
import { ChangePasswordDto } from './dtos/change-password.dto';
import { LoginThrottleService } from './login-throttle.service';
import { RefreshTokensService } from './refresh-tokens.service';

export interface IssuedSession {
  body: LoginResponse;
  refreshToken: string;
}

const BAD_CREDENTIALS = 'Incorrect username or password.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly accessTokens: AccessTokenService,
    private readonly sessions: SessionVersionsService,
    private readonly audit: AuditService,
  ) {}

  /** The same answer, in about the same time, for an unknown user, an inactive one and a wrong password. */
  async validateCredentials(rawUsername: string, password: string, address: string): Promise<SessionUser> {
    const username = rawUsername.trim().toLowerCase();
    await this.throttle.assertAllowed(username, address);
    const user = await this.findWithHash(username);
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !user.active || !matches) {
      await this.throttle.recordFailure(username, address);
      throw new DomainError('UNAUTHENTICATED', BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(username, address);
    return mapSessionUser(user);
  }

  async startSession(user: SessionUser): Promise<IssuedSession> {
    const refreshToken = await this.dataSource.transaction(async (manager) => {
      const token = await this.refreshTokens.issue(manager, user.id);
      await this.audit.record(manager, { actor: user, entityType: 'session', entityId: user.id, action: 'login' });
      return token;
    });
    return { body: this.loginResponse(user, await this.sessions.current(user.id)), refreshToken };
  }

  async refresh(token: string | undefined): Promise<IssuedSession> {
    if (!token) throw new DomainError('UNAUTHENTICATED', 'No session to refresh; sign in again.');
    const rotated = await this.refreshTokens.rotate(token);
    const user = await this.dataSource.manager.findOne(UserEntity, { where: { id: rotated.userId } });
    if (!user || !user.active) throw new DomainError('UNAUTHENTICATED', 'Your account is no longer active.');
    return { body: this.loginResponse(mapSessionUser(user), user.sessionVersion), refreshToken: rotated.token };
  }

  /** Ends this sign-in and the user's access tokens everywhere; other devices renew theirs with their own refresh cookie. */
  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    const ended = await this.dataSource.transaction(async (manager) => {
      const userId = await this.refreshTokens.revoke(manager, token);
      if (!userId) return null;
      await this.audit.record(manager, { actor: { id: userId }, entityType: 'session', entityId: userId, action: 'logout' });
      return { userId, version: await this.sessions.bump(manager, userId) };
    });
    if (ended) await this.sessions.publish(ended.userId, ended.version);
  }

  /** Signs the user out on every device: all refresh tokens revoked, all access tokens ended. */
  async logoutEverywhere(actor: Actor): Promise<void> {
    const version = await this.dataSource.transaction(async (manager) => {
      await this.refreshTokens.revokeAllOf(manager, actor.id);
      await this.audit.record(manager, { actor, entityType: 'session', entityId: actor.id, action: 'logout', after: { everywhere: true } });
      return this.sessions.bump(manager, actor.id);
    });
    await this.sessions.publish(actor.id, version);
  }

  async me(actor: Actor): Promise<SessionUser> {
    const user = await this.dataSource.manager.findOne(UserEntity, { where: { id: actor.id, active: true } });
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Your account is no longer active.');
    return mapSessionUser(user);
  }

  /**
   * Every other session ends (refresh and access tokens); this device gets a fresh refresh token, with which
   * the client renews its access token. Wrong current passwords are throttled per user.
   */
  async changePassword(actor: Actor, input: ChangePasswordDto): Promise<string> {
    await this.throttle.assertPasswordChangeAllowed(actor.id);
    const user = await this.findWithHash(actor.username ?? '', actor.id);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.throttle.recordPasswordChangeFailure(actor.id);
      throw new DomainError('VALIDATION_FAILED', 'The current password is not correct.', [{ field: 'currentPassword', message: 'is not correct', rule: 'incorrect' }]);
    }
    if (input.currentPassword === input.newPassword) {
      throw new DomainError('VALIDATION_FAILED', 'The new password must differ from the current one.', [{ field: 'newPassword', message: 'must differ from the current password', rule: 'sameAsCurrent' }]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    const changed = await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, version: () => 'version + 1' });
      await this.refreshTokens.revokeAllOf(manager, user.id);
      await this.audit.record(manager, { actor, entityType: 'user', entityId: user.id, action: 'password_change' });
      return { version: await this.sessions.bump(manager, user.id), refreshToken: await this.refreshTokens.issue(manager, user.id) };
    });
    await this.sessions.publish(user.id, changed.version);
    await this.throttle.recordPasswordChangeSuccess(actor.id);
    return changed.refreshToken;
  }

  private loginResponse(user: SessionUser, sessionVersion: number): LoginResponse {
    return { accessToken: this.accessTokens.issue(user, sessionVersion), expiresIn: this.accessTokens.ttlSeconds, user };
  }

  private findWithHash(username: string, id?: string): Promise<UserEntity | null> {
    const qb = this.dataSource.manager.createQueryBuilder(UserEntity, 'u').addSelect('u.passwordHash');
    return (id ? qb.where('u.id = :id', { id }) : qb.where('u.username = :username', { username })).getOne();
  }
}
