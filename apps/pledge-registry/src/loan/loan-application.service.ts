import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { Decimal, Money } from '@app/money';
import { assertUuid } from '@app/platform';
import { AuditService } from '@registry/audit/audit.service.js';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { isLender } from '@registry/loan/domain/loan-access.js';
import { LoanStatus, type LoanEvent } from '@registry/loan/domain/loan-state.js';
import type { ApplyForLoanInput } from '@registry/loan/dto/loan.input.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { LoanErrorReason, LoanException } from '@registry/loan/loan.exception.js';
import { amountJson, loanAuditState } from '@registry/loan/loan.mapper.js';
import { LoanLockService } from '@registry/loan/loan-lock.service.js';
import { LoanQueryService } from '@registry/loan/loan-query.service.js';
import { LoanRepository } from '@registry/loan/loan.repository.js';
import { LoanService } from '@registry/loan/loan.service.js';
import { assertRegistered, nextStatus, storedId } from '@registry/loan/loan-write.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';

/** A decision the lending bank records: approval, rejection or the applicant's withdrawal. */
export type LoanDecision = Extract<LoanEvent, 'APPROVE' | 'REJECT' | 'WITHDRAW'>;

const DECISION_ACTIONS: Record<LoanDecision, { operation: string; action: string }> = {
  APPROVE: { operation: 'approveLoan', action: 'LOAN_APPROVED' },
  REJECT: { operation: 'rejectLoan', action: 'LOAN_REJECTED' },
  WITHDRAW: { operation: 'withdrawLoan', action: 'LOAN_WITHDRAWN' },
};

/** A loan until it is paid out: the pledgee bank's application and its decisions on it. */
@Injectable()
export class LoanApplicationService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly loans: LoanRepository,
    private readonly pledges: PledgeRepository,
    private readonly locks: LoanLockService,
    private readonly query: LoanQueryService,
    private readonly calculator: LoanService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {
    this.dataSource = loans.dataSource;
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
    return this.query.get(identity, id);
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
        const { loan, assetIds } = await this.locks.lock(m, identity, loanId);
        const status = nextStatus(loan.status, decision);
        await this.loans.update(m, loan, { status });
        await this.locks.recordChange(m, identity, loan, assetIds, action, { status, version: loan.version + 1 });
        return loan.id;
      }),
    );
    return this.query.get(identity, loanId);
  }
}
