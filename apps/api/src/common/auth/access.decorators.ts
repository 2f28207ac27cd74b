import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { Actor, Permission } from '@mandate/domain';

export const ACCESS_METADATA = 'mandate:access';

export type AccessDeclaration = { kind: 'public' } | { kind: 'authenticated'; permission: Permission };

/** Open to anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessDeclaration);

/** Needs a valid access token whose role holds the permission. */
export const Authenticated = (permission: Permission) =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'authenticated', permission } satisfies AccessDeclaration), ApiBearerAuth());

/** The signed-in actor; only on routes declared with @Authenticated. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<{ user: Actor }>();
  return request.user;
});
