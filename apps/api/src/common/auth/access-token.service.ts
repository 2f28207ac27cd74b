import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { SessionUser } from '@mandate/domain';
import { createSecretKey, KeyObject } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

export const ACCESS_TOKEN_ISSUER = 'mandate';

/**
 * JWT_SECRET as an HMAC key object, made once. Given the bare string, jsonwebtoken first tries to read it as a PEM
 * public key on every verify and sign (an exception thrown and caught each time), which cost milliseconds of CPU per
 * request.
 */
export const accessTokenKey = (secret: string): KeyObject => createSecretKey(Buffer.from(secret, 'utf8'));

export interface AccessTokenClaims {
  sub: string;
  role: string;
  dep: string | null;
  usr: string;
  /** The user's session version when issued (SessionVersionsService). */
  sv: number;
  typ: 'access';
}

/** Issues the short-lived access tokens (JWT, HS256); JwtStrategy checks them. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  issue(user: SessionUser, sessionVersion: number): string {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, dep: user.departmentId, usr: user.username, sv: sessionVersion, typ: 'access' };
    return this.jwt.sign(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER });
  }
}
