import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_IDENTITY_HEADER, signGatewayIdentity, type Identity } from '@app/auth';
import { AppException, currentRequestId, PublicErrorCode } from '@app/errors';
import { REQUEST_ID_HEADER } from '@app/logging';
import { Decimal } from '@app/money';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/** An asset's latest valuation, as the valuation subgraph reports it. */
export interface AssetValuation {
  amount: Decimal;
  currency: string;
  valuedAt: Date;
}

const ENTITIES_QUERY = `query LatestValuations($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on IpAsset { id latestValuation { value { amount currency } valuedAt } }
  }
}`;

/** Long enough for a cold valuation subgraph, short enough that a listing is not held up. */
const TIMEOUT_MS = 5000;

export enum ValuationClientErrorReason {
  VALUATION_UNAVAILABLE = 'VALUATION_UNAVAILABLE',
}

/** True for the client's own "the valuation service did not answer" failure. */
export function isValuationUnavailable(error: unknown): error is AppException {
  return error instanceof AppException && error.reason === String(ValuationClientErrorReason.VALUATION_UNAVAILABLE);
}

interface EntitiesBody {
  data?: {
    _entities?: ({
      id: string;
      latestValuation: { value: { amount: string; currency: string }; valuedAt: string } | null;
    } | null)[];
  };
  errors?: { extensions?: { code?: string } }[];
}

function unavailable(message: string, cause?: unknown): AppException {
  return new AppException(
    PublicErrorCode.INTERNAL_SERVER_ERROR,
    ValuationClientErrorReason.VALUATION_UNAVAILABLE,
    message,
    cause === undefined ? {} : { cause },
  );
}

/**
 * Reads assets' latest valuations from the valuation subgraph over the federation
 * protocol (`_entities`), the call the gateway itself makes, forwarding the caller's
 * identity so valuation answers exactly what the caller could read.
 */
@Injectable()
export class ValuationClient {
  constructor(@Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig) {}

  /**
   * The latest valuation of each asset (null when it has none).
   * @throws AppException `VALUATION_UNAVAILABLE` when the subgraph does not answer with data.
   */
  async latestValuations(ids: readonly string[], identity: Identity): Promise<Map<string, AssetValuation | null>> {
    const result = new Map<string, AssetValuation | null>();
    if (ids.length === 0) return result;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [GATEWAY_IDENTITY_HEADER]: await signGatewayIdentity(identity, this.config.GATEWAY_SHARED_SECRET),
    };
    const requestId = currentRequestId();
    if (requestId !== undefined) headers[REQUEST_ID_HEADER] = requestId;
    let body: EntitiesBody;
    try {
      const response = await fetch(this.config.VALUATION_URL, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: ENTITIES_QUERY,
          variables: { representations: ids.map((id) => ({ __typename: 'IpAsset', id })) },
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      body = (await response.json()) as EntitiesBody;
    } catch (error) {
      throw unavailable('The valuation service did not answer', error);
    }
    const entities = body.data?._entities;
    if (entities === undefined || body.errors !== undefined) {
      throw unavailable(
        `The valuation service answered without data (${body.errors?.[0]?.extensions?.code ?? 'no code'})`,
      );
    }
    ids.forEach((id, i) => {
      const latest = entities[i]?.latestValuation ?? null;
      result.set(
        id,
        latest === null
          ? null
          : {
              amount: new Decimal(latest.value.amount),
              currency: latest.value.currency,
              valuedAt: new Date(latest.valuedAt),
            },
      );
    });
    return result;
  }
}
