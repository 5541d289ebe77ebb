import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { isUniqueViolation } from '@app/errors';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import { CreditListService } from '@registry/credit/credit-list.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { LoanStatus } from '@registry/loan/domain/loan-state.js';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { enrolmentFits } from '@registry/risk-fund/domain/fund-figures.js';
import { coverScope, inCoverScope, isLender, screenBorrower } from '@registry/risk-fund/domain/fund-rules.js';
import { versionOn } from '@registry/risk-fund/domain/ratio-versions.js';
import type { EnrolLoanInRiskFundInput, RiskFundEnrolmentFilter } from '@registry/risk-fund/dto/risk-fund.input.js';
import { RiskFundCoverRepository, type LoanFacts } from '@registry/risk-fund/risk-fund-cover.repository.js';
import {
  RiskFundEnrolmentStatus,
  type RiskFundEnrolmentEntity,
} from '@registry/risk-fund/risk-fund-enrolment.entity.js';
import type { RiskFundEntity } from '@registry/risk-fund/risk-fund.entity.js';
import { RiskFundErrorReason, RiskFundException } from '@registry/risk-fund/risk-fund.exception.js';
import { plain } from '@registry/risk-fund/risk-fund.mapper.js';
import { RiskFundRepository } from '@registry/risk-fund/risk-fund.repository.js';
import { RiskFundService, storedId } from '@registry/risk-fund/risk-fund.service.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

const LIVE_ENROLMENT = 'uq_risk_fund_enrolment_loan';

/**
 * Loans under a fund's cover. The lender enrols an ACTIVE loan of the fund's city whose
 * pledge is still REGISTERED (not in default); the borrower is screened against the credit
 * list under CREDIT_LIST_FUND_EFFECT; the cover must stay within the fund's leverage limit.
 * All of it is checked under the fund's row lock and the loan's share lock, so two
 * enrolments cannot both fit into the last of the fund's capacity.
 */
@Injectable()
export class RiskFundEnrolmentService {
  constructor(
    private readonly funds: RiskFundRepository,
    private readonly cover: RiskFundCoverRepository,
    private readonly fundService: RiskFundService,
    private readonly credit: CreditListService,
    private readonly idempotency: IdempotencyService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  async enrol(
    identity: Identity,
    input: EnrolLoanInRiskFundInput,
    key?: string | null,
  ): Promise<RiskFundEnrolmentEntity> {
    const fundId = assertUuid(input.fundId, 'input.fundId');
    const loanId = assertUuid(input.loanId, 'input.loanId');
    const today = registryToday();
    const id = await this.funds
      .transaction((m) =>
        this.idempotency.run(
          m,
          { identity, key, operation: 'enrolLoanInRiskFund', request: input, ...storedId },
          async () => {
            const fund = await this.funds.lockFund(m, fundId);
            if (fund === null) throw RiskFundException.fundNotFound(fundId, 'input.fundId');
            const loan = await this.cover.loanFacts(m, loanId, true);
            if (loan === null || !isLender(identity, loan)) throw loanNotFound(loanId);
            assertCoverable(fund, loan);
            if ((await this.cover.liveEnrolment(m, loan.id)) !== null) throw alreadyEnrolled();
            const versions = await this.funds.ratioVersionsOf([fund.id], m);
            const inForce = versionOn(
              versions.map((v) => ({ from: v.effectiveFrom, to: v.effectiveTo })),
              today,
            );
            if (inForce === null) {
              throw RiskFundException.conflict(
                RiskFundErrorReason.NO_RATIO_IN_FORCE,
                'the fund has no sharing ratio in force today',
                'input.fundId',
              );
            }
            const listed = (await this.credit.listedParties(m, [loan.borrowerPartyId], today)).length > 0;
            const outcome = screenBorrower(listed, this.config.CREDIT_LIST_FUND_EFFECT);
            if (outcome === 'REFUSE') {
              throw RiskFundException.conflict(
                RiskFundErrorReason.BORROWER_CREDIT_LISTED,
                'the borrower is on the IP credit-loss (dishonest entity) list',
                'input.loanId',
              );
            }
            if (outcome === 'ENROL') await this.assertCapacity(m, fund, loan, today);
            const enrolment = await this.cover.insertEnrolment(m, {
              fundId: fund.id,
              loanId: loan.id,
              lenderPartyId: loan.lenderPartyId,
              borrowerPartyId: loan.borrowerPartyId,
              status: outcome === 'ENROL' ? RiskFundEnrolmentStatus.ENROLLED : RiskFundEnrolmentStatus.PENDING_REVIEW,
              enrolledOn: outcome === 'ENROL' ? today : null,
              creditListed: listed,
              requestedBy: identity.userId,
            });
            return enrolment.id;
          },
        ),
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error, LIVE_ENROLMENT)) throw alreadyEnrolled();
        throw error;
      });
    return this.find(id);
  }

  /**
   * Program staff accept or decline an enrolment held for review (credit-listed borrower
   * under MANUAL_REVIEW). Acceptance re-checks everything enrolment checks, on today's facts.
   */
  async review(
    identity: Identity,
    id: string,
    accept: boolean,
    note: string | null | undefined,
    key?: string | null,
  ): Promise<RiskFundEnrolmentEntity> {
    const enrolmentId = assertUuid(id, 'id');
    const today = registryToday();
    await this.funds.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'reviewRiskFundEnrolment', request: { id, accept, note }, ...storedId },
        async () => {
          const fundId = await this.cover.enrolmentFundId(enrolmentId);
          if (fundId === null) throw enrolmentNotFound(enrolmentId);
          const fund = await this.fundService.lockAdministered(m, identity, fundId, 'id');
          const enrolment = await this.cover.lockEnrolment(m, enrolmentId);
          if (enrolment === null) throw enrolmentNotFound(enrolmentId);
          if (enrolment.status !== RiskFundEnrolmentStatus.PENDING_REVIEW) {
            throw RiskFundException.conflict(
              RiskFundErrorReason.ENROLMENT_NOT_PENDING,
              `the enrolment is ${enrolment.status}`,
              'id',
            );
          }
          if (accept) {
            const loan = await this.cover.loanFacts(m, enrolment.loanId, true);
            if (loan === null) throw loanNotFound(enrolment.loanId);
            assertCoverable(fund, loan);
            await this.assertCapacity(m, fund, loan, today);
          }
          await this.cover.updateEnrolment(m, enrolment.id, {
            status: accept ? RiskFundEnrolmentStatus.ENROLLED : RiskFundEnrolmentStatus.DECLINED,
            enrolledOn: accept ? today : null,
            reviewedBy: identity.userId,
            reviewNote: note?.trim() || null,
          });
          return enrolment.id;
        },
      ),
    );
    return this.find(enrolmentId);
  }

  async get(identity: Identity, id: string): Promise<RiskFundEnrolmentEntity> {
    const enrolment = await this.cover.findEnrolment(assertUuid(id, 'id'));
    if (enrolment === null) throw enrolmentNotFound(id);
    const fund = await this.funds.findFund(enrolment.fundId);
    if (fund === null || !inCoverScope(coverScope(identity), { ...enrolment, ownerPartyId: fund.ownerPartyId })) {
      throw enrolmentNotFound(id);
    }
    return enrolment;
  }

  async list(
    identity: Identity,
    filter: RiskFundEnrolmentFilter | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<RiskFundEnrolmentEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']) as [string, string] | null;
    const rows = await this.cover.listEnrolments({
      scope: coverScope(identity),
      fundId: filter?.fundId,
      loanId: filter?.loanId,
      status: filter?.status,
      after: cursor,
      limit,
    });
    return toConnection(rows, limit, cursor !== null, (e) => [e.createdAt.toISOString(), e.id]);
  }

  /** Refuses (CONFLICT, nothing written) an enrolment that would take cover past the leverage limit. */
  private async assertCapacity(m: EntityManager, fund: RiskFundEntity, loan: LoanFacts, today: string): Promise<void> {
    const [facts] = await this.funds.coverFacts([fund.id], today, m);
    if (facts === undefined) throw new Error(`no cover facts for fund ${fund.id}`);
    const fit = enrolmentFits(facts, fund.leverageLimit, loan.outstandingPrincipal);
    if (!fit.fits) {
      throw RiskFundException.conflict(
        RiskFundErrorReason.LEVERAGE_LIMIT_EXCEEDED,
        `covering ${plain(loan.outstandingPrincipal)} more would take covered outstanding to ${plain(fit.coveredAfter)}, ` +
          `beyond ${plain(fund.leverageLimit)} x the balance ${plain(facts.balance)}`,
        'input.loanId',
        {
          balance: plain(facts.balance),
          coveredAfter: plain(fit.coveredAfter),
          leverageAfter: fit.leverageAfter === null ? null : plain(fit.leverageAfter),
          leverageLimit: plain(fund.leverageLimit),
        },
      );
    }
  }

  private async find(id: string): Promise<RiskFundEnrolmentEntity> {
    const enrolment = await this.cover.findEnrolment(id);
    if (enrolment === null) throw new Error(`enrolment ${id} vanished after it was written`);
    return enrolment;
  }
}

/** What a loan must be for the fund to cover it. */
function assertCoverable(fund: RiskFundEntity, loan: LoanFacts): void {
  if (loan.status !== LoanStatus.ACTIVE) {
    throw RiskFundException.conflict(
      RiskFundErrorReason.LOAN_NOT_ACTIVE,
      `a ${loan.status} loan cannot be enrolled`,
      'input.loanId',
    );
  }
  if (loan.pledgeStatus !== PledgeStatus.REGISTERED) {
    throw RiskFundException.conflict(
      RiskFundErrorReason.PLEDGE_IN_DEFAULT,
      `the loan's pledge is ${loan.pledgeStatus}: cover is for loans not yet in default`,
      'input.loanId',
    );
  }
  if (loan.currency !== fund.currency) {
    throw RiskFundException.conflict(
      RiskFundErrorReason.LOAN_CURRENCY_MISMATCH,
      `the loan is in ${loan.currency}, the fund in ${fund.currency}`,
      'input.loanId',
    );
  }
  if (loan.borrowerCity !== fund.city) {
    throw RiskFundException.conflict(
      RiskFundErrorReason.LOAN_OUTSIDE_FUND_CITY,
      `the borrower is in ${loan.borrowerCity}, the fund covers ${fund.city}`,
      'input.loanId',
    );
  }
}

function loanNotFound(id: string): RiskFundException {
  return RiskFundException.notFound(RiskFundErrorReason.LOAN_NOT_FOUND, 'input.loanId', `loan ${id} not found`);
}

function enrolmentNotFound(id: string): RiskFundException {
  return RiskFundException.notFound(RiskFundErrorReason.ENROLMENT_NOT_FOUND, 'id', `enrolment ${id} not found`);
}

function alreadyEnrolled(): RiskFundException {
  return RiskFundException.conflict(
    RiskFundErrorReason.LOAN_ALREADY_ENROLLED,
    'the loan is already enrolled or waiting for review',
    'input.loanId',
  );
}
