import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { isUniqueViolation } from '@app/errors';
import { Decimal } from '@app/money';
import { assertUuid } from '@app/platform';
import { AuditService } from '@registry/audit/audit.service.js';
import { CreditListService } from '@registry/credit/credit-list.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { assertIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { LoanStatus } from '@registry/loan/domain/loan-state.js';
import { PartyKind } from '@registry/party/party.entity.js';
import { eligibilityReasons, type EligibilityCriteria } from '@registry/securitization/domain/eligibility.js';
import { arrangesFor } from '@registry/securitization/domain/pool-access.js';
import type { RecordRoyaltyReceivableInput } from '@registry/securitization/dto/securitization.input.js';
import { CandidateKind, CandidateStatus, type PoolCandidateEntity } from './pool-candidate.entity.js';
import type { RoyaltyReceivableEntity } from './royalty-receivable.entity.js';
import type { SecuritizationPoolEntity } from './securitization-pool.entity.js';
import { assertWithinLimits, SecuritizationPoolService, storedId } from './securitization-pool.service.js';
import { SecuritizationErrorReason, SecuritizationException } from './securitization.exception.js';
import { toPoolItem } from './securitization.mapper.js';
import { SecuritizationRepository, type UnderlyingFacts } from './securitization.repository.js';

const INCLUDED_ONCE = ['uq_pool_candidate_included_loan', 'uq_pool_candidate_included_receivable'];

function criteriaOf(pool: SecuritizationPoolEntity): EligibilityCriteria {
  return {
    requirePledgeRegistered: pool.requirePledgeRegistered,
    requirePatentLifeCoversTerm: pool.requirePatentLifeCoversTerm,
    requireNotInDefault: pool.requireNotInDefault,
    requireObligorNotCreditListed: pool.requireObligorNotCreditListed,
    requireNotInAnotherPool: pool.requireNotInAnotherPool,
  };
}

/**
 * Candidates of a pool: recording receivables, adding loans and receivables (eligibility,
 * then the concentration limits), and removing them.
 */
@Injectable()
export class PoolCandidateService {
  constructor(
    private readonly pools: SecuritizationRepository,
    private readonly poolService: SecuritizationPoolService,
    private readonly idempotency: IdempotencyService,
    private readonly credit: CreditListService,
    private readonly audit: AuditService,
  ) {}

  /** An inclusion or removal in the chains of the assets behind the underlying (rejections change nothing). */
  private async record(
    m: EntityManager,
    identity: Identity,
    candidate: PoolCandidateEntity,
    assetIds: readonly string[],
    action: 'POOL_CANDIDATE_INCLUDED' | 'POOL_CANDIDATE_REMOVED',
  ): Promise<void> {
    const state = {
      poolId: candidate.poolId,
      kind: candidate.kind,
      loanId: candidate.loanId,
      receivableId: candidate.receivableId,
      status: candidate.status,
    };
    await this.audit.record(m, identity, {
      assetIds,
      subjectType: 'POOL_CANDIDATE',
      subjectId: candidate.id,
      action,
      before: action === 'POOL_CANDIDATE_INCLUDED' ? null : state,
      after: action === 'POOL_CANDIDATE_INCLUDED' ? state : null,
    });
  }

  async recordReceivable(
    identity: Identity,
    input: RecordRoyaltyReceivableInput,
    key?: string | null,
  ): Promise<RoyaltyReceivableEntity> {
    const bankPartyId = identity.partyId;
    if (bankPartyId === null || !arrangesFor(identity, bankPartyId)) throw SecuritizationException.notArranger();
    const licensee = input.licenseeName.trim();
    if (licensee.length === 0) throw SecuritizationException.invalid('input.licenseeName', 'must not be blank');
    try {
      assertIsoDate(input.maturityDate, 'input.maturityDate');
    } catch {
      throw SecuritizationException.invalid('input.maturityDate', 'must be a YYYY-MM-DD date');
    }
    if (input.maturityDate <= registryToday()) {
      throw SecuritizationException.invalid('input.maturityDate', 'must be after today');
    }
    const id = await this.pools.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'recordRoyaltyReceivable', request: input, ...storedId },
        async () => {
          const licensor = await this.pools.party(m, input.licensorPartyId);
          if (licensor?.kind !== PartyKind.ENTERPRISE) {
            throw SecuritizationException.invalid('input.licensorPartyId', 'must be an enterprise');
          }
          const asset: unknown[] = await m.query('SELECT 1 FROM ip_asset WHERE id = $1', [input.assetId]);
          if (asset.length === 0) {
            throw SecuritizationException.invalid('input.assetId', 'no such registry asset');
          }
          const r = await this.pools.insertReceivable(m, {
            arrangerPartyId: bankPartyId,
            licensorPartyId: licensor.id,
            licenseeName: licensee,
            assetId: input.assetId,
            outstandingAmount: new Decimal(input.outstandingAmount),
            currency: input.currency,
            annualRate: new Decimal(input.annualRate),
            maturityDate: input.maturityDate,
            recordedBy: identity.userId,
          });
          return r.id;
        },
      ),
    );
    return (await this.pools.receivable(this.pools.manager, id))!;
  }

  addLoan(identity: Identity, poolId: string, loanId: string, key?: string | null): Promise<PoolCandidateEntity> {
    return this.add(identity, poolId, CandidateKind.LOAN, loanId, key, 'addLoanToPool');
  }

  addReceivable(
    identity: Identity,
    poolId: string,
    receivableId: string,
    key?: string | null,
  ): Promise<PoolCandidateEntity> {
    return this.add(
      identity,
      poolId,
      CandidateKind.ROYALTY_RECEIVABLE,
      receivableId,
      key,
      'addRoyaltyReceivableToPool',
    );
  }

  /**
   * Evaluates the candidate against the pool's criteria: ineligible = recorded REJECTED with
   * every reason; eligible = INCLUDED if the limits still hold with it, else refused (CONFLICT,
   * nothing written).
   */
  private async add(
    identity: Identity,
    poolId: string,
    kind: CandidateKind,
    underlyingId: string,
    key: string | null | undefined,
    operation: string,
  ): Promise<PoolCandidateEntity> {
    const field = kind === CandidateKind.LOAN ? 'loanId' : 'receivableId';
    assertUuid(poolId, 'poolId');
    assertUuid(underlyingId, field);
    const id = await this.pools
      .transaction((m) =>
        this.idempotency.run(m, { identity, key, operation, request: { poolId, underlyingId }, ...storedId }, () =>
          this.evaluate(m, identity, poolId, kind, underlyingId, field),
        ),
      )
      .catch((error: unknown) => {
        if (INCLUDED_ONCE.some((name) => isUniqueViolation(error, name))) {
          throw SecuritizationException.conflict(
            SecuritizationErrorReason.IN_ANOTHER_POOL,
            'is included in another pool',
            field,
          );
        }
        throw error;
      });
    return (await this.pools.candidate(this.pools.manager, id))!;
  }

  private async evaluate(
    m: EntityManager,
    identity: Identity,
    poolId: string,
    kind: CandidateKind,
    underlyingId: string,
    field: string,
  ): Promise<string> {
    const pool = await this.poolService.lockOwn(m, identity, poolId, 'poolId');
    const facts = await this.facts(m, kind, underlyingId);
    if (facts === null || facts.bankPartyId !== pool.arrangerPartyId) {
      throw SecuritizationException.notFound(
        kind === CandidateKind.LOAN
          ? SecuritizationErrorReason.LOAN_NOT_FOUND
          : SecuritizationErrorReason.RECEIVABLE_NOT_FOUND,
        field,
        `${underlyingId} not found among the bank's ${kind === CandidateKind.LOAN ? 'loans' : 'receivables'}`,
      );
    }
    if (kind === CandidateKind.LOAN && facts.loanStatus !== LoanStatus.ACTIVE) {
      throw SecuritizationException.conflict(
        SecuritizationErrorReason.LOAN_NOT_ACTIVE,
        `is ${String(facts.loanStatus)}, not ACTIVE`,
        field,
      );
    }
    if (facts.currency !== pool.currency) {
      throw SecuritizationException.conflict(
        SecuritizationErrorReason.CURRENCY_MISMATCH,
        `is in ${facts.currency}, the pool in ${pool.currency}`,
        field,
      );
    }
    const existing = await this.pools.existing(m, pool.id, kind, underlyingId);
    if (existing?.status === CandidateStatus.INCLUDED) {
      throw SecuritizationException.conflict(
        SecuritizationErrorReason.ALREADY_IN_POOL,
        'is already in the pool',
        field,
      );
    }
    // A rejected candidate offered again is evaluated afresh on today's facts.
    if (existing !== null) await this.pools.deleteCandidate(m, existing.id);
    const today = registryToday();
    const listed = await this.credit.listedParties(m, [facts.obligor], today);
    const reasons = eligibilityReasons(criteriaOf(pool), {
      pledgeRegistered: facts.pledgeRegistered,
      maturityDate: facts.maturityDate ?? today,
      assetExpiries: facts.expiries,
      inDefault: facts.inDefault,
      obligorCreditListed: listed.length > 0,
      inAnotherPool: await this.pools.includedElsewhere(m, pool.id, kind, underlyingId),
    });
    if (reasons.length === 0) {
      const exposures = await this.poolService.exposures(m, pool.id);
      assertWithinLimits([...exposures, toPoolItem(facts, today)], pool);
    }
    const candidate = await this.pools.insertCandidate(m, {
      poolId: pool.id,
      kind,
      loanId: kind === CandidateKind.LOAN ? underlyingId : null,
      receivableId: kind === CandidateKind.ROYALTY_RECEIVABLE ? underlyingId : null,
      status: reasons.length === 0 ? CandidateStatus.INCLUDED : CandidateStatus.REJECTED,
      reasons,
      addedBy: identity.userId,
    });
    if (candidate.status === CandidateStatus.INCLUDED) {
      await this.record(m, identity, candidate, facts.assetIds, 'POOL_CANDIDATE_INCLUDED');
    }
    return candidate.id;
  }

  private facts(m: EntityManager, kind: CandidateKind, id: string): Promise<UnderlyingFacts | null> {
    return kind === CandidateKind.LOAN ? this.pools.loanFacts(m, id, true) : this.pools.receivableFacts(m, id);
  }

  /**
   * Removes a candidate. Taking one out cannot make another ineligible, but it raises the
   * others' shares, so the concentration limits are checked on what remains, and the notes of
   * a structured pool must still fit in it.
   */
  async remove(identity: Identity, candidateId: string, key?: string | null): Promise<SecuritizationPoolEntity> {
    assertUuid(candidateId, 'candidateId');
    const poolId = await this.pools.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'removePoolCandidate', request: { candidateId }, ...storedId },
        async () => {
          const candidate = await this.pools.candidate(m, candidateId);
          const notFound = SecuritizationException.notFound(
            SecuritizationErrorReason.CANDIDATE_NOT_FOUND,
            'candidateId',
            `candidate ${candidateId} not found`,
          );
          if (candidate === null) throw notFound;
          const pool = await this.pools.pool(m, candidate.poolId, true);
          if (pool === null || !arrangesFor(identity, pool.arrangerPartyId)) throw notFound;
          await this.pools.deleteCandidate(m, candidate.id);
          if (candidate.status === CandidateStatus.INCLUDED) {
            const remaining = await this.poolService.exposures(m, pool.id);
            assertWithinLimits(remaining, pool);
            await this.poolService.assertNotesCovered(m, pool.id, remaining);
            const facts = await this.facts(m, candidate.kind, (candidate.loanId ?? candidate.receivableId) as string);
            await this.record(m, identity, candidate, facts?.assetIds ?? [], 'POOL_CANDIDATE_REMOVED');
          }
          return pool.id;
        },
      ),
    );
    return this.poolService.get(identity, poolId);
  }
}
