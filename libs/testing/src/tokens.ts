import { SignJWT } from 'jose';
import { issueUserToken, type Role } from '@app/auth';
import { DEV_JWT_SECRET } from '@app/config';
import { demoIdentity, demoUserByLogin, LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER, type DemoUser } from '@app/demo-data';

export type DemoLogin = 'sme' | 'sme2' | 'bank' | 'registrar' | 'program' | 'admin';

export function demoUser(login: DemoLogin): DemoUser {
  return demoUserByLogin(login);
}

const cache = new Map<string, Promise<string>>();

/**
 * A bearer token for a demo user, signed like `npm run token -- <login>`: the gateway's
 * development defaults (DEV_JWT_SECRET, LOCAL_TOKEN_ISSUER, LOCAL_TOKEN_AUDIENCE).
 * Valid 12 hours; cached per login.
 */
export function tokenFor(login: DemoLogin): Promise<string> {
  let token = cache.get(login);
  if (token === undefined) {
    token = issueUserToken(demoIdentity(login), DEV_JWT_SECRET, LOCAL_TOKEN_ISSUER, LOCAL_TOKEN_AUDIENCE);
    cache.set(login, token);
  }
  return token;
}

export interface CustomTokenOptions {
  login?: DemoLogin;
  secret?: string;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for a token that has already expired. Default 600. */
  expiresInSeconds?: number;
}

/**
 * A user token with any of its trust properties changed (other secret, issuer,
 * audience, lifetime), for negative tests: everything else matches `tokenFor`.
 */
export async function customToken(options: CustomTokenOptions = {}): Promise<string> {
  const user = demoUser(options.login ?? 'admin');
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (options.expiresInSeconds ?? 600);
  return new SignJWT({ login: user.login, party_id: user.partyId, roles: user.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(options.issuer ?? LOCAL_TOKEN_ISSUER)
    .setAudience(options.audience ?? LOCAL_TOKEN_AUDIENCE)
    .setIssuedAt(Math.min(now, exp - 60))
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(options.secret ?? DEV_JWT_SECRET));
}

/** Who a {@link tokenForUser} token speaks for: any user, not only the demo logins. */
export interface TestUser {
  userId: string;
  login: string;
  partyId: string | null;
  roles: Role[];
}

/**
 * A bearer token for an arbitrary user (e.g. a second bank created by a test), signed
 * exactly like {@link tokenFor}; the platform trusts the claims, it keeps no user table.
 */
export function tokenForUser(user: TestUser): Promise<string> {
  return issueUserToken(
    { userId: user.userId, login: user.login, partyId: user.partyId, roles: user.roles },
    DEV_JWT_SECRET,
    LOCAL_TOKEN_ISSUER,
    LOCAL_TOKEN_AUDIENCE,
  );
}
