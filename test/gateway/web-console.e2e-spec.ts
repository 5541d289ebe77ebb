import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { jest } from '@jest/globals';
import { e2eEnv, gql, originOf } from '@app/testing';

jest.setTimeout(60_000);

const env = e2eEnv();
const origin = originOf(env.gatewayUrl);

function rawGet(
  url: string,
  acceptEncoding: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

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

  it("sends the build's brotli or gzip variant of an asset to a browser that accepts it", async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      // http.get, not fetch: fetch would decode the body and hide what was sent.
      const plain = await rawGet(`${origin}${asset}`, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      const br = await rawGet(`${origin}${asset}`, 'gzip, deflate, br');
      expect({ asset, encoding: br.headers['content-encoding'], vary: br.headers['vary'] }).toEqual({
        asset,
        encoding: 'br',
        vary: 'accept-encoding',
      });
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers['content-type']).toBe(plain.headers['content-type']);
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      expect(br.body.length).toBeLessThan(plain.body.length);
      const gzip = await rawGet(`${origin}${asset}`, 'br;q=0, gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    }
    // A missing asset is still a 404, whatever the browser accepts.
    expect((await rawGet(`${origin}/assets/missing-abc123.js`, 'br')).status).toBe(404);
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
