export { Role, ALL_ROLES, isRole } from './role.js';
export type { Identity } from './identity.js';
export { ANONYMOUS } from './identity.js';
export {
  GATEWAY_IDENTITY_HEADER,
  signGatewayIdentity,
  verifyGatewayIdentity,
} from './gateway-identity.js';
export { issueUserToken, createUserTokenVerifier } from './user-token.js';
export type { UserTokenClaims, UserTokenVerifierOptions } from './user-token.js';
export { Roles, Public, ROLES_KEY, PUBLIC_KEY } from './decorators.js';
export { RolesGuard } from './roles.guard.js';
export { CurrentIdentity } from './current-identity.decorator.js';
export { gatewayIdentityMiddleware } from './gateway-identity.middleware.js';
