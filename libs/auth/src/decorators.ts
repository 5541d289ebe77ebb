import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.js';

export const ROLES_KEY = 'ipfin:roles';
export const PUBLIC_KEY = 'ipfin:public';

/** Allows the handler to callers holding any of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Marks a handler as open to anonymous callers (still only through the gateway). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
