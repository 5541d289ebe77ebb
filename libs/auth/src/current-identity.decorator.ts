import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { identityFromContext } from './roles.guard.js';

/** Injects the caller's Identity into a resolver or controller method. */
export const CurrentIdentity = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  identityFromContext(context),
);
