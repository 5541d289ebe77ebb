import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createUserTokenVerifier } from '@app/auth';
import { DEMO_USERS } from '@app/demo-data';
import { localLoginMiddleware } from './local-login.js';

const signer = { secret: 'a-test-secret-that-is-long-enough-0123456789', issuer: 'test-iss', audience: 'test-aud' };
let server: Server;
let base: string;

beforeAll(async () => {
  const handle = localLoginMiddleware(signer);
  server = createServer((req, res) =>
    handle(req, res, () => {
      res.statusCode = 404;
      res.end('next');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function postToken(body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${base}/auth/local-token`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

describe('local login', () => {
  it('lists every demo user with display name and roles, never an id or token', async () => {
    const res = await fetch(`${base}/auth/demo-logins`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { users: Record<string, unknown>[] };
    expect(body.users).toEqual(DEMO_USERS.map((u) => ({ login: u.login, displayName: u.displayName, roles: u.roles })));
  });

  it('signs a token the gateway verifier accepts, for the requested demo user', async () => {
    const res = await postToken(JSON.stringify({ login: 'sme' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; user: { login: string; roles: string[] } };
    expect(body.user).toMatchObject({ login: 'sme', roles: ['SME'] });
    const verify = createUserTokenVerifier({ hs256Secret: signer.secret, ...signer });
    const identity = await verify(body.token);
    const sme = DEMO_USERS.find((u) => u.login === 'sme')!;
    expect(identity).toMatchObject({ userId: sme.id, login: 'sme', partyId: sme.partyId, roles: ['SME'] });
    // Another audience does not accept it: the token is bound to this gateway's settings.
    const other = createUserTokenVerifier({ hs256Secret: signer.secret, issuer: 'test-iss', audience: 'other' });
    expect(await other(body.token)).toBeNull();
  });

  it.each([
    ['an unknown login', JSON.stringify({ login: 'mallory' })],
    ['no login', '{}'],
    ['a non-string login', JSON.stringify({ login: ['sme'] })],
    ['invalid JSON', '{"login":'],
    ['JSON null', 'null'],
  ])('refuses %s with BAD_USER_INPUT on field login', async (_case, body) => {
    const res = await postToken(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'login' } }] });
  });

  it('refuses a body that is not JSON, an oversized body and the wrong method', async () => {
    expect((await postToken('login=sme', 'application/x-www-form-urlencoded')).status).toBe(415);
    const big = await postToken(JSON.stringify({ login: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect((await fetch(`${base}/auth/local-token`)).status).toBe(405);
    expect((await fetch(`${base}/auth/demo-logins`, { method: 'POST' })).status).toBe(405);
  });

  it('passes other paths on', async () => {
    const res = await fetch(`${base}/auth/other`);
    expect({ status: res.status, text: await res.text() }).toEqual({ status: 404, text: 'next' });
  });
});
