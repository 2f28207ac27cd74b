import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Actor, DomainError, isRole } from '@mandate/domain';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AccessTokenClaims, ACCESS_TOKEN_ISSUER, accessTokenKey } from './access-token.service';
import { NO_SESSION, SessionVersionsService } from './session-versions.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionVersionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken as is, which takes a KeyObject; its typings only list string | Buffer.
      secretOrKey: accessTokenKey(config.JWT_SECRET) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: ACCESS_TOKEN_ISSUER,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<Actor> {
    if (claims.typ !== 'access' || !isRole(claims.role) || !Number.isInteger(claims.sv)) throw new DomainError('UNAUTHENTICATED', 'The access token is not valid.');
    const current = await this.sessions.current(claims.sub);
    // A bump (deactivation, new role or department, new password, sign-out) ends every token issued before it.
    if (current === NO_SESSION || current !== claims.sv) throw new DomainError('UNAUTHENTICATED', 'Your session has ended; sign in again.');
    return { id: claims.sub, role: claims.role, departmentId: claims.dep ?? null, username: claims.usr };
  }
}
