import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { isUniqueViolation } from '@app/errors';
import { Decimal, Money, minorUnits } from '@app/money';
import { assertUuid } from '@app/platform';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { LoanCloseReason, type LoanEvent } from '@registry/loan/domain/loan-state.js';
import { penaltyAnnualRate } from '@registry/loan/domain/penalty-interest.js';
import { allocatePayment, applyAllocation, outstandingPrincipal } from '@registry/loan/domain/repayment-allocation.js';
import type { LoanRepaymentEntity } from '@registry/loan/loan-repayment.entity.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { LoanErrorReason, LoanException } from '@registry/loan/loan.exception.js';
import { amountJson, instalmentState } from '@registry/loan/loan.mapper.js';
import { LoanLockService } from '@registry/loan/loan-lock.service.js';
import { LoanQueryService } from '@registry/loan/loan-query.service.js';
import { LoanRepository } from '@registry/loan/loan.repository.js';
import { LoanService } from '@registry/loan/loan.service.js';
import { assertInDateOrder, penaltyOf } from '@registry/loan/loan-penalty.js';
import { assertActive, assertRegistered, instalmentRows, nextStatus, storedId } from '@registry/loan/loan-write.js';
import { DeregistrationReason, PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import { PledgeLifecycleService } from '@registry/pledge/pledge-lifecycle.service.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/**
 * A disbursed loan: the payout with its stored schedule, repayments, and the release of the
 * pledge once repaid. Every change takes the locks of {@link LoanLockService}.
 */
@Injectable()
export class LoanServicingService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly loans: LoanRepository,
    private readonly locks: LoanLockService,
    private readonly query: LoanQueryService,
    private readonly lifecycle: PledgeLifecycleService,
    private readonly calculator: LoanService,
    private readonly idempotency: IdempotencyService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {
    this.dataSource = loans.dataSource;
  }

  /** The approved loan is paid out on `on`: ACTIVE, with its schedule stored. */
  async disburse(identity: Identity, id: string, on: string, idempotencyKey?: string | null): Promise<LoanEntity> {
    const loanId = assertUuid(id, 'id');
    if (compareIsoDate(on, registryToday()) > 0) throw LoanException.invalid('on', 'must not be in the future');
    await withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        { identity, key: idempotencyKey, operation: 'disburseLoan', request: { id, on }, ...storedId },
        async () => {
          const { loan, pledge, assetIds } = await this.locks.lock(m, identity, loanId);
          const status = nextStatus(loan.status, 'DISBURSE');
          assertRegistered(pledge, 'id');
          if (pledge.registeredOn !== null && compareIsoDate(on, pledge.registeredOn) < 0) {
            throw LoanException.invalid('on', `must not be before the pledge's registration on ${pledge.registeredOn}`);
          }
          if (await this.loans.hasActiveLoan(m, pledge.id)) {
            throw LoanException.conflict(
              LoanErrorReason.ACTIVE_LOAN_EXISTS,
              'the pledge already secures an active loan',
            );
          }
          const schedule = this.calculator.schedule({
            principal: Money.of(loan.principal, loan.currency),
            annualRate: loan.annualRate,
            termMonths: loan.termMonths,
            repaymentMethod: loan.repaymentMethod,
            dayCount: loan.dayCount,
            disbursementDate: on,
          });
          await this.loans.insertInstalments(m, instalmentRows(loan.id, schedule));
          const penaltyRate = penaltyAnnualRate(loan.annualRate, new Decimal(this.config.LOAN_PENALTY_RATE_MARKUP));
          await this.loans.update(m, loan, {
            status,
            disbursedOn: on,
            outstandingPrincipal: loan.principal,
            penaltyRate,
          });
          await this.locks.recordChange(m, identity, loan, assetIds, 'LOAN_DISBURSED', {
            status,
            version: loan.version + 1,
            disbursedOn: on,
            penaltyRate: penaltyRate.toString(),
            instalments: schedule.lines.length,
            totalInterest: amountJson(schedule.totalInterest.amount),
          });
          return loan.id;
        },
      ),
    );
    return this.query.get(identity, loanId);
  }

  /**
   * A payment received on an ACTIVE loan, allocated by the pure rules (penalty, overdue
   * interest, current interest, then principal of the earliest instalments), received no
   * earlier than the loan's latest repayment or default. Nothing left owed closes
   * the loan (REPAID), paying beyond that makes it OVERPAID; either way the pledge is
   * deregistered (REPAID) in the same transaction when the policy says so.
   */
  async recordRepayment(
    identity: Identity,
    id: string,
    amountText: string,
    receivedOn: string,
    idempotencyKey?: string | null,
  ): Promise<{ repayment: LoanRepaymentEntity; loan: LoanEntity }> {
    const loanId = assertUuid(id, 'loanId');
    const amount = new Decimal(amountText);
    if (!amount.gt(0)) throw LoanException.invalid('amount', 'must be greater than 0');
    if (compareIsoDate(receivedOn, registryToday()) > 0) {
      throw LoanException.invalid('receivedOn', 'must not be in the future');
    }
    const repaymentId = await withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        {
          identity,
          key: idempotencyKey,
          operation: 'recordLoanRepayment',
          request: { loanId: id, amount: amountText, receivedOn },
          ...storedId,
        },
        () => this.repay(m, identity, loanId, amount, receivedOn, idempotencyKey ?? null),
      ),
    ).catch((error: unknown) => {
      // Another user of the bank already used this key on this loan.
      if (isUniqueViolation(error, 'uq_loan_repayment_key')) {
        throw LoanException.conflict(
          LoanErrorReason.REPAYMENT_KEY_USED,
          'a repayment with this key is already recorded on the loan',
          'idempotencyKey',
        );
      }
      throw error;
    });
    const repayment = await this.loans.findRepayment(repaymentId);
    if (repayment === null) throw LoanException.notFound(loanId);
    return { repayment, loan: await this.query.get(identity, repayment.loanId) };
  }

  private async repay(
    m: EntityManager,
    identity: Identity,
    loanId: string,
    amount: Decimal,
    receivedOn: string,
    key: string | null,
  ): Promise<string> {
    const { loan, pledge, assetIds, instalments: rows, repayments } = await this.locks.lockAccount(m, identity, loanId);
    assertActive(loan, 'loanId', 'repayment');
    if (amount.decimalPlaces() > minorUnits(loan.currency)) {
      throw LoanException.invalid('amount', `at most ${minorUnits(loan.currency)} decimals for ${loan.currency}`);
    }
    assertInDateOrder(loan, repayments, receivedOn, 'receivedOn');
    const penalty = penaltyOf(loan, rows, repayments, receivedOn);
    const instalments = rows.map(instalmentState);
    const allocation = allocatePayment(instalments, amount, receivedOn, penalty?.outstanding);
    const outstanding = outstandingPrincipal(applyAllocation(instalments, allocation));
    const event: LoanEvent | null = allocation.excess.gt(0) ? 'OVERPAY' : outstanding.isZero() ? 'REPAY_IN_FULL' : null;
    const status = event === null ? loan.status : nextStatus(loan.status, event);
    const lines = allocation.lines.map((l) => ({
      number: l.number,
      interest: amountJson(l.interest),
      principal: amountJson(l.principal),
    }));
    await this.loans.payInstalments(m, loan.id, lines);
    const interestPaid = allocation.overdueInterest.plus(allocation.currentInterest);
    const repayment = await this.loans.insertRepayment(m, {
      loanId: loan.id,
      amount,
      receivedOn,
      penaltyPaid: allocation.penalty,
      interestPaid,
      principalPaid: allocation.principal,
      excess: allocation.excess,
      allocation: lines,
      idempotencyKey: key,
      recordedBy: identity.userId,
    });
    const ended = event !== null;
    await this.loans.update(m, loan, {
      status,
      outstandingPrincipal: outstanding,
      excessAmount: allocation.excess,
      closeReason: event === 'REPAY_IN_FULL' ? LoanCloseReason.REPAID : null,
      closedOn: ended ? receivedOn : null,
    });
    await this.locks.recordChange(m, identity, loan, assetIds, 'LOAN_REPAYMENT_RECORDED', {
      status,
      version: loan.version + 1,
      outstandingPrincipal: amountJson(outstanding),
      repaymentId: repayment.id,
      amount: amountJson(amount),
      receivedOn,
      penalty: amountJson(allocation.penalty),
      overdueInterest: amountJson(allocation.overdueInterest),
      currentInterest: amountJson(allocation.currentInterest),
      principal: amountJson(allocation.principal),
      excess: amountJson(allocation.excess),
    });
    // Only a REGISTERED pledge can be deregistered as repaid; a defaulted one ends through realisation.
    if (ended && this.config.LOAN_REPAID_DEREGISTERS && pledge.status === PledgeStatus.REGISTERED) {
      await this.lifecycle.deregisterWithin(
        m,
        identity,
        pledge.id,
        DeregistrationReason.REPAID,
        receivedOn,
        `loan ${loan.id} repaid`,
      );
    }
    return repayment.id;
  }
}
