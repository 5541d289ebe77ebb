import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_IDENTITY_HEADER, signGatewayIdentity, type Identity } from '@app/auth';
import { AppException, currentRequestId, PublicErrorCode } from '@app/errors';
import { REQUEST_ID_HEADER } from '@app/logging';
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
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [GATEWAY_IDENTITY_HEADER]: await signGatewayIdentity(identity, this.config.GATEWAY_SHARED_SECRET),
    };
    const requestId = currentRequestId();
    if (requestId !== undefined) headers[REQUEST_ID_HEADER] = requestId;
    let body: { data?: { _entities?: (AssetFacts | null)[] }; errors?: { extensions?: { code?: string } }[] };
    try {
      const response = await fetch(this.config.REGISTRY_URL, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: ENTITIES_QUERY,
          variables: { representations: ids.map((id) => ({ __typename: 'IpAsset', id })) },
        }),
        signal: AbortSignal.timeout(10000),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new AppException(
        PublicErrorCode.INTERNAL_SERVER_ERROR,
        RegistryErrorReason.REGISTRY_UNAVAILABLE,
        'The registry did not answer',
        {
          cause: error,
        },
      );
    }
    const code = body.errors?.[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
      throw new AppException(
        code === 'FORBIDDEN' ? PublicErrorCode.FORBIDDEN : PublicErrorCode.UNAUTHENTICATED,
        code,
        'Not allowed to read these assets',
      );
    }
    const entities = body.data?._entities;
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
