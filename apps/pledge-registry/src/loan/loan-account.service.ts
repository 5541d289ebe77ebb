import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { isUniqueViolation } from '@app/errors';
import { Decimal, Money, minorUnits } from '@app/money';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import { AuditService } from '@registry/audit/audit.service.js';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { canViewLoan, isLender, loanScope } from '@registry/loan/domain/loan-access.js';
import {
  LoanCloseReason,
  LoanStatus,
  loanTransition,
  takesRepayments,
  type LoanEvent,
} from '@registry/loan/domain/loan-state.js';
import { allocatePayment, applyAllocation, outstandingPrincipal } from '@registry/loan/domain/repayment-allocation.js';
import type { ApplyForLoanInput, LoanFilter } from '@registry/loan/dto/loan.input.js';
import type { LoanInstalmentEntity } from '@registry/loan/loan-instalment.entity.js';
import type { LoanRepaymentEntity } from '@registry/loan/loan-repayment.entity.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { LoanErrorReason, LoanException } from '@registry/loan/loan.exception.js';
import { amountJson, instalmentState, loanAuditState } from '@registry/loan/loan.mapper.js';
import { LoanRepository } from '@registry/loan/loan.repository.js';
import { LoanService } from '@registry/loan/loan.service.js';
import { DeregistrationReason, PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import type { PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { PledgeLifecycleService } from '@registry/pledge/pledge-lifecycle.service.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/** A loan and its pledge, both row-locked, with the pledge's assets whose audit chains are locked too. */
interface LockedLoan {
  loan: LoanEntity;
  pledge: PledgeEntity;
  assetIds: string[];
}

/** A decision the lending bank records: approval, rejection or the applicant's withdrawal. */
export type LoanDecision = Extract<LoanEvent, 'APPROVE' | 'REJECT' | 'WITHDRAW'>;

const DECISION_ACTIONS: Record<LoanDecision, { operation: string; action: string }> = {
  APPROVE: { operation: 'approveLoan', action: 'LOAN_APPROVED' },
  REJECT: { operation: 'rejectLoan', action: 'LOAN_REJECTED' },
  WITHDRAW: { operation: 'withdrawLoan', action: 'LOAN_WITHDRAWN' },
};

/**
 * Loans against registered pledges: application, the bank's decisions, disbursement with
 * its stored schedule, repayments and the release of the pledge once repaid. Every change
 * locks the loan row, then the pledge row, then the pledge's audit chains (the order pledge
 * transitions use after the pledge row), so concurrent repayments queue instead of losing
 * updates and nothing deadlocks with the registrar.
 */
@Injectable()
export class LoanAccountService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly loans: LoanRepository,
    private readonly pledges: PledgeRepository,
    private readonly lifecycle: PledgeLifecycleService,
    private readonly calculator: LoanService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {
    this.dataSource = loans.dataSource;
  }

  /** A loan the caller may see; anyone else's is NOT_FOUND, so ids reveal nothing. */
  async get(identity: Identity, id: string): Promise<LoanEntity> {
    const loan = await this.loans.findById(assertUuid(id, 'id'));
    if (loan === null || !canViewLoan(identity, loan)) throw LoanException.notFound(id);
    return loan;
  }

  /** The loans among `ids` the caller may see (others are left out), in one query. */
  async findVisible(identity: Identity, ids: readonly string[]): Promise<LoanEntity[]> {
    return (await this.loans.findByIds(ids)).filter((loan) => canViewLoan(identity, loan));
  }

  async list(
    identity: Identity,
    filter: LoanFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<LoanEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['string', 'uuid']) as [string, string] | null;
    if (cursor !== null && Number.isNaN(Date.parse(cursor[0]))) {
      throw LoanException.invalid('after', 'is not a cursor returned by this query');
    }
    const rows = await this.loans.list({
      scope: loanScope(identity),
      pledgeId: filter?.pledgeId,
      status: filter?.status,
      after: cursor,
      limit,
    });
    return toConnection(rows, limit, cursor !== null, (l) => [l.createdAt.toISOString(), l.id]);
  }

  instalmentsOf(loanIds: readonly string[]): Promise<LoanInstalmentEntity[]> {
    return this.loans.instalmentsOf(loanIds);
  }

  repaymentsOf(loanIds: readonly string[]): Promise<LoanRepaymentEntity[]> {
    return this.loans.repaymentsOf(loanIds);
  }

  /**
   * The pledgee bank applies for a loan on a REGISTERED pledge: same currency as the secured
   * claim and a principal no larger than it, checked under the pledge's row lock (the claim
   * amount can change with the registration). A refusal writes nothing.
   */
  async apply(identity: Identity, input: ApplyForLoanInput, idempotencyKey?: string | null): Promise<LoanEntity> {
    const pledgeId = assertUuid(input.pledgeId, 'input.pledgeId');
    const principal = new Decimal(input.principal);
    const annualRate = new Decimal(input.annualRate);
    // The terms must make a schedule; checked now so a bad rate or term is named before anything is read.
    this.calculator.schedule({
      principal: Money.of(principal, input.currency),
      annualRate,
      termMonths: input.termMonths,
      repaymentMethod: input.repaymentMethod,
      dayCount: input.dayCount,
      disbursementDate: input.disbursementDate ?? registryToday(),
    });
    const id = await withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        { identity, key: idempotencyKey, operation: 'applyForLoan', request: input, ...storedId },
        async () => {
          const locked = await this.pledges.lockWithAssets(m, pledgeId);
          if (locked === null || !isLender(identity, { lenderPartyId: locked.pledge.pledgeePartyId })) {
            throw LoanException.pledgeNotFound(pledgeId);
          }
          const { pledge, assetIds } = locked;
          assertRegistered(pledge, 'input.pledgeId');
          if (input.currency !== pledge.claimCurrency) {
            throw LoanException.invalid(
              'input.currency',
              `must be the secured claim's currency ${pledge.claimCurrency}`,
              LoanErrorReason.CURRENCY_MISMATCH,
            );
          }
          if (principal.gt(pledge.claimAmount)) {
            throw LoanException.invalid(
              'input.principal',
              `must not exceed the secured claim amount ${pledge.claimAmount.toFixed(2)} ${pledge.claimCurrency}`,
              LoanErrorReason.PRINCIPAL_EXCEEDS_CLAIM,
            );
          }
          await this.audit.lockChains(m, assetIds);
          const loan = await this.loans.insert(m, {
            pledgeId,
            lenderPartyId: pledge.pledgeePartyId,
            borrowerPartyId: pledge.pledgorPartyId,
            principal,
            currency: input.currency,
            annualRate,
            termMonths: input.termMonths,
            repaymentMethod: input.repaymentMethod,
            dayCount: input.dayCount,
            requestedDisbursementDate: input.disbursementDate ?? null,
            status: LoanStatus.SUBMITTED,
            outstandingPrincipal: principal,
            createdBy: identity.userId,
          });
          await this.audit.record(m, identity, {
            assetIds,
            subjectType: 'LOAN',
            subjectId: loan.id,
            action: 'LOAN_APPLIED',
            before: null,
            after: {
              ...(loanAuditState(loan) as Record<string, JsonValue>),
              pledgeId,
              principal: amountJson(principal),
              currency: input.currency,
              annualRate: annualRate.toString(),
              termMonths: input.termMonths,
              repaymentMethod: input.repaymentMethod,
              dayCount: input.dayCount,
            },
          });
          return loan.id;
        },
      ),
    );
    return this.get(identity, id);
  }

  /** The lending bank records its approval or rejection, or that the applicant withdrew. */
  async decide(
    identity: Identity,
    id: string,
    decision: LoanDecision,
    idempotencyKey?: string | null,
  ): Promise<LoanEntity> {
    const loanId = assertUuid(id, 'id');
    const { operation, action } = DECISION_ACTIONS[decision];
    await withTransaction(this.dataSource, (m) =>
      this.idempotency.run(m, { identity, key: idempotencyKey, operation, request: { id }, ...storedId }, async () => {
        const { loan, assetIds } = await this.lock(m, identity, loanId);
        const status = nextStatus(loan.status, decision);
        await this.loans.update(m, loan, { status });
        await this.recordChange(m, identity, loan, assetIds, action, { status, version: loan.version + 1 });
        return loan.id;
      }),
    );
    return this.get(identity, loanId);
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
          const { loan, pledge, assetIds } = await this.lock(m, identity, loanId);
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
          await this.loans.insertInstalments(
            m,
            schedule.lines.map((line) => ({
              loanId: loan.id,
              number: line.number,
              dueDate: line.dueDate,
              principalDue: line.principal.amount,
              interestDue: line.interest.amount,
            })),
          );
          await this.loans.update(m, loan, { status, disbursedOn: on, outstandingPrincipal: loan.principal });
          await this.recordChange(m, identity, loan, assetIds, 'LOAN_DISBURSED', {
            status,
            version: loan.version + 1,
            disbursedOn: on,
            instalments: schedule.lines.length,
            totalInterest: amountJson(schedule.totalInterest.amount),
          });
          return loan.id;
        },
      ),
    );
    return this.get(identity, loanId);
  }

  /**
   * A payment received on an ACTIVE loan, allocated by the pure rules (overdue interest,
   * current interest, then principal of the earliest instalments). Nothing left owed closes
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
    return { repayment, loan: await this.get(identity, repayment.loanId) };
  }

  private async repay(
    m: EntityManager,
    identity: Identity,
    loanId: string,
    amount: Decimal,
    receivedOn: string,
    key: string | null,
  ): Promise<string> {
    const { loan, pledge, assetIds } = await this.lock(m, identity, loanId);
    if (!takesRepayments(loan.status)) {
      throw LoanException.conflict(
        LoanErrorReason.LOAN_NOT_ACTIVE,
        `a ${loan.status} loan takes no repayment`,
        'loanId',
      );
    }
    if (amount.decimalPlaces() > minorUnits(loan.currency)) {
      throw LoanException.invalid('amount', `at most ${minorUnits(loan.currency)} decimals for ${loan.currency}`);
    }
    if (loan.disbursedOn !== null && compareIsoDate(receivedOn, loan.disbursedOn) < 0) {
      throw LoanException.invalid('receivedOn', `must not be before the disbursement on ${loan.disbursedOn}`);
    }
    const instalments = (await this.loans.instalmentsOf([loan.id], m)).map(instalmentState);
    const allocation = allocatePayment(instalments, amount, receivedOn);
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
    await this.recordChange(m, identity, loan, assetIds, 'LOAN_REPAYMENT_RECORDED', {
      status,
      version: loan.version + 1,
      outstandingPrincipal: amountJson(outstanding),
      repaymentId: repayment.id,
      amount: amountJson(amount),
      receivedOn,
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

  /** Locks the loan, checks the caller is its lender, then locks its pledge and the pledge's chains. */
  private async lock(m: EntityManager, identity: Identity, loanId: string): Promise<LockedLoan> {
    const loan = await this.loans.lockById(m, loanId);
    if (loan === null || !canViewLoan(identity, loan)) throw LoanException.notFound(loanId);
    if (!isLender(identity, loan)) throw LoanException.notTheLender();
    const locked = await this.pledges.lockWithAssets(m, loan.pledgeId);
    if (locked === null) throw LoanException.pledgeNotFound(loan.pledgeId);
    await this.audit.lockChains(m, locked.assetIds);
    return { loan, ...locked };
  }

  private recordChange(
    m: EntityManager,
    identity: Identity,
    loan: LoanEntity,
    assetIds: readonly string[],
    action: string,
    after: Record<string, JsonValue>,
  ): Promise<void> {
    return this.audit.record(m, identity, {
      assetIds,
      subjectType: 'LOAN',
      subjectId: loan.id,
      action,
      before: loanAuditState(loan),
      after,
    });
  }
}

/** Idempotent results are the id of what was written. */
const storedId = {
  toStored: (id: string): JsonValue => id,
  fromStored: (stored: JsonValue): string => stored as string,
};

function nextStatus(status: LoanStatus, event: LoanEvent): LoanStatus {
  const result = loanTransition(status, event);
  if (!result.ok) throw LoanException.conflict(LoanErrorReason.TRANSITION_NOT_ALLOWED, result.message);
  return result.status;
}

function assertRegistered(pledge: PledgeEntity, field: string): void {
  if (pledge.status !== PledgeStatus.REGISTERED) {
    throw LoanException.conflict(
      LoanErrorReason.PLEDGE_NOT_REGISTERED,
      `the pledge is ${pledge.status}; a loan needs a REGISTERED pledge`,
      field,
    );
  }
}
