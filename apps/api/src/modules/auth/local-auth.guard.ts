import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '@mandate/domain';
import { assertLoginBody } from './local.strategy';
import { isCodedError } from '../../common/errors/transport-error';

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    assertLoginBody(context.switchToHttp().getRequest<{ body: unknown }>().body);
    return super.canActivate(context);
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (isCodedError(error)) throw error;
    if (error || !user) throw new DomainError('UNAUTHENTICATED', 'Incorrect username or password.');
    return user;
  }
}
