import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AccessGuard } from './access.guard';
import { accessTokenKey, AccessTokenService } from './access-token.service';
import { JwtStrategy } from './jwt.strategy';
import { SessionVersionsService } from './session-versions.service';

@Global()
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: accessTokenKey(config.JWT_SECRET) }),
    }),
  ],
  providers: [AccessTokenService, SessionVersionsService, JwtStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessTokenService, SessionVersionsService],
})
export class AccessModule {}
