import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import {
  ANONYMOUS,
  createUserTokenVerifier,
  GATEWAY_IDENTITY_HEADER,
  signGatewayIdentity,
  type Identity,
} from '@app/auth';
import { DEV_GATEWAY_SHARED_SECRET, DEV_JWT_SECRET } from '@app/config';
import { LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from '@app/demo-data';
import { SUPERGRAPH_PLACEHOLDER_URLS } from '@app/stack';
import { ROOT } from './common.js';

/**
 * Diagnostic for bench/gateway-overhead: the same Hive Gateway runtime and supergraph as
 * apps/gateway, with the same bearer check and signed identity, but mounted on a bare
 * node:http server: no Nest, no express, no log middleware (a request id is still sent to
 * the subgraphs, as ours does). Comparing it with
 * our gateway separates the runtime's own cost from the cost of the Nest/express shell.
 *
 * Env: HIVE_BENCH_PORT (required), REGISTRY_URL, VALUATION_URL, GATEWAY_SHARED_SECRET, JWT_SECRET.
 */

const env = (name: string, fallback?: string): string => {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
};

async function main(): Promise<void> {
  const port = Number(env('HIVE_BENCH_PORT'));
  const secret = env('GATEWAY_SHARED_SECRET', DEV_GATEWAY_SHARED_SECRET);
  const urls: Record<string, string> = { valuation: env('VALUATION_URL'), 'pledge-registry': env('REGISTRY_URL') };
  let supergraph = readFileSync(join(ROOT, 'apps/gateway/supergraph.graphql'), 'utf8');
  for (const [name, placeholder] of Object.entries(SUPERGRAPH_PLACEHOLDER_URLS)) {
    supergraph = supergraph.split(placeholder).join(urls[name] ?? placeholder);
  }
  const verify = createUserTokenVerifier({
    hs256Secret: env('JWT_SECRET', DEV_JWT_SECRET),
    issuer: LOCAL_TOKEN_ISSUER,
    audience: LOCAL_TOKEN_AUDIENCE,
  });
  const gateway = createGatewayRuntime({
    supergraph,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: 'error',
    graphiql: false,
    propagateHeaders: {
      // The per-request id travels as a propagated header, as in apps/gateway: it is then
      // part of the runtime's in-flight deduplication key, so concurrent identical queries
      // are not collapsed into one subgraph fetch (which the real gateway never gets).
      fromClientToSubgraphs: ({ request }) => ({
        [GATEWAY_IDENTITY_HEADER]: request.headers.get(GATEWAY_IDENTITY_HEADER),
        'x-request-id': request.headers.get('x-request-id'),
      }),
    },
  });
  const server = createServer((req, res) => {
    const run = async (): Promise<void> => {
      delete req.headers[GATEWAY_IDENTITY_HEADER];
      req.headers['x-request-id'] = randomUUID();
      let identity: Identity = ANONYMOUS;
      const header = req.headers.authorization;
      if (header !== undefined) {
        const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header);
        const verified = match?.[1] === undefined ? null : await verify(match[1]);
        if (verified === null) {
          res.statusCode = 401;
          res.end('{"errors":[{"message":"unauthenticated"}]}');
          return;
        }
        identity = verified;
      }
      req.headers[GATEWAY_IDENTITY_HEADER] = await signGatewayIdentity(identity, secret);
      await gateway(req, res);
    };
    run().catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  process.stdout.write(`bare hive gateway listening on http://127.0.0.1:${port}/graphql\n`);
  const stop = (): void => {
    server.close();
    void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
