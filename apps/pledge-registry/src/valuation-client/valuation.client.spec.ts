import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GATEWAY_IDENTITY_HEADER, Role, verifyGatewayIdentity, type Identity } from '@app/auth';
import { AppException } from '@app/errors';
import { loadRegistryConfig } from '@registry/registry.config.js';
import { isValuationUnavailable, ValuationClient } from './valuation.client.js';

const SECRET = 'a-test-gateway-secret-of-at-least-32-chars';
const SME: Identity = {
  userId: '11111111-1111-4111-8111-111111111111',
  login: 'sme',
  partyId: '22222222-2222-4222-8222-222222222222',
  roles: [Role.SME],
  anonymous: false,
};
const A = '33333333-3333-4333-8333-333333333333';
const B = '44444444-4444-4444-8444-444444444444';

/** A stand-in valuation subgraph answering `answer`, recording what it was sent. */
async function fakeSubgraph(answer: (representations: { id: string }[]) => unknown): Promise<{
  url: string;
  seen: { headers: IncomingHttpHeaders; body: { query: string } }[];
  close: () => Promise<void>;
}> {
  const seen: { headers: IncomingHttpHeaders; body: { query: string } }[] = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      const body = JSON.parse(text) as { query: string; variables: { representations: { id: string }[] } };
      seen.push({ headers: req.headers, body });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(answer(body.variables.representations)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const clientFor = (url: string): ValuationClient =>
  new ValuationClient(
    loadRegistryConfig({
      DATABASE_URL: 'postgres://unused:unused@127.0.0.1:1/unused',
      VALUATION_URL: url,
      GATEWAY_SHARED_SECRET: SECRET,
    }),
  );

async function failure(promise: Promise<unknown>): Promise<AppException> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppException);
    return error as AppException;
  }
  throw new Error('expected a failure');
}

describe('ValuationClient', () => {
  it('reads latest valuations over _entities, forwarding the caller as a signed gateway identity', async () => {
    const subgraph = await fakeSubgraph((reps) => ({
      data: {
        _entities: reps.map((r) => ({
          id: r.id,
          latestValuation:
            r.id === A
              ? { value: { amount: '1234567.89', currency: 'CNY' }, valuedAt: '2026-01-02T03:04:05.000Z' }
              : null,
        })),
      },
    }));
    try {
      const latest = await clientFor(subgraph.url).latestValuations([A, B], SME);
      expect(latest.get(A)?.amount.toFixed(2)).toBe('1234567.89');
      expect(latest.get(A)?.currency).toBe('CNY');
      expect(latest.get(A)?.valuedAt.toISOString()).toBe('2026-01-02T03:04:05.000Z');
      expect(latest.get(B)).toBeNull();
      const [call] = subgraph.seen;
      expect(call?.body.query).toContain('_entities');
      const forwarded = await verifyGatewayIdentity(String(call?.headers[GATEWAY_IDENTITY_HEADER]), SECRET);
      expect(forwarded).toEqual(SME);
    } finally {
      await subgraph.close();
    }
  });

  it('asks nothing for no assets', async () => {
    expect((await clientFor('http://127.0.0.1:9/graphql').latestValuations([], SME)).size).toBe(0);
  });

  it('an unreachable subgraph -> VALUATION_UNAVAILABLE', async () => {
    const error = await failure(clientFor('http://127.0.0.1:9/graphql').latestValuations([A], SME));
    expect(error.reason).toBe('VALUATION_UNAVAILABLE');
    expect(isValuationUnavailable(error)).toBe(true);
    expect(isValuationUnavailable(new Error('other'))).toBe(false);
  });

  it('an answer with errors and no data -> VALUATION_UNAVAILABLE', async () => {
    const subgraph = await fakeSubgraph(() => ({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }));
    try {
      const error = await failure(clientFor(subgraph.url).latestValuations([A], SME));
      expect(error.reason).toBe('VALUATION_UNAVAILABLE');
      expect(error.message).toContain('FORBIDDEN');
    } finally {
      await subgraph.close();
    }
  });
});
