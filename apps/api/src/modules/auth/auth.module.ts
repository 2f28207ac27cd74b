import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { RefreshCookie } from './refresh-cookie';
import { RefreshTokensService } from './refresh-tokens.service';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [AuthService, LocalStrategy, LoginThrottleService, RefreshTokensService, RefreshCookie],
})
export class AuthModule {}
