import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
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
 * The Apollo Gateway candidate for bench/gateway-overhead: a minimal standalone
 * @apollo/server + @apollo/gateway (Elastic-2.0) serving the same committed supergraph
 * (no IntrospectAndCompose), doing the same per-request work as our Hive gateway's auth
 * middleware: verify the bearer token once, sign the identity once, and send the signed
 * `x-gateway-identity` header on every subgraph fetch. No request logging (ours logs one
 * line per request), so the comparison slightly favours this candidate.
 *
 * Env: APOLLO_BENCH_PORT (required), REGISTRY_URL, VALUATION_URL, GATEWAY_SHARED_SECRET,
 * JWT_SECRET. Prints `apollo gateway listening on <url>` when ready.
 */

interface Context {
  identityHeader: string;
}

const env = (name: string, fallback?: string): string => {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
};

async function main(): Promise<void> {
  const port = Number(env('APOLLO_BENCH_PORT'));
  const secret = env('GATEWAY_SHARED_SECRET', DEV_GATEWAY_SHARED_SECRET);
  const urls: Record<string, string> = {
    valuation: env('VALUATION_URL'),
    'pledge-registry': env('REGISTRY_URL'),
  };
  let supergraphSdl = readFileSync(join(ROOT, 'apps/gateway/supergraph.graphql'), 'utf8');
  for (const [name, placeholder] of Object.entries(SUPERGRAPH_PLACEHOLDER_URLS)) {
    const url = urls[name];
    if (url === undefined) throw new Error(`no URL for subgraph ${name}`);
    supergraphSdl = supergraphSdl.split(placeholder).join(url);
  }

  const verify = createUserTokenVerifier({
    hs256Secret: env('JWT_SECRET', DEV_JWT_SECRET),
    issuer: LOCAL_TOKEN_ISSUER,
    audience: LOCAL_TOKEN_AUDIENCE,
  });

  class SignedIdentityDataSource extends RemoteGraphQLDataSource<Context> {
    override willSendRequest(options: GraphQLDataSourceProcessOptions<Context>): void {
      const header = (options.context as Partial<Context>).identityHeader;
      if (header !== undefined) options.request.http?.headers.set(GATEWAY_IDENTITY_HEADER, header);
    }
  }

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) => new SignedIdentityDataSource({ url }),
  });
  const server = new ApolloServer<Context>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => {
      const header = req.headers.authorization;
      let identity: Identity = ANONYMOUS;
      if (header !== undefined) {
        const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header);
        const verified = match?.[1] === undefined ? null : await verify(match[1]);
        if (verified === null) {
          throw new GraphQLError('The bearer token is missing, malformed, expired or not trusted', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        identity = verified;
      }
      return { identityHeader: await signGatewayIdentity(identity, secret) };
    },
  });
  process.stdout.write(`apollo gateway listening on ${url}\n`);
  const stop = (): void => {
    void server.stop().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
