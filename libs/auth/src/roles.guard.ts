import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppException } from '@app/errors';
import { PUBLIC_KEY, ROLES_KEY } from './decorators.js';
import { ANONYMOUS, type Identity } from './identity.js';
import type { Role } from './role.js';

export function identityFromContext(context: ExecutionContext): Identity {
  if (context.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(context).getContext<{ req?: { identity?: Identity } }>();
    return gql.req?.identity ?? ANONYMOUS;
  }
  return context.switchToHttp().getRequest<{ identity?: Identity }>().identity ?? ANONYMOUS;
}

/**
 * Global guard: deny by default. A handler runs only when it is marked @Public() or the
 * caller holds one of its @Roles(). A handler with neither is a programming error and is
 * refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const identity = identityFromContext(context);
    if (roles === undefined) throw AppException.forbidden('No access policy is defined for this operation');
    if (identity.anonymous) throw AppException.unauthenticated();
    if (!identity.roles.some((r) => roles.includes(r))) throw AppException.forbidden();
    return true;
  }
}
