import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

const NAME = 'mandate_refresh';
const PATH = '/api/auth';

/** The refresh token travels only in this httpOnly, SameSite=Strict cookie, scoped to the auth routes. */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(response: Response, token: string): void {
    response.cookie(NAME, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: PATH,
      maxAge: this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000,
    });
  }

  read(request: Request): string | undefined {
    const value = (request.cookies as Record<string, unknown> | undefined)?.[NAME];
    return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
  }

  clear(response: Response): void {
    response.clearCookie(NAME, { httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure, path: PATH });
  }
}
