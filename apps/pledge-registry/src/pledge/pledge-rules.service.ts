import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Decimal } from '@app/money';
import { CreditListService } from '@registry/credit/credit-list.service.js';
import type { ApplicationContent } from '@registry/pledge/domain/application-content.js';
import {
  examinePledgeApplication,
  type PledgeApplication,
  type PledgeExamination,
} from '@registry/pledge/domain/refusal-rules.js';
import { PartyKind } from '@registry/party/party.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { PledgeRepository, type RuleFacts } from '@registry/pledge/pledge.repository.js';

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
   * Runs the refusal rules on the content as of `applicationDate`, on facts read in one
   * statement. `ownPledgeId`'s own active claim on an asset is not a conflict. The facts
   * are returned so a submission can copy the asset particulars and a registration can
   * append to the audit chains (`chainTails`: only under the chain locks) without reading
   * them again.
   */
  async check(
    m: EntityManager,
    content: ApplicationContent,
    applicationDate: string,
    ownPledgeId: string | null,
    options: { chainTails?: boolean } = {},
  ): Promise<{ examination: PledgeExamination; facts: RuleFacts }> {
    const app = rulesApplication(content, applicationDate);
    const facts = await this.pledges.ruleFacts(m, {
      assetIds: [...new Set(app.assets.map((a) => a.assetId))],
      pledgorPartyId: app.pledgorPartyId,
      partyIds: [...new Set([app.pledgorPartyId, app.pledgeePartyId])],
      on: app.applicationDate,
      ownPledgeId,
      chainTails: options.chainTails === true,
    });
    const examination = examinePledgeApplication(
      app,
      {
        pledgorCreditCode: facts.pledgorCreditCode,
        creditListedPartyIds: facts.creditListedPartyIds,
        assets: facts.assets.map(({ asset, owners, activePledgeId }) => ({
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
          owners: owners.map((o) => ({
            partyId: o.partyId,
            creditCode: o.creditCode,
            share: new Decimal(o.share).toString(),
          })),
          activePledge: activePledgeId !== null && activePledgeId !== ownPledgeId,
        })),
      },
      { creditListEffect: this.credit.pledgeEffect() },
    );
    return { examination, facts };
  }

  /**
   * BAD_USER_INPUT on `<prefix>.pledgorPartyId` / `<prefix>.pledgeePartyId` for a party not
   * in the register, or of the wrong kind: the pledgor is an enterprise, the pledgee a lender.
   */
  async assertParties(m: EntityManager, pledgorId: string, pledgeeId: string, prefix: string): Promise<void> {
    const found = new Map((await this.pledges.parties(m, [pledgorId, pledgeeId])).map((p) => [p.id, p.kind]));
    const check = (id: string, field: string, kind: PartyKind, what: string): void => {
      const actual = found.get(id);
      if (actual === undefined) throw PledgeException.invalid(`${prefix}.${field}`, 'no such party');
      if (actual !== kind) throw PledgeException.invalid(`${prefix}.${field}`, `must be ${what}, not a ${actual}`);
    };
    check(pledgorId, 'pledgorPartyId', PartyKind.ENTERPRISE, 'an enterprise');
    check(pledgeeId, 'pledgeePartyId', PartyKind.LENDER, 'a lender');
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
