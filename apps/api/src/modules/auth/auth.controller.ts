import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { Actor, LoginResponse, SessionUser } from '@mandate/domain';
import type { Request, Response } from 'express';
import { Authenticated, CurrentActor, Public } from '../../common/auth/access.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dtos/change-password.dto';
import { LoginDto } from './dtos/login.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { RefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  async login(@Req() request: Request & { user: SessionUser }, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const session = await this.auth.startSession(request.user);
    this.cookie.set(response, session.refreshToken);
    return session.body;
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const session = await this.auth.refresh(this.cookie.read(request));
    this.cookie.set(response, session.refreshToken);
    return session.body;
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(this.cookie.read(request));
    this.cookie.clear(response);
  }

  @Post('logout-all')
  @HttpCode(204)
  @Authenticated('auth.self')
  async logoutEverywhere(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logoutEverywhere(actor);
    this.cookie.clear(response);
  }

  @Get('me')
  @Authenticated('auth.self')
  me(@CurrentActor() actor: Actor): Promise<SessionUser> {
    return this.auth.me(actor);
  }

  @Post('password')
  @HttpCode(204)
  @Authenticated('auth.self')
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @Res({ passthrough: true }) response: Response): Promise<void> {
    this.cookie.set(response, await this.auth.changePassword(actor, body));
  }
}
