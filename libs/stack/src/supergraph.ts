import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { ANONYMOUS, GATEWAY_IDENTITY_HEADER, signGatewayIdentity } from '@app/auth';

export interface SubgraphSdl {
  name: string;
  /** Placeholder URL written into the supergraph; the gateway overrides it from config. */
  url: string;
  sdl: string;
}

/** Fetches a running subgraph's federation SDL (`_service { sdl }`) through the gateway trust header. */
export async function fetchSubgraphSdl(url: string, sharedSecret: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [GATEWAY_IDENTITY_HEADER]: await signGatewayIdentity(ANONYMOUS, sharedSecret),
    },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } }; errors?: unknown };
  const sdl = body.data?._service?.sdl;
  if (typeof sdl !== 'string') throw new Error(`no SDL from ${url}: ${JSON.stringify(body.errors ?? body)}`);
  return sdl;
}

/**
 * Composes the supergraph offline, in JS (no rover, no network). Throws with every
 * composition error listed, so a subgraph change that breaks composition fails loudly.
 */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors !== undefined) {
    throw new Error(`supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

/** Stable placeholder URLs recorded in the committed supergraph. */
export const SUPERGRAPH_PLACEHOLDER_URLS: Record<string, string> = {
  valuation: 'http://valuation.subgraph.invalid/graphql',
  'pledge-registry': 'http://pledge-registry.subgraph.invalid/graphql',
};
