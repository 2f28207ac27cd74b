import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Actor, DomainError, isRole } from '@mandate/domain';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AccessTokenClaims, ACCESS_TOKEN_ISSUER } from './access-token.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: ['HS256'],
      issuer: ACCESS_TOKEN_ISSUER,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Actor {
    if (claims.typ !== 'access' || !isRole(claims.role)) throw new DomainError('UNAUTHENTICATED', 'The access token is not valid.');
    return { id: claims.sub, role: claims.role, departmentId: claims.dep ?? null, username: claims.usr };
  }
}
