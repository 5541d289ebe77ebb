import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { e2eEnv, logMentions, tokenFor, waitForLogLine } from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/**
 * The gateway against the GraphQL-over-HTTP specification (draft): media types, methods
 * and status codes. Where the spec leaves a choice, docs/decisions.md records ours.
 */

const GQL = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

interface Answer {
  status: number;
  type: string | null;
  allow: string | null;
  body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

async function call(init: RequestInit & { headers?: Record<string, string> }, query = ''): Promise<Answer> {
  const res = await fetch(`${env.gatewayUrl}${query}`, init);
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    allow: res.headers.get('allow'),
    body: JSON.parse(text) as Answer['body'],
  };
}

const post = (body: string, headers: Record<string, string>) =>
  call({ method: 'POST', headers: { 'content-type': JSON_TYPE, ...headers }, body });
const code = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

describe('GraphQL over HTTP', () => {
  it('POST application/json: the response uses the accepted media type, utf-8', async () => {
    const q = JSON.stringify({ query: '{ __typename }' });
    for (const [accept, type] of [
      [GQL, GQL],
      [JSON_TYPE, JSON_TYPE],
      // The runtime answers */* and a missing Accept with application/json (see docs/decisions.md).
      ['*/*', JSON_TYPE],
      [`${GQL}, ${JSON_TYPE}`, GQL],
    ] as const) {
      const a = await post(q, { accept });
      expect({ accept, status: a.status, type: a.type, body: a.body }).toEqual({
        accept,
        status: 200,
        type: `${type}; charset=utf-8`,
        body: { data: { __typename: 'Query' } },
      });
    }
  });

  it('no Accept header: application/json, as before the spec 2025 watershed (a recorded deviation)', async () => {
    const a = await post(JSON.stringify({ query: '{ __typename }' }), {});
    expect(a.type).toBe(`${JSON_TYPE}; charset=utf-8`);
  });

  it('GET with query parameters runs a query', async () => {
    const a = await call(
      { method: 'GET', headers: { accept: GQL, authorization: `Bearer ${await tokenFor('sme')}` } },
      `?query=${encodeURIComponent('{ viewer { login } }')}`,
    );
    expect({ status: a.status, body: a.body }).toEqual({ status: 200, body: { data: { viewer: { login: 'sme' } } } });
  });

  it('GET with a mutation -> 405 with Allow: POST, never forwarded', async () => {
    const requestId = `e2e-http-${randomUUID()}`;
    const mutation = 'mutation { __typename }';
    const a = await call(
      { method: 'GET', headers: { accept: GQL, 'x-request-id': requestId } },
      `?query=${encodeURIComponent(mutation)}`,
    );
    expect({ status: a.status, allow: a.allow, code: code(a), data: a.body.data }).toEqual({
      status: 405,
      allow: 'POST',
      code: 'BAD_REQUEST',
      data: undefined,
    });
    const control = `e2e-http-${randomUUID()}`;
    await post(JSON.stringify({ query: '{ viewer { login } }' }), { 'x-request-id': control });
    expect(await waitForLogLine(env.logDir, 'pledge-registry', control)).toBe(true);
    expect(
      logMentions(env.logDir, 'pledge-registry', requestId) || logMentions(env.logDir, 'valuation', requestId),
    ).toBe(false);
  });

  it('other methods -> 405', async () => {
    const a = await call({ method: 'PUT', headers: { 'content-type': JSON_TYPE, accept: GQL }, body: '{}' });
    expect({ status: a.status, code: code(a) }).toEqual({ status: 405, code: 'BAD_REQUEST' });
  });

  it.each([
    ['validation failure', JSON.stringify({ query: '{ noSuchField }' }), 'GRAPHQL_VALIDATION_FAILED'],
    ['document parse failure', JSON.stringify({ query: '{' }), 'GRAPHQL_PARSE_FAILED'],
    [
      'variable coercion failure',
      JSON.stringify({ query: 'query($id: ID!) { ipAsset(id: $id) { id } }', variables: {} }),
      'BAD_USER_INPUT',
    ],
  ])('%s: 400 with graphql-response+json, 200 with application/json', async (_name, body, expected) => {
    const strict = await post(body, { accept: GQL });
    const legacy = await post(body, { accept: JSON_TYPE });
    expect([strict.status, code(strict), strict.body.data]).toEqual([400, expected, undefined]);
    expect([legacy.status, code(legacy), legacy.body.data]).toEqual([200, expected, undefined]);
  });

  it.each([
    ['missing query', '{}'],
    ['a typo for query', '{"qeury":"{ __typename }"}'],
    ['variables of the wrong shape', '{"query":"{ __typename }","variables":[7]}'],
    ['malformed JSON', '{"query":'],
  ])('not a well-formed request (%s): 400 BAD_REQUEST with either media type', async (_name, body) => {
    for (const accept of [GQL, JSON_TYPE]) {
      const a = await post(body, { accept });
      expect({ accept, status: a.status, code: code(a), type: a.type }).toEqual({
        accept,
        status: 400,
        code: 'BAD_REQUEST',
        type: `${accept}; charset=utf-8`,
      });
    }
  });

  it('an unsupported request media type -> 415 with a GraphQL error body', async () => {
    const a = await call({
      method: 'POST',
      headers: { 'content-type': 'text/plain', accept: GQL },
      body: '{ __typename }',
    });
    expect({ status: a.status, type: a.type, code: code(a) }).toEqual({
      status: 415,
      type: `${GQL}; charset=utf-8`,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  });

  it('an Accept header with no supported type -> 406', async () => {
    const a = await post(JSON.stringify({ query: '{ __typename }' }), { accept: 'application/xml' });
    expect({ status: a.status, code: code(a) }).toEqual({ status: 406, code: 'NOT_ACCEPTABLE' });
  });

  it("the gateway's own refusals (401) follow the accepted media type too", async () => {
    for (const accept of [GQL, JSON_TYPE]) {
      const a = await post(JSON.stringify({ query: '{ __typename }' }), { accept, authorization: 'Bearer nope' });
      expect({ status: a.status, type: a.type, code: code(a) }).toEqual({
        status: 401,
        type: `${accept}; charset=utf-8`,
        code: 'UNAUTHENTICATED',
      });
    }
  });
});
