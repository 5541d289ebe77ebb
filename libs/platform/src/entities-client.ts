import { GATEWAY_IDENTITY_HEADER, signGatewayIdentity, type Identity } from '@app/auth';
import { currentRequestId } from '@app/errors';
import { REQUEST_ID_HEADER } from '@app/logging';

/** One `_entities` call from a subgraph to another, on a caller's behalf. */
export interface EntitiesCall {
  /** The other subgraph's /graphql URL (not the gateway's). */
  url: string;
  /** Signs the forwarded identity, exactly as the gateway does. */
  gatewaySharedSecret: string;
  identity: Identity;
  /** A query taking `$representations: [_Any!]!` and selecting `_entities`. */
  query: string;
  typename: string;
  ids: readonly string[];
  timeoutMs: number;
}

export interface EntitiesAnswer<T> {
  /** In the order of `ids`; undefined when the subgraph answered without data. */
  entities: (T | null)[] | undefined;
  /** `extensions.code` of the first error, if any. */
  errorCode: string | undefined;
}

/**
 * Reads entities from another subgraph over the federation protocol (`_entities`), the
 * call the gateway itself makes, forwarding the caller's identity (signed) and request id:
 * the other subgraph answers exactly what the caller could read. Network, timeout and
 * parse failures are thrown as they are; each caller maps them to its own "unavailable".
 */
export async function fetchEntities<T>(call: EntitiesCall): Promise<EntitiesAnswer<T>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [GATEWAY_IDENTITY_HEADER]: await signGatewayIdentity(call.identity, call.gatewaySharedSecret),
  };
  const requestId = currentRequestId();
  if (requestId !== undefined) headers[REQUEST_ID_HEADER] = requestId;
  const response = await fetch(call.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: call.query,
      variables: { representations: call.ids.map((id) => ({ __typename: call.typename, id })) },
    }),
    signal: AbortSignal.timeout(call.timeoutMs),
  });
  const body = (await response.json()) as {
    data?: { _entities?: (T | null)[] } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return { entities: body.data?._entities, errorCode: body.errors?.[0]?.extensions?.code };
}
