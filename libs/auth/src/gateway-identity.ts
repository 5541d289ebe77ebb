import { SignJWT, jwtVerify } from 'jose';
import type { Identity } from './identity.js';
import { isRole } from './role.js';

/**
 * Header in which the gateway hands the verified caller to a subgraph. Its value is a
 * short-lived HS256 token signed with a secret only the gateway and the subgraphs know,
 * so a request that reaches a subgraph directly cannot claim an identity.
 */
export const GATEWAY_IDENTITY_HEADER = 'x-gateway-identity';

const ISSUER = 'ipfin-gateway';
const AUDIENCE = 'ipfin-subgraph';
// Long enough for a slow subgraph call, short enough that a leaked header is useless soon.
const LIFETIME_SECONDS = 60;

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signGatewayIdentity(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({
    uid: identity.userId,
    login: identity.login,
    pid: identity.partyId,
    roles: identity.roles,
    anon: identity.anonymous,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(key(secret));
}

/** Returns the identity, or null when the header is missing, forged or expired. */
export async function verifyGatewayIdentity(token: string, secret: string): Promise<Identity | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const roles = Array.isArray(payload['roles']) ? payload['roles'].filter(isRole) : [];
    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    return {
      userId: str(payload['uid']),
      login: str(payload['login']),
      partyId: str(payload['pid']),
      roles,
      anonymous: payload['anon'] === true,
    };
  } catch {
    return null;
  }
}
