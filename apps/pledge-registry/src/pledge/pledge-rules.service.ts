import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CreditListService } from '@registry/credit/credit-list.service.js';
import type { ApplicationContent } from '@registry/pledge/domain/application-content.js';
import {
  examinePledgeApplication,
  type PledgeApplication,
  type PledgeExamination,
} from '@registry/pledge/domain/refusal-rules.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { PledgeRepository, type AssetFactsRow } from '@registry/pledge/pledge.repository.js';

/**
 * The refusal rules on facts read in the caller's transaction: submission, registration
 * and a change of terms all judge the same way, on the assets and parties as they stand.
 */
@Injectable()
export class PledgeRulesService {
  constructor(
    private readonly pledges: PledgeRepository,
    private readonly credit: CreditListService,
  ) {}

  /**
   * Runs the refusal rules on the content as of `applicationDate`. `ownPledgeId`'s own
   * active claim on an asset is not a conflict. The asset rows read are returned so a
   * submission can copy their particulars without reading them again.
   */
  async check(
    m: EntityManager,
    content: ApplicationContent,
    applicationDate: string,
    ownPledgeId: string | null,
  ): Promise<{ examination: PledgeExamination; rows: AssetFactsRow[] }> {
    const app = rulesApplication(content, applicationDate);
    const rows = await this.pledges.assetFacts(m, [...new Set(app.assets.map((a) => a.assetId))]);
    const [pledgor] = await this.pledges.parties(m, [app.pledgorPartyId]);
    const listed = await this.credit.listedParties(
      m,
      [...new Set([app.pledgorPartyId, app.pledgeePartyId])],
      app.applicationDate,
    );
    const examination = examinePledgeApplication(
      app,
      {
        pledgorCreditCode: pledgor?.creditCode ?? null,
        creditListedPartyIds: listed,
        assets: rows.map(({ asset, owners, activePledgeId }) => ({
          assetId: asset.id,
          number: asset.number,
          title: asset.title,
          kind: asset.kind,
          filingDate: asset.filingDate,
          grantDate: asset.grantDate,
          expiryDate: asset.expiryDate,
          legalStatus: asset.legalStatus,
          flags: {
            invalidationPending: asset.invalidationPending,
            ownershipDispute: asset.ownershipDispute,
            courtPreservation: asset.courtPreservation,
          },
          owners: owners.map((o) => ({ partyId: o.partyId, creditCode: o.creditCode, share: o.share.toString() })),
          activePledge: activePledgeId !== null && activePledgeId !== ownPledgeId,
        })),
      },
      { creditListEffect: this.credit.pledgeEffect() },
    );
    return { examination, rows };
  }

  /** BAD_USER_INPUT on `<prefix>.pledgorPartyId` / `<prefix>.pledgeePartyId` for a party not in the register. */
  async assertPartiesExist(m: EntityManager, pledgorId: string, pledgeeId: string, prefix: string): Promise<void> {
    const found = new Set((await this.pledges.parties(m, [pledgorId, pledgeeId])).map((p) => p.id));
    if (!found.has(pledgorId)) throw PledgeException.invalid(`${prefix}.pledgorPartyId`, 'no such party');
    if (!found.has(pledgeeId)) throw PledgeException.invalid(`${prefix}.pledgeePartyId`, 'no such party');
  }
}

function rulesApplication(content: ApplicationContent, applicationDate: string): PledgeApplication {
  return {
    applicationDate,
    pledgorPartyId: content.pledgorPartyId,
    pledgeePartyId: content.pledgeePartyId,
    securedClaim: { type: content.claimType, amount: content.claimAmount, currency: content.claimCurrency },
    debtorDueDate: content.debtorDueDate,
    assets: content.assetIds.map((assetId) => ({ assetId })),
    guaranteeScope: content.guaranteeScope,
    coOwnerConsents: content.coOwnerConsents,
    acknowledgedRisks: content.acknowledgedRisks,
    forfeitureClause: content.forfeitureClause,
    appraisalReference: content.appraisalReference,
  };
}
