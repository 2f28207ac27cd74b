import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { Actor, can, DomainError } from '@mandate/domain';
import { ACCESS_METADATA, AccessDeclaration } from './access.decorators';
import { isCodedError } from '../errors/transport-error';

/**
 * The one guard of the API: every route declares @Public or @Authenticated(permission);
 * a route that declares nothing is refused (fail closed), and a test lists any such route.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!declaration) throw new DomainError('FORBIDDEN', 'This route declares no access rule and is closed.');
    if (declaration.kind === 'public') return true;

    await super.canActivate(context);
    const actor = context.switchToHttp().getRequest<{ user: Actor }>().user;
    if (!can(actor.role, declaration.permission)) {
      throw new DomainError('FORBIDDEN', `Your role (${actor.role}) is not allowed to do this.`);
    }
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (isCodedError(error)) throw error;
    if (error || !user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue: the access token is missing, expired or not valid.');
    return user;
  }
}
