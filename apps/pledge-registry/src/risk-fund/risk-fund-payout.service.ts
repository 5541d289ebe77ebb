import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { Decimal } from '@app/money';
import { assertUuid } from '@app/platform';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import type { RecordRiskFundRecoveryInput } from '@registry/risk-fund/dto/risk-fund.input.js';
import { RiskFundClaimStatus, type RiskFundClaimEntity } from '@registry/risk-fund/risk-fund-claim.entity.js';
import { RiskFundCoverRepository } from '@registry/risk-fund/risk-fund-cover.repository.js';
import { RiskFundEntryKind, type RiskFundEntryEntity } from '@registry/risk-fund/risk-fund-entry.entity.js';
import { RiskFundErrorReason, RiskFundException } from '@registry/risk-fund/risk-fund.exception.js';
import { plain } from '@registry/risk-fund/risk-fund.mapper.js';
import { RiskFundRepository } from '@registry/risk-fund/risk-fund.repository.js';
import { RiskFundService, storedId, valueDate } from '@registry/risk-fund/risk-fund.service.js';

/**
 * The fund's side of a claim: program staff approve it (the fund's part is paid from the
 * balance in the same transaction, or nothing is written if the balance is short) or
 * reject it, and record recoveries paid back after a payout. Locks: the fund's row, then
 * the claim's.
 */
@Injectable()
export class RiskFundPayoutService {
  constructor(
    private readonly funds: RiskFundRepository,
    private readonly cover: RiskFundCoverRepository,
    private readonly fundService: RiskFundService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Approval pays the fund's part from the balance; a balance short of it refuses and writes nothing. */
  async approve(
    identity: Identity,
    id: string,
    note: string | null | undefined,
    key?: string | null,
  ): Promise<RiskFundClaimEntity> {
    const claimId = assertUuid(id, 'id');
    await this.funds.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'approveRiskFundClaim', request: { id, note }, ...storedId },
        async () => {
          const claim = await this.lockFiled(m, identity, claimId);
          const balance = await this.funds.balance(m, claim.fundId);
          if (balance.lt(claim.fundPart)) {
            throw RiskFundException.conflict(
              RiskFundErrorReason.FUND_BALANCE_SHORT,
              `the fund's part ${plain(claim.fundPart)} exceeds the balance ${plain(balance)}`,
              'id',
              { balance: plain(balance), fundPart: plain(claim.fundPart) },
            );
          }
          if (claim.fundPart.gt(0)) {
            await this.funds.append(m, {
              fundId: claim.fundId,
              kind: RiskFundEntryKind.PAYOUT,
              amount: claim.fundPart.negated(),
              claimId: claim.id,
              bookedOn: registryToday(),
              note: note?.trim() || null,
              recordedBy: identity.userId,
            });
          }
          await this.decide(m, identity, claim, RiskFundClaimStatus.PAID, note);
          return claim.id;
        },
      ),
    );
    return this.find(claimId);
  }

  async reject(identity: Identity, id: string, note: string, key?: string | null): Promise<RiskFundClaimEntity> {
    const claimId = assertUuid(id, 'id');
    if (note.trim() === '') throw RiskFundException.invalid('note', 'say why the claim is rejected');
    await this.funds.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'rejectRiskFundClaim', request: { id, note }, ...storedId },
        async () => {
          const claim = await this.lockFiled(m, identity, claimId);
          await this.decide(m, identity, claim, RiskFundClaimStatus.REJECTED, note);
          return claim.id;
        },
      ),
    );
    return this.find(claimId);
  }

  /** The fund's part of money recovered after a payout, paid back: at most what is still unrecovered. */
  async recordRecovery(
    identity: Identity,
    input: RecordRiskFundRecoveryInput,
    key?: string | null,
  ): Promise<RiskFundEntryEntity> {
    const claimId = assertUuid(input.claimId, 'input.claimId');
    const bookedOn = valueDate(input.bookedOn, 'input.bookedOn');
    const amount = new Decimal(input.amount);
    const entryId = await this.funds.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'recordRiskFundRecovery', request: input, ...storedId },
        async () => {
          const claim = await this.lockClaim(m, identity, claimId, 'input.claimId');
          if (claim.status !== RiskFundClaimStatus.PAID) {
            throw RiskFundException.conflict(
              RiskFundErrorReason.CLAIM_NOT_PAID,
              `a ${claim.status} claim has no payout to recover`,
              'input.claimId',
            );
          }
          const open = claim.fundPart.minus(claim.recoveredAmount);
          if (amount.gt(open)) {
            throw RiskFundException.conflict(
              RiskFundErrorReason.RECOVERY_EXCEEDS_PAYOUT,
              `only ${plain(open)} of the payout is still unrecovered`,
              'input.amount',
            );
          }
          const entry = await this.funds.append(m, {
            fundId: claim.fundId,
            kind: RiskFundEntryKind.RECOVERY,
            amount,
            claimId: claim.id,
            bookedOn,
            note: input.note?.trim() || null,
            recordedBy: identity.userId,
          });
          await this.cover.updateClaim(m, claim.id, { recoveredAmount: claim.recoveredAmount.plus(amount) });
          return entry.id;
        },
      ),
    );
    return this.funds.findEntry(this.funds.dataSource.manager, entryId);
  }

  /** Locks the claim's fund (checking the caller runs it), then the claim. */
  private async lockClaim(
    m: EntityManager,
    identity: Identity,
    claimId: string,
    field: string,
  ): Promise<RiskFundClaimEntity> {
    const fundId = await this.cover.claimFundId(claimId);
    if (fundId === null) throw RiskFundException.claimNotFound(claimId, field);
    await this.fundService.lockAdministered(m, identity, fundId, field);
    const claim = await this.cover.lockClaim(m, claimId);
    if (claim === null) throw RiskFundException.claimNotFound(claimId, field);
    return claim;
  }

  private async lockFiled(m: EntityManager, identity: Identity, claimId: string): Promise<RiskFundClaimEntity> {
    const claim = await this.lockClaim(m, identity, claimId, 'id');
    if (claim.status !== RiskFundClaimStatus.FILED) {
      throw RiskFundException.conflict(
        RiskFundErrorReason.CLAIM_NOT_FILED,
        `the claim was already ${claim.status}`,
        'id',
      );
    }
    return claim;
  }

  private decide(
    m: EntityManager,
    identity: Identity,
    claim: RiskFundClaimEntity,
    status: RiskFundClaimStatus,
    note: string | null | undefined,
  ): Promise<void> {
    return this.cover.updateClaim(m, claim.id, {
      status,
      decidedBy: identity.userId,
      decidedAt: new Date(),
      decisionNote: note?.trim() || null,
    });
  }

  private async find(id: string): Promise<RiskFundClaimEntity> {
    const claim = await this.cover.findClaim(id);
    if (claim === null) throw new Error(`claim ${id} vanished after it was written`);
    return claim;
  }
}
