import { Injectable } from '@nestjs/common';
import { Role, type Identity } from '@app/auth';
import { AppException, PublicErrorCode } from '@app/errors';
import type { ScorecardInput } from '@app/valuation-engine';
import { toAppraisalRequest } from '@valuation/appraisal/appraisal.mapper.js';
import { AppraisalService } from '@valuation/appraisal/appraisal.service.js';
import type { AppraisalAssumptionsInput } from '@valuation/appraisal/dto/appraisal.input.js';
import { LenderPolicyService, type EffectivePolicy } from '@valuation/lender-policy/lender-policy.service.js';
import type { AssetFacts } from '@valuation/registry/registry.client.js';
import type { ValuationEntity } from '@valuation/valuation/valuation.entity.js';
import { toReconciledValuation } from '@valuation/valuation/valuation.mapper.js';
import { ValuationRepository } from '@valuation/valuation/valuation.repository.js';

export enum AssetValuationReason {
  ASSET_NOT_FOUND = 'ASSET_NOT_FOUND',
  ASSET_NOT_IN_FORCE = 'ASSET_NOT_IN_FORCE',
  NOT_YOUR_ASSET = 'NOT_YOUR_ASSET',
}

const DAYS_PER_YEAR = 365.25;

/** Scorecard attributes read off the registry's record of the asset. */
export function scorecardFromFacts(facts: AssetFacts, remainingLifeYears: number): ScorecardInput {
  const count = (v: number | null): number | undefined => (v === null ? undefined : v);
  return {
    attributes: {
      remainingLifeYears,
      claimsCount: count(facts.claimsCount),
      independentClaims: count(facts.independentClaims),
      forwardCitations: count(facts.forwardCitations),
      familySize: count(facts.familySize),
      licencesGranted: count(facts.licencesGranted),
      invalidationPending: facts.riskFlags.invalidationPending,
      ownershipDispute: facts.riskFlags.ownershipDispute,
      courtPreservation: facts.riskFlags.courtPreservation,
    },
  };
}

/**
 * Values a registry asset: its legal life and scorecard attributes come from the registry,
 * the economic assumptions from the analyst. The stored record is immutable and keeps the
 * inputs (assumptions and the asset facts as read), the engine version, who and when.
 */
@Injectable()
export class AssetValuationService {
  constructor(
    private readonly appraisals: AppraisalService,
    private readonly valuations: ValuationRepository,
    private readonly policies: LenderPolicyService,
  ) {}

  assertMayValue(identity: Identity, facts: AssetFacts): void {
    if (identity.roles.some((r) => r === Role.BANK || r === Role.ADMIN || r === Role.REGISTRAR)) return;
    // SMEs value their own assets (to list them), not other firms'.
    if (
      identity.roles.includes(Role.SME) &&
      facts.owners.some((o) => o.partyId !== null && o.partyId === identity.partyId)
    )
      return;
    throw new AppException(
      PublicErrorCode.FORBIDDEN,
      AssetValuationReason.NOT_YOUR_ASSET,
      'SMEs can value only assets they own',
    );
  }

  /** The bank caller's current lending policy; null for other roles or a bank without one. */
  lenderPolicyFor(identity: Identity): Promise<EffectivePolicy | null> {
    return identity.roles.includes(Role.BANK) && identity.partyId !== null
      ? this.policies.current(identity.partyId)
      : Promise.resolve(null);
  }

  async value(
    identity: Identity,
    facts: AssetFacts | null,
    assetId: string,
    assumptions: AppraisalAssumptionsInput,
    jobId: string | null = null,
    /** The caller's lending policy when already looked up (portfolio jobs: once per job). */
    lender?: EffectivePolicy | null,
  ): Promise<ValuationEntity> {
    if (facts === null) {
      throw new AppException(
        PublicErrorCode.NOT_FOUND,
        AssetValuationReason.ASSET_NOT_FOUND,
        `IP asset ${assetId} not found`,
        {
          field: 'input.assetId',
        },
      );
    }
    this.assertMayValue(identity, facts);
    const days = facts.remainingLifeDays ?? 0;
    if (
      days <= 0 ||
      facts.legalStatus === 'LAPSED' ||
      facts.legalStatus === 'INVALIDATED' ||
      facts.legalStatus === 'EXPIRED'
    ) {
      throw new AppException(
        PublicErrorCode.BAD_USER_INPUT,
        AssetValuationReason.ASSET_NOT_IN_FORCE,
        `input.assetId: ${facts.number} is ${facts.legalStatus.toLowerCase()} with no legal life left to value`,
        { field: 'input.assetId' },
      );
    }
    const remainingLegalYears = Math.round((days / DAYS_PER_YEAR) * 100) / 100;
    const policy = lender === undefined ? await this.lenderPolicyFor(identity) : lender;
    const request = toAppraisalRequest(assumptions, {
      remainingLegalYears,
      kind: facts.kind,
      lenderPolicy: policy?.policy,
      attributes: scorecardFromFacts(facts, remainingLegalYears),
    });
    const report = await this.appraisals.appraise(request, 'input.assumptions');
    return this.valuations.insertNextVersion(
      toReconciledValuation(report, {
        assetId: facts.id,
        inputs: { request, asset: facts, lenderPolicyVersion: policy?.version ?? null },
        valuedAt: new Date(),
        valuedBy: identity.userId,
        assetStatusChangedAt: new Date(facts.statusChangedAt),
        jobId,
      }),
    );
  }
}
