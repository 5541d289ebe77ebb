import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GATEWAY_IDENTITY_HEADER } from '@app/auth';
import { REQUEST_ID_HEADER } from '@app/logging';
import type { GatewayConfig } from '@gateway/gateway.config.js';

const PLACEHOLDERS: Record<string, keyof Pick<GatewayConfig, 'VALUATION_URL' | 'REGISTRY_URL'>> = {
  'http://valuation.subgraph.invalid/graphql': 'VALUATION_URL',
  'http://pledge-registry.subgraph.invalid/graphql': 'REGISTRY_URL',
};

/** The committed supergraph with its placeholder subgraph URLs replaced from config. */
export function loadSupergraph(path: string, config: GatewayConfig): string {
  let sdl = readFileSync(path, 'utf8');
  for (const [placeholder, key] of Object.entries(PLACEHOLDERS)) sdl = sdl.split(placeholder).join(config[key]);
  return sdl;
}

/**
 * Hive Gateway (MIT) serving the supergraph composed offline. Only the signed identity
 * and the correlation id travel to subgraphs; the client's own headers do not. GraphiQL
 * is the bundled build, so the IDE works without any CDN.
 */
export function createGateway(config: GatewayConfig, supergraphSdl: string) {
  const graphiqlEnabled = config.GRAPHIQL_ENABLED === undefined ? config.NODE_ENV !== 'production' : config.GRAPHIQL_ENABLED === 'true';
  return createGatewayRuntime({
    supergraph: supergraphSdl,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace' ? 'debug' : 'error',
    graphiql: graphiqlEnabled ? { title: 'IP finance platform' } : false,
    renderGraphiQL,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        [GATEWAY_IDENTITY_HEADER]: request.headers.get(GATEWAY_IDENTITY_HEADER),
        [REQUEST_ID_HEADER]: request.headers.get(REQUEST_ID_HEADER),
      }),
    },
  });
}
