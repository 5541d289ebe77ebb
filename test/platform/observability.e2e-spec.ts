import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_IDENTITY_HEADER, Role, signGatewayIdentity } from '@app/auth';
import { DEV_GATEWAY_SHARED_SECRET } from '@app/config';
import { assertNoLeak, e2eEnv, gql, originOf, tokenFor } from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/** Health endpoints, correlation ids, error masking and the bundled GraphiQL. */

const APPS = (): [string, string][] => [
  ['gateway', env.gatewayUrl],
  ['pledge-registry', env.registryUrl],
  ['valuation', env.valuationUrl],
];

/** Polls an app's log file (writes are asynchronous) until a line contains `needle`. */
async function logLinesWith(app: string, needle: string, timeoutMs = 5000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = readFileSync(join(env.logDir, `${app}.log`), 'utf8')
      .split('\n')
      .filter((l) => l.includes(needle));
    if (lines.length > 0 || Date.now() > deadline) return lines;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('health', () => {
  it.each(['live', 'ready'])('/health/%s answers 200 {status: ok} on every app', async (probe) => {
    for (const [app, url] of APPS()) {
      const res = await fetch(`${originOf(url)}/health/${probe}`);
      expect({ app, status: res.status, body: (await res.json()) as unknown }).toMatchObject({
        app,
        status: 200,
        body: { status: 'ok' },
      });
    }
  });

  it("the gateway's readiness reports each subgraph", async () => {
    const res = await fetch(`${originOf(env.gatewayUrl)}/health/ready`);
    expect(await res.json()).toEqual({ status: 'ok', subgraphs: { valuation: 'ok', 'pledge-registry': 'ok' } });
  });

  it('health needs no credentials on a subgraph, but /graphql does', async () => {
    expect((await fetch(`${originOf(env.registryUrl)}/health/live`)).status).toBe(200);
    expect(
      (
        await fetch(env.registryUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        })
      ).status,
    ).toBe(401);
  });
});

describe('correlation ids', () => {
  it('an x-request-id sent to the gateway comes back and is logged by the subgraph that served the request', async () => {
    const requestId = `e2e-${randomUUID()}`;
    const res = await gql(
      env.gatewayUrl,
      '{ viewer { login } }',
      {},
      { token: await tokenFor('sme'), headers: { 'x-request-id': requestId } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const lines = await logLinesWith('pledge-registry', requestId);
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ service: 'pledge-registry', requestId });
    expect(await logLinesWith('gateway', requestId)).not.toHaveLength(0);
  });

  it('an unsafe x-request-id is replaced by a fresh one rather than echoed', async () => {
    const res = await gql(
      env.gatewayUrl,
      '{ viewer { login } }',
      {},
      { token: await tokenFor('sme'), headers: { 'x-request-id': 'bad id\twith "quotes"' } },
    );
    const echoed = res.headers.get('x-request-id');
    expect(echoed).not.toBe('bad id\twith "quotes"');
    expect(echoed).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  });

  it('without an x-request-id the gateway assigns one and the subgraph logs the same id', async () => {
    const res = await gql(env.gatewayUrl, '{ viewer { login } }', {}, { token: await tokenFor('bank') });
    const id = res.headers.get('x-request-id') as string;
    expect(id).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    expect(await logLinesWith('pledge-registry', id)).not.toHaveLength(0);
  });
});

describe('error masking', () => {
  it('a database error inside a subgraph is masked: a correlation id for the client, the detail only in the log', async () => {
    // Behind the gateway's trust boundary: an entity reference that is not a UUID makes
    // PostgreSQL fail the lookup, an error no client input validation anticipated.
    const identity = await signGatewayIdentity(
      { userId: randomUUID(), login: 'admin', partyId: null, roles: [Role.ADMIN], anonymous: false },
      DEV_GATEWAY_SHARED_SECRET,
    );
    const res = await gql(
      env.registryUrl,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on IpAsset { id number } } }',
      { r: [{ __typename: 'IpAsset', id: 'not-a-uuid' }] },
      { headers: { [GATEWAY_IDENTITY_HEADER]: identity } },
    );
    assertNoLeak(res.text);
    const error = res.body.errors?.[0];
    if (error?.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      // A subgraph that validates the reference instead is fine too, as long as it says so.
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      return;
    }
    const correlationId = String(error.extensions['correlationId']);
    expect(correlationId).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    expect(error.message).toContain(correlationId);
    expect(res.text).not.toContain('not-a-uuid');
    const logged = await logLinesWith('pledge-registry', correlationId);
    expect(logged.some((l) => l.includes('"level":50') && l.includes('not-a-uuid'))).toBe(true);
  });

  it('malformed requests are answered as client errors without internals', async () => {
    const token = await tokenFor('admin');
    const cases: [string, Record<string, unknown>][] = [
      ['{ ipAssets(first: 1) { edges { node { nope } } } }', {}],
      ['{ ipAssets(first: 1) { edges { node { id } }', {}],
      ['query($id: ID!) { ipAsset(id: $id) { id } }', { id: "1' OR '1'='1" }],
      ['query($f: IpAssetFilter) { ipAssets(filter: $f) { edges { node { id } } } }', { f: { ipcPrefix: "H01M' --" } }],
    ];
    for (const [query, variables] of cases) {
      const res = await gql(env.gatewayUrl, query, variables, { token });
      assertNoLeak(res.text);
      expect({ query, status: res.status < 500, code: res.body.errors?.[0]?.extensions?.code }).toEqual({
        query,
        status: true,
        code: expect.stringMatching(/^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/),
      });
    }
  });

  it('a non-JSON body to the gateway is a 4xx client error without internals', async () => {
    const res = await fetch(env.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor('sme')}` },
      body: '{"query": ',
    });
    const text = await res.text();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    assertNoLeak(text);
  });
});

describe('GraphiQL', () => {
  it('is served at GET /graphql for a browser and loads no script or stylesheet from another host', async () => {
    const res = await fetch(env.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/graphiql/i);
    const external = /^\s*["']?\s*(?:https?:)?\/\//i;
    const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(["']?)([^"'\s>]+)\1/gi)].map((m) => m[2] as string);
    const links = [...html.matchAll(/<link\b[^>]*?\bhref\s*=\s*(["']?)([^"'\s>]+)\1/gi)].map((m) => m[2] as string);
    expect(scripts.filter((s) => external.test(s))).toEqual([]);
    expect(links.filter((s) => external.test(s))).toEqual([]);
    expect(html).not.toMatch(/@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/\bimport\s*\(\s*["'](?:https?:)?\/\//i);
  });
});
