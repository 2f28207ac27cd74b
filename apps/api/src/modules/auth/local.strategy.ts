import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { DomainError, FieldProblem, SessionUser } from '@mandate/domain';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, username: string, password: string): Promise<SessionUser> {
    return this.auth.validateCredentials(username, password, request.ip ?? 'unknown');
  }
}

/** Checks the login body's shape before passport, so a malformed body is a 400 and not a failed attempt. */
export function assertLoginBody(body: unknown): void {
  const input = (body ?? {}) as Record<string, unknown>;
  const details: FieldProblem[] = (['username', 'password'] as const)
    .filter((field) => typeof input[field] !== 'string' || (input[field] as string).length === 0 || (input[field] as string).length > 200)
    .map((field) => ({ field, message: 'must be a non-empty string of at most 200 characters', rule: 'isLength' as const, params: { min: 1, max: 200 } }));
  const unknown = Object.keys(input).filter((key) => key !== 'username' && key !== 'password');
  details.push(...unknown.map((field) => ({ field, message: 'is not an accepted field', rule: 'whitelistValidation' as const })));
  if (details.length > 0) throw new DomainError('VALIDATION_FAILED', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}
