import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Role } from '@app/auth';
import { DEV_GATEWAY_SHARED_SECRET, DEV_JWT_SECRET } from '@app/config';
import { freePort, spawnNode, waitForHttp, type RunningProcess } from '@app/stack';
import { e2eEnv, gql, logMentions, tokenForUser, waitForLogLine, type GqlResponse } from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/**
 * Query limits, body limits, batching and rate limits on a gateway process of this spec's
 * own with low limits (the shared gateway keeps the defaults, which the rest of the suite
 * stays under), routing to the suite's subgraphs. Every refusal checks its code and that
 * no subgraph ever saw the request (its x-request-id is absent from their logs).
 */

const LIMITS = {
  GATEWAY_MAX_DEPTH: '3',
  GATEWAY_MAX_ALIASES: '3',
  GATEWAY_MAX_FIELDS: '30',
  GATEWAY_MAX_TOKENS: '200',
  GATEWAY_MAX_BODY_BYTES: '2048',
  GATEWAY_RATE_LIMIT_PER_MINUTE: '5',
  GATEWAY_RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2',
  GRAPHQL_INTROSPECTION: 'false',
};
const GQL_RESPONSE = 'application/graphql-response+json';

let gateway: RunningProcess;
let url: string;

beforeAll(async () => {
  const port = await freePort();
  gateway = spawnNode(
    'gateway-limits',
    join(env.rootDir, 'dist/apps/gateway/src/main.js'),
    [],
    {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      GATEWAY_PORT: String(port),
      VALUATION_URL: env.valuationUrl,
      REGISTRY_URL: env.registryUrl,
      GATEWAY_SHARED_SECRET: DEV_GATEWAY_SHARED_SECRET,
      JWT_SECRET: DEV_JWT_SECRET,
      LOCAL_ISSUER_ENABLED: 'true',
      ...LIMITS,
    },
    join(env.logDir, 'gateway-limits.log'),
  );
  await waitForHttp(`http://127.0.0.1:${port}/health/ready`, 30_000, () =>
    gateway.exitCode() === null ? null : `gateway exited: ${gateway.output()}`,
  );
  url = `http://127.0.0.1:${port}/graphql`;
});

afterAll(async () => {
  await gateway?.stop();
});

const freshUser = () =>
  tokenForUser({ userId: randomUUID(), login: `limits-${randomUUID().slice(0, 8)}`, partyId: null, roles: [Role.SME] });

/** POSTs with a fresh request id; returns the response and the id to look for in the logs. */
async function send(
  query: string,
  options: { token?: string; accept?: string } = {},
): Promise<GqlResponse & { requestId: string }> {
  const requestId = `e2e-limits-${randomUUID()}`;
  const headers: Record<string, string> = { 'x-request-id': requestId, accept: options.accept ?? GQL_RESPONSE };
  const res = await gql(url, query, {}, { token: options.token ?? (await freshUser()), headers });
  return { ...res, requestId };
}

/**
 * A later request through the same gateway reaches the registry (its id shows up in the
 * log), so the refused ones, sent before it, would have been logged by now if they had
 * been forwarded.
 */
async function expectNeverForwarded(...requestIds: string[]): Promise<void> {
  const control = await send('{ viewer { login } }');
  expect(control.status).toBe(200);
  expect(await waitForLogLine(env.logDir, 'pledge-registry', control.requestId)).toBe(true);
  for (const id of requestIds) {
    for (const app of ['pledge-registry', 'valuation'])
      expect({ app, id, seen: logMentions(env.logDir, app, id) }).toEqual({ app, id, seen: false });
  }
}

function expectRefused(res: GqlResponse, status: number, code: string, extra: Record<string, unknown> = {}): void {
  expect({ status: res.status, data: res.body.data, error: res.body.errors?.[0]?.extensions }).toEqual({
    status,
    data: undefined,
    error: { code, ...extra },
  });
}

describe('query limits (a gateway with low limits)', () => {
  it('an operation within every limit is served (control)', async () => {
    const res = await send('{ a: viewer { login } b: viewer { login } c: viewer { login } }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(await waitForLogLine(env.logDir, 'pledge-registry', res.requestId)).toBe(true);
  });

  it('too deep, too many aliases, too many fields, too many tokens -> 400 QUERY_TOO_COMPLEX, never forwarded', async () => {
    const deep = await send('{ ipAssets(first: 1) { edges { node { id } } } }');
    expectRefused(deep, 400, 'QUERY_TOO_COMPLEX', { limit: 'depth', max: 3 });
    const aliases = await send('{ a: viewer { login } b: viewer { login } c: viewer { login } d: viewer { login } }');
    expectRefused(aliases, 400, 'QUERY_TOO_COMPLEX', { limit: 'aliases', max: 3 });
    const fields = await send(`{ viewer { ${'login '.repeat(31)}} }`);
    expectRefused(fields, 400, 'QUERY_TOO_COMPLEX', { limit: 'fields', max: 30 });
    const tokens = await send(`{ viewer { ${'login '.repeat(200)}} }`); // under the body limit
    expectRefused(tokens, 400, 'QUERY_TOO_COMPLEX', { limit: 'tokens', max: 200 });
    await expectNeverForwarded(deep.requestId, aliases.requestId, fields.requestId, tokens.requestId);
  });

  it('with Accept: application/json the same refusal is 200 with the error (the spec: a well-formed request)', async () => {
    const res = await send('{ ipAssets(first: 1) { edges { node { id } } } }', { accept: 'application/json' });
    expectRefused(res, 200, 'QUERY_TOO_COMPLEX', { limit: 'depth', max: 3 });
    await expectNeverForwarded(res.requestId);
  });

  it('introspection is off when GRAPHQL_INTROSPECTION=false', async () => {
    const res = await send('{ __schema { queryType { name } } }');
    expectRefused(res, 400, 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('request bodies', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GQL_RESPONSE, ...headers },
      body,
      duplex: 'half',
    } as RequestInit);
  const chunked = (text: string): ReadableStream<Uint8Array> =>
    new ReadableStream({
      start(controller) {
        const bytes = new TextEncoder().encode(text);
        for (let i = 0; i < bytes.length; i += 500) controller.enqueue(bytes.subarray(i, i + 500));
        controller.close();
      },
    });
  const padded = (requestId: string) =>
    JSON.stringify({ query: `{ viewer { login } } # ${'x'.repeat(3000)} ${requestId}` });

  it('a body over the limit -> 413 PAYLOAD_TOO_LARGE, with or without Content-Length', async () => {
    const ids = [`e2e-limits-${randomUUID()}`, `e2e-limits-${randomUUID()}`];
    const declared = await post(padded(ids[0] as string), { 'x-request-id': ids[0] as string });
    const streamed = await post(chunked(padded(ids[1] as string)), { 'x-request-id': ids[1] as string });
    for (const res of [declared, streamed]) {
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      expect(await res.json()).toEqual({
        errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    }
    await expectNeverForwarded(...ids);
  });

  it('a chunked body under the limit is served', async () => {
    const res = await post(chunked(JSON.stringify({ query: '{ viewer { login } }' })), {
      authorization: `Bearer ${await freshUser()}`,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown }).data).toEqual({ viewer: { login: expect.any(String) } });
  });

  it('a batch (JSON array body) -> 400 BAD_REQUEST, never forwarded', async () => {
    const requestId = `e2e-limits-${randomUUID()}`;
    const res = await post(JSON.stringify([{ query: '{ viewer { login } }' }, { query: '{ viewer { login } }' }]), {
      'x-request-id': requestId,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    await expectNeverForwarded(requestId);
  });
});

describe('rate limits', () => {
  it('each root field selection (alias) counts; over the budget -> 429 RATE_LIMITED with Retry-After, never forwarded', async () => {
    const token = await freshUser();
    const three = '{ a: viewer { login } b: viewer { login } c: viewer { login } }';
    const first = await send(three, { token });
    expect(first.status).toBe(200);
    const second = await send(three, { token }); // 3 units, 2 left of 5
    expectRefused(second, 429, 'RATE_LIMITED', { retryAfterSeconds: expect.any(Number) });
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    const legacy = await send(three, { token, accept: 'application/json' });
    expectRefused(legacy, 200, 'RATE_LIMITED', { retryAfterSeconds: expect.any(Number) });
    expect(legacy.headers.get('retry-after')).not.toBeNull();
    await expectNeverForwarded(second.requestId, legacy.requestId);
  });

  it('the budget is per user and per root field', async () => {
    const token = await freshUser();
    const five = '{ a: viewer { login } b: viewer { login } c: viewer { login } }';
    expect((await send(five, { token })).status).toBe(200);
    expect((await send('{ a: viewer { login } b: viewer { login } }', { token })).status).toBe(200);
    expectRefused(await send('{ viewer { login } }', { token }), 429, 'RATE_LIMITED', {
      retryAfterSeconds: expect.any(Number),
    });
    // Another root field of the same user, and the same field for another user, still pass.
    expect((await send('{ parties(first: 1) { pageInfo { hasNextPage } } }', { token })).status).toBe(200);
    expect((await send('{ viewer { login } }')).status).toBe(200);
  });

  it('anonymous callers are counted by client IP', async () => {
    const anonymous = async (): Promise<GqlResponse & { requestId: string }> => {
      const requestId = `e2e-limits-${randomUUID()}`;
      const res = await gql(
        url,
        '{ ipAssets(first: 1) { pageInfo { hasNextPage } } }',
        {},
        {
          headers: { 'x-request-id': requestId, accept: GQL_RESPONSE },
        },
      );
      return { ...res, requestId };
    };
    // Only this test sends anonymous ipAssets queries to this gateway: budget 2.
    for (let i = 0; i < 2; i++) expect((await anonymous()).body.errors?.[0]?.extensions?.code).not.toBe('RATE_LIMITED');
    const refused = await anonymous();
    expectRefused(refused, 429, 'RATE_LIMITED', { retryAfterSeconds: expect.any(Number) });
    await expectNeverForwarded(refused.requestId);
  });
});
