import { jest } from '@jest/globals';
import { e2eEnv, gql, originOf } from '@app/testing';

jest.setTimeout(60_000);

const env = e2eEnv();
const origin = originOf(env.gatewayUrl);

/** The gateway serves the built console next to the API, and the local login for it. */
describe('gateway: web console and local login', () => {
  it('serves index.html at / and for client routes, revalidated on every load', async () => {
    for (const path of ['/', '/patents', '/some/client/route?x=1']) {
      const res = await fetch(`${origin}${path}`);
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toMatchObject({
        status: 200,
        type: expect.stringMatching(/^text\/html/),
      });
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root"></div>');
    }
  });

  it('caches hashed assets for a year and answers 404 for a missing one', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const res = await fetch(`${origin}${script}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${origin}/assets/missing-abc123.js`)).status).toBe(404);
  });

  it('leaves /graphql and /health to the server', async () => {
    const health = await fetch(`${origin}/health/live`);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${origin}/health/nothing-here`)).headers.get('content-type')).not.toMatch(/text\/html/);
    const res = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('lists the demo users and signs a token the API accepts', async () => {
    const logins = (await (await fetch(`${origin}/auth/demo-logins`)).json()) as { users: { login: string }[] };
    expect(logins.users.map((u) => u.login)).toEqual(expect.arrayContaining(['sme', 'bank', 'registrar', 'program']));
    const res = await fetch(`${origin}/auth/local-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'bank' }),
    });
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const viewer = await gql<{ viewer: { login: string; roles: string[] } }>(
      env.gatewayUrl,
      '{ viewer { login roles } }',
      {},
      { token },
    );
    expect(viewer.body.data?.viewer).toEqual({ login: 'bank', roles: ['BANK', 'ARRANGER'] });
  });

  it('refuses an unknown login with BAD_USER_INPUT', async () => {
    const res = await fetch(`${origin}/auth/local-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'nobody' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'login' } }] });
  });
});
