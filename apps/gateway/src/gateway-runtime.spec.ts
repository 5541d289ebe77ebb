import { join } from 'node:path';
import { createLogger } from '@app/logging';
import { loadGatewayConfig } from './gateway.config.js';
import { createGateway, loadSupergraph } from './gateway-runtime.js';

/**
 * The runtime factory with an in-process request (no subgraph is reached by these
 * operations): what production hides and what development keeps.
 */

const SUPERGRAPH = join(import.meta.dirname, '..', 'supergraph.graphql');
const PRODUCTION = {
  NODE_ENV: 'production',
  GATEWAY_SHARED_SECRET: 'p'.repeat(40),
  LOCAL_ISSUER_ENABLED: 'false',
  JWKS_URL: 'https://id.example.test/.well-known/jwks.json',
};

function gatewayFor(env: Record<string, string>) {
  const config = loadGatewayConfig(env);
  return createGateway(config, loadSupergraph(SUPERGRAPH, config), createLogger('gateway-spec', 'fatal'));
}

type Gateway = ReturnType<typeof gatewayFor>;
interface Body {
  data?: unknown;
  errors: { message: string; extensions: { code: string } }[];
}

async function post(gateway: Gateway, query: string): Promise<{ status: number; body: Body }> {
  const res = await gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPO = '{ ipAssetz(first: 1) { totalCount } }';

describe('gateway runtime in production (NODE_ENV=production)', () => {
  let gateway: Gateway;
  beforeAll(() => {
    gateway = gatewayFor(PRODUCTION);
  });
  afterAll(() => gateway.dispose());

  it('refuses introspection (400 GRAPHQL_VALIDATION_FAILED, no data)', async () => {
    for (const query of [INTROSPECTION, '{ __type(name: "Query") { name } }']) {
      const res = await post(gateway, query);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors[0]?.message).toMatch(/introspection has been disabled/);
    }
  });

  it('still answers __typename', async () => {
    expect(await post(gateway, '{ __typename }')).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('drops "Did you mean" suggestions from validation errors', async () => {
    const res = await post(gateway, TYPO);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      message: 'Cannot query field "ipAssetz" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean|ipAssets/);
  });

  it('GRAPHQL_INTROSPECTION=true turns both back on', async () => {
    const open = gatewayFor({ ...PRODUCTION, GRAPHQL_INTROSPECTION: 'true' });
    try {
      expect((await post(open, INTROSPECTION)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect((await post(open, TYPO)).body.errors[0]?.message).toMatch(/Did you mean .*"ipAssets"/);
    } finally {
      await open.dispose();
    }
  });
});

describe('gateway runtime in development', () => {
  let gateway: Gateway;
  beforeAll(() => {
    gateway = gatewayFor({});
  });
  afterAll(() => gateway.dispose());

  it('answers introspection and keeps suggestions', async () => {
    expect((await post(gateway, INTROSPECTION)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect((await post(gateway, TYPO)).body.errors[0]?.message).toMatch(/Did you mean .*"ipAssets"/);
  });

  it('GRAPHQL_INTROSPECTION=false turns both off outside production too', async () => {
    const closed = gatewayFor({ GRAPHQL_INTROSPECTION: 'false' });
    try {
      expect((await post(closed, INTROSPECTION)).status).toBe(400);
      expect((await post(closed, TYPO)).body.errors[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await closed.dispose();
    }
  });
});
