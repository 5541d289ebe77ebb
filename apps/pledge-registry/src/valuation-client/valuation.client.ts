import { Inject, Injectable } from '@nestjs/common';
import type { Identity } from '@app/auth';
import { AppException, PublicErrorCode } from '@app/errors';
import { Decimal } from '@app/money';
import { fetchEntities, type EntitiesAnswer } from '@app/platform';
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

interface LatestValuationEntity {
  id: string;
  latestValuation: { value: { amount: string; currency: string }; valuedAt: string } | null;
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
    let answer: EntitiesAnswer<LatestValuationEntity>;
    try {
      answer = await fetchEntities<LatestValuationEntity>({
        url: this.config.VALUATION_URL,
        gatewaySharedSecret: this.config.GATEWAY_SHARED_SECRET,
        identity,
        query: ENTITIES_QUERY,
        typename: 'IpAsset',
        ids,
        timeoutMs: TIMEOUT_MS,
      });
    } catch (error) {
      throw unavailable('The valuation service did not answer', error);
    }
    const entities = answer.entities;
    if (entities === undefined || answer.errorCode !== undefined) {
      throw unavailable(`The valuation service answered without data (${answer.errorCode ?? 'no code'})`);
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
