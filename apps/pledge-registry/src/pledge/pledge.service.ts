import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import type { Decimal } from '@app/money';
import { AuditService } from '@registry/audit/audit.service.js';
import { IpAssetService } from '@registry/ip-asset/ip-asset.service.js';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import { FilingChannel, type PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';

/** What an accepted offer (or the parties directly) puts in a new draft application. */
export interface PledgeDraft {
  pledgorPartyId: string;
  pledgeePartyId: string;
  claimType: string;
  claimAmount: Decimal;
  claimCurrency: string;
  debtorDueDate: string;
  assetIds: readonly string[];
  guaranteeScope: string;
}

/** The scope most main contracts secure; the parties edit it before they sign. */
export const DEFAULT_GUARANTEE_SCOPE =
  'principal, interest, default interest, damages and the costs of realising the claim';

@Injectable()
export class PledgeService {
  constructor(
    private readonly pledges: PledgeRepository,
    private readonly assets: IpAssetService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A DRAFT application with both parties, in the caller's transaction (an offer's
   * acceptance and its draft commit together). Asset particulars are copied as they
   * stand; the refusal rules run on submission, not here.
   */
  async createDraft(manager: EntityManager, identity: Identity, draft: PledgeDraft): Promise<PledgeEntity> {
    const found = await this.assets.findMany(draft.assetIds);
    const byId = new Map(found.map((a) => [a.id, a]));
    const missing = draft.assetIds.find((id) => !byId.has(id));
    if (missing !== undefined) throw PledgeException.invalid('assetIds', `asset ${missing} is not in the register`);
    const pledge = await this.pledges.insert(
      manager,
      {
        status: PledgeStatus.DRAFT,
        pledgorPartyId: draft.pledgorPartyId,
        pledgeePartyId: draft.pledgeePartyId,
        claimType: draft.claimType,
        claimAmount: draft.claimAmount,
        claimCurrency: draft.claimCurrency,
        debtorDueDate: draft.debtorDueDate,
        guaranteeScope: draft.guaranteeScope,
        filingChannel: FilingChannel.ONLINE,
        createdBy: identity.userId,
      },
      draft.assetIds.map((id, position) => {
        const a = byId.get(id) as NonNullable<ReturnType<typeof byId.get>>;
        return {
          assetId: id,
          position,
          number: a.number,
          title: a.title,
          filingDate: a.filingDate,
          grantDate: a.grantDate,
        };
      }),
    );
    await this.audit.record(manager, identity, {
      assetIds: draft.assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: 'PLEDGE_DRAFTED',
      before: null,
      after: {
        status: PledgeStatus.DRAFT,
        pledgorPartyId: draft.pledgorPartyId,
        pledgeePartyId: draft.pledgeePartyId,
        claimAmount: draft.claimAmount.toFixed(4),
        claimCurrency: draft.claimCurrency,
        debtorDueDate: draft.debtorDueDate,
      },
    });
    return pledge;
  }
}
