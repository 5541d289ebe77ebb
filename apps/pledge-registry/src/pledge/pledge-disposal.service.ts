import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { isUniqueViolation } from '@app/errors';
import { assertUuid } from '@app/platform';
import { AuditService } from '@registry/audit/audit.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { canView, PledgeSide, sideOf } from '@registry/pledge/domain/pledge-access.js';
import { ACTIVE_STATUSES } from '@registry/pledge/domain/pledge-state.js';
import type { RequestAssetDisposalInput } from '@registry/pledge/dto/pledge.input.js';
import { visibility } from '@registry/pledge/pledge.mapper.js';
import { DisposalStatus } from '@registry/pledge/pledge-disposal.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';
import { hiddenFrom } from '@registry/pledge/pledge-write.js';

/** Disposal consent: a pledged asset is transferred or licensed only with the pledgee's consent. */
@Injectable()
export class PledgeDisposalService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly pledges: PledgeRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {
    this.dataSource = pledges.dataSource;
  }

  /** A pledgor's request to transfer or license a pledged asset; the pledgee decides. Returns the request id. */
  async requestDisposal(
    identity: Identity,
    input: RequestAssetDisposalInput,
    idempotencyKey?: string | null,
  ): Promise<string> {
    const pledgeId = assertUuid(input.pledgeId, 'input.pledgeId');
    const assetId = assertUuid(input.assetId, 'input.assetId');
    try {
      return await withTransaction(this.dataSource, (m) =>
        this.idempotency.run(
          m,
          {
            identity,
            key: idempotencyKey,
            operation: 'requestAssetDisposal',
            request: input,
            toStored: (result) => result,
            fromStored: (stored) => stored as string,
          },
          async () => {
            const pledge = await this.pledges.lockById(m, pledgeId);
            if (pledge === null) throw PledgeException.notFound(pledgeId);
            if (sideOf(identity, pledge) !== PledgeSide.PLEDGOR) throw hiddenFrom(identity, pledge);
            if (!ACTIVE_STATUSES.has(pledge.status)) {
              throw PledgeException.transition(`no disposal consent is needed for a ${pledge.status} pledge`);
            }
            const assets = await this.pledges.assetsOf([pledge.id], m);
            if (!assets.some((a) => a.assetId === assetId)) {
              throw PledgeException.invalid('input.assetId', 'is not pledged under this registration');
            }
            await this.audit.lockChains(m, [assetId]);
            const disposal = await this.pledges.insertDisposal(m, {
              pledgeId,
              assetId,
              kind: input.kind,
              counterpartyName: input.counterpartyName.trim(),
              proceeds: input.proceeds,
              status: DisposalStatus.REQUESTED,
              requestNote: input.note ?? null,
              requestedBy: identity.userId,
            });
            await this.audit.record(m, identity, {
              assetIds: [assetId],
              subjectType: 'DISPOSAL',
              subjectId: disposal.id,
              action: 'DISPOSAL_REQUESTED',
              before: null,
              after: {
                pledgeId,
                kind: input.kind,
                counterpartyName: disposal.counterpartyName,
                proceeds: input.proceeds,
                status: DisposalStatus.REQUESTED,
              },
            });
            return disposal.id;
          },
        ),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_pledge_disposal_open')) throw PledgeException.disposalPending();
      throw error;
    }
  }

  /** The pledgee's consent or refusal (Civil Code art. 444). Returns the request id. */
  decideDisposal(
    identity: Identity,
    id: string,
    consent: boolean,
    note: string | null | undefined,
    idempotencyKey?: string | null,
  ): Promise<string> {
    const disposalId = assertUuid(id, 'id');
    return withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        {
          identity,
          key: idempotencyKey,
          operation: 'decideAssetDisposal',
          request: { id: disposalId, consent, note },
          toStored: (result) => result,
          fromStored: (stored) => stored as string,
        },
        async () => {
          const disposal = await this.pledges.lockDisposal(m, disposalId);
          if (disposal === null) throw PledgeException.disposalNotFound(disposalId);
          const pledge = await this.pledges.findById(disposal.pledgeId, m);
          if (pledge === null || !canView(identity, visibility(pledge))) {
            throw PledgeException.disposalNotFound(disposalId);
          }
          if (sideOf(identity, pledge) !== PledgeSide.PLEDGEE) throw PledgeException.notAParty();
          if (disposal.status !== DisposalStatus.REQUESTED) {
            throw PledgeException.transition(`the request was already ${disposal.status}`);
          }
          const status = consent ? DisposalStatus.CONSENTED : DisposalStatus.DECLINED;
          await this.audit.lockChains(m, [disposal.assetId]);
          await this.pledges.updateDisposal(m, disposal.id, {
            status,
            decidedBy: identity.userId,
            decidedAt: new Date(),
            decisionNote: note ?? null,
          });
          await this.audit.record(m, identity, {
            assetIds: [disposal.assetId],
            subjectType: 'DISPOSAL',
            subjectId: disposal.id,
            action: consent ? 'DISPOSAL_CONSENTED' : 'DISPOSAL_DECLINED',
            before: { status: disposal.status },
            after: { status, note: note ?? null },
          });
          return disposal.id;
        },
      ),
    );
  }
}
