import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError, LoginResponse, SessionUser } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../../common/auth/access-token.service';
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
    await this.throttle.recordSuccess(username);
    return mapSessionUser(user);
  }

  async startSession(user: SessionUser): Promise<IssuedSession> {
    const refreshToken = await this.dataSource.transaction(async (manager) => {
      const token = await this.refreshTokens.issue(manager, user.id);
      await this.audit.record(manager, { actor: user, entityType: 'session', entityId: user.id, action: 'login' });
      return token;
    });
    return { body: this.loginResponse(user), refreshToken };
  }

  async refresh(token: string | undefined): Promise<IssuedSession> {
    if (!token) throw new DomainError('UNAUTHENTICATED', 'No session to refresh; sign in again.');
    const rotated = await this.refreshTokens.rotate(token);
    const user = await this.dataSource.manager.findOne(UserEntity, { where: { id: rotated.userId } });
    if (!user || !user.active) throw new DomainError('UNAUTHENTICATED', 'Your account is no longer active.');
    return { body: this.loginResponse(mapSessionUser(user)), refreshToken: rotated.token };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.refreshTokens.revoke(token);
  }

  async me(actor: Actor): Promise<SessionUser> {
    const user = await this.dataSource.manager.findOne(UserEntity, { where: { id: actor.id, active: true } });
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Your account is no longer active.');
    return mapSessionUser(user);
  }

  async changePassword(actor: Actor, input: ChangePasswordDto): Promise<void> {
    const user = await this.findWithHash(actor.username ?? '', actor.id);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new DomainError('VALIDATION_FAILED', 'The current password is not correct.', [{ field: 'currentPassword', message: 'is not correct' }]);
    }
    if (input.currentPassword === input.newPassword) {
      throw new DomainError('VALIDATION_FAILED', 'The new password must differ from the current one.', [{ field: 'newPassword', message: 'must differ from the current password' }]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, version: () => 'version + 1' });
      await this.refreshTokens.revokeAllOf(manager, user.id);
      await this.audit.record(manager, { actor, entityType: 'user', entityId: user.id, action: 'password_change' });
    });
  }

  private loginResponse(user: SessionUser): LoginResponse {
    return { accessToken: this.accessTokens.issue(user), expiresIn: this.accessTokens.ttlSeconds, user };
  }

  private findWithHash(username: string, id?: string): Promise<UserEntity | null> {
    const qb = this.dataSource.manager.createQueryBuilder(UserEntity, 'u').addSelect('u.passwordHash');
    return (id ? qb.where('u.id = :id', { id }) : qb.where('u.username = :username', { username })).getOne();
  }
}
