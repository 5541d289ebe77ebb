import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { Identity } from './identity.js';
import { isRole, type Role } from './role.js';

export interface UserTokenClaims {
  userId: string;
  login: string;
  partyId: string | null;
  roles: readonly Role[];
}

export interface UserTokenVerifierOptions {
  /** HS256 secret for locally issued tokens; omit to disable the local issuer. */
  hs256Secret?: string;
  /** JWKS endpoint of the production identity provider. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

const LOCAL_LIFETIME = '12h';

/** Signs a bearer token for a user (local issuer: demo logins, tests, the token CLI). */
export async function issueUserToken(
  claims: UserTokenClaims,
  secret: string,
  issuer: string,
  audience: string,
): Promise<string> {
  return new SignJWT({ login: claims.login, party_id: claims.partyId, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(LOCAL_LIFETIME)
    .sign(new TextEncoder().encode(secret));
}

function toIdentity(payload: JWTPayload): Identity {
  const roles = Array.isArray(payload['roles']) ? payload['roles'].filter(isRole) : [];
  const partyId = payload['party_id'];
  const login = payload['login'];
  return {
    userId: payload.sub ?? null,
    login: typeof login === 'string' ? login : null,
    partyId: typeof partyId === 'string' ? partyId : null,
    roles,
    anonymous: false,
  };
}

/**
 * Builds the gateway's bearer-token verifier: HS256 for the local issuer and/or a remote
 * JWKS for production. Issuer and audience are always checked. Returns null for any
 * token that does not verify, so the caller answers 401 without saying why.
 */
export function createUserTokenVerifier(options: UserTokenVerifierOptions) {
  const secret = options.hs256Secret === undefined ? undefined : new TextEncoder().encode(options.hs256Secret);
  const jwks = options.jwksUrl === undefined ? undefined : createRemoteJWKSet(new URL(options.jwksUrl));
  return async (token: string): Promise<Identity | null> => {
    const verifyOptions = { issuer: options.issuer, audience: options.audience };
    if (secret !== undefined) {
      try {
        const { payload } = await jwtVerify(token, secret, { ...verifyOptions, algorithms: ['HS256'] });
        return toIdentity(payload);
      } catch {
        // fall through to JWKS, when configured
      }
    }
    if (jwks !== undefined) {
      try {
        const { payload } = await jwtVerify(token, jwks, {
          ...verifyOptions,
          algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'],
        });
        return toIdentity(payload);
      } catch {
        return null;
      }
    }
    return null;
  };
}
