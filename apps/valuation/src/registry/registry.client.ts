import { Inject, Injectable } from '@nestjs/common';
import type { Identity } from '@app/auth';
import { AppException, PublicErrorCode } from '@app/errors';
import { fetchEntities, type EntitiesAnswer } from '@app/platform';
import { VALUATION_CONFIG } from '@valuation/tokens.js';
import type { ValuationConfig } from '@valuation/valuation.config.js';

/** What valuation needs to know about a registry asset. */
export interface AssetFacts {
  id: string;
  kind: 'INVENTION' | 'UTILITY_MODEL' | 'DESIGN' | 'TRADEMARK';
  number: string;
  filingDate: string;
  grantDate: string | null;
  expiryDate: string | null;
  legalStatus: string;
  statusChangedAt: string;
  remainingLifeDays: number | null;
  riskFlags: { invalidationPending: boolean; ownershipDispute: boolean; courtPreservation: boolean };
  claimsCount: number | null;
  independentClaims: number | null;
  forwardCitations: number | null;
  familySize: number | null;
  licencesGranted: number | null;
  owners: { partyId: string | null }[];
}

const ENTITIES_QUERY = `query AssetFacts($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on IpAsset {
      id kind number filingDate grantDate expiryDate legalStatus statusChangedAt remainingLifeDays
      riskFlags { invalidationPending ownershipDispute courtPreservation }
      claimsCount independentClaims forwardCitations familySize licencesGranted
      owners { partyId }
    }
  }
}`;

export enum RegistryErrorReason {
  REGISTRY_UNAVAILABLE = 'REGISTRY_UNAVAILABLE',
}

/**
 * Reads asset facts from the pledge-registry subgraph over the federation protocol
 * (`_entities`), the same call the gateway makes. The caller's identity is forwarded,
 * so valuation can read exactly what the caller could read.
 */
@Injectable()
export class RegistryClient {
  constructor(@Inject(VALUATION_CONFIG) private readonly config: ValuationConfig) {}

  async assets(ids: readonly string[], identity: Identity): Promise<Map<string, AssetFacts | null>> {
    const result = new Map<string, AssetFacts | null>();
    if (ids.length === 0) return result;
    let answer: EntitiesAnswer<AssetFacts>;
    try {
      answer = await fetchEntities<AssetFacts>({
        url: this.config.REGISTRY_URL,
        gatewaySharedSecret: this.config.GATEWAY_SHARED_SECRET,
        identity,
        query: ENTITIES_QUERY,
        typename: 'IpAsset',
        ids,
        timeoutMs: 10000,
      });
    } catch (error) {
      throw new AppException(
        PublicErrorCode.INTERNAL_SERVER_ERROR,
        RegistryErrorReason.REGISTRY_UNAVAILABLE,
        'The registry did not answer',
        { cause: error },
      );
    }
    const code = answer.errorCode;
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
      throw new AppException(
        code === 'FORBIDDEN' ? PublicErrorCode.FORBIDDEN : PublicErrorCode.UNAUTHENTICATED,
        code,
        'Not allowed to read these assets',
      );
    }
    const entities = answer.entities;
    if (entities === undefined) {
      throw new AppException(
        PublicErrorCode.INTERNAL_SERVER_ERROR,
        RegistryErrorReason.REGISTRY_UNAVAILABLE,
        'The registry answered without data',
      );
    }
    ids.forEach((id, i) => result.set(id, entities[i] ?? null));
    return result;
  }
}
