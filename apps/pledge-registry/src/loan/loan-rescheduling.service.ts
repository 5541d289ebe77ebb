import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { Decimal, Money } from '@app/money';
import { assertUuid } from '@app/platform';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { LoanCloseReason, LoanStatus } from '@registry/loan/domain/loan-state.js';
import { loanPosition, rescheduledPrincipal } from '@registry/loan/domain/loan-recovery.js';
import { penaltyAnnualRate } from '@registry/loan/domain/penalty-interest.js';
import type { RescheduleLoanInput } from '@registry/loan/dto/loan.input.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { LoanErrorReason, LoanException } from '@registry/loan/loan.exception.js';
import { amountJson, instalmentState, loanAuditState } from '@registry/loan/loan.mapper.js';
import { LoanLockService } from '@registry/loan/loan-lock.service.js';
import { assertInDateOrder, penaltyOf } from '@registry/loan/loan-penalty.js';
import { LoanQueryService } from '@registry/loan/loan-query.service.js';
import { LoanRepository } from '@registry/loan/loan.repository.js';
import { LoanService } from '@registry/loan/loan.service.js';
import {
  assertActive,
  assertRegistered,
  eventDate,
  instalmentRows,
  nextStatus,
  storedId,
} from '@registry/loan/loan-write.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/**
 * Rescheduling: the lender replaces an ACTIVE loan by a new one on new terms. In one
 * transaction the old loan is CLOSED (reason RESCHEDULED) first, so the one-ACTIVE-loan-per-
 * pledge index holds throughout, and the new loan is inserted ACTIVE against the same pledge
 * with its schedule stored; the two point at each other (a deferred FK and constraint
 * trigger check the pair at commit).
 */
@Injectable()
export class LoanReschedulingService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly loans: LoanRepository,
    private readonly locks: LoanLockService,
    private readonly query: LoanQueryService,
    private readonly calculator: LoanService,
    private readonly idempotency: IdempotencyService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {
    this.dataSource = loans.dataSource;
  }

  /**
   * The new loan's principal is the old one's outstanding principal, plus its unpaid
   * interest and penalty on `input.on` when `capitalizeUnpaidInterest` (otherwise they must
   * be paid first: CONFLICT INTEREST_UNPAID), and at most the pledge's secured claim.
   * Returns the new loan.
   */
  async reschedule(
    identity: Identity,
    id: string,
    input: RescheduleLoanInput,
    idempotencyKey?: string | null,
  ): Promise<LoanEntity> {
    const loanId = assertUuid(id, 'id');
    const on = eventDate(input.on, 'input.on');
    const annualRate = new Decimal(input.annualRate);
    const newId = await withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        { identity, key: idempotencyKey, operation: 'rescheduleLoan', request: { id, input }, ...storedId },
        async () => {
          const { loan, pledge, assetIds, instalments, repayments } = await this.locks.lockAccount(m, identity, loanId);
          assertActive(loan, 'id', 'rescheduling');
          assertInDateOrder(loan, repayments, on, 'input.on');
          assertRegistered(pledge, 'id');
          const penalty = penaltyOf(loan, instalments, repayments, on)?.outstanding ?? new Decimal(0);
          const position = loanPosition(instalments.map(instalmentState), on, penalty);
          const replacement = rescheduledPrincipal(position, input.capitalizeUnpaidInterest);
          if (!replacement.ok) {
            throw LoanException.conflict(
              LoanErrorReason[replacement.reason],
              replacement.message,
              'input.capitalizeUnpaidInterest',
            );
          }
          const principal = replacement.principal;
          if (loan.currency !== pledge.claimCurrency || principal.gt(pledge.claimAmount)) {
            throw LoanException.conflict(
              LoanErrorReason.PRINCIPAL_EXCEEDS_CLAIM,
              `the new principal ${principal.toFixed(2)} ${loan.currency} would exceed the secured claim ${pledge.claimAmount.toFixed(2)} ${pledge.claimCurrency}`,
            );
          }
          const schedule = this.calculator.schedule({
            principal: Money.of(principal, loan.currency),
            annualRate,
            termMonths: input.termMonths,
            repaymentMethod: input.repaymentMethod,
            dayCount: input.dayCount,
            disbursementDate: on,
            firstDueDate: input.firstDueDate ?? undefined,
          });
          const penaltyRate = penaltyAnnualRate(annualRate, new Decimal(this.config.LOAN_PENALTY_RATE_MARKUP));
          const successorId = randomUUID();
          // Closed first: the pledge may have one ACTIVE loan at any moment, not only at commit.
          const status = nextStatus(loan.status, 'RESCHEDULE');
          await this.loans.update(m, loan, {
            status,
            closeReason: LoanCloseReason.RESCHEDULED,
            closedOn: on,
            rescheduledToLoanId: successorId,
          });
          const successor = await this.loans.insert(m, {
            id: successorId,
            pledgeId: loan.pledgeId,
            lenderPartyId: loan.lenderPartyId,
            borrowerPartyId: loan.borrowerPartyId,
            principal,
            currency: loan.currency,
            annualRate,
            termMonths: input.termMonths,
            repaymentMethod: input.repaymentMethod,
            dayCount: input.dayCount,
            requestedDisbursementDate: on,
            disbursedOn: on,
            status: LoanStatus.ACTIVE,
            outstandingPrincipal: principal,
            penaltyRate,
            rescheduledFromLoanId: loan.id,
            createdBy: identity.userId,
          });
          await this.loans.insertInstalments(m, instalmentRows(successor.id, schedule));
          // What the old loan owed on the day, and how much of it became principal.
          const owed = {
            owedPrincipal: amountJson(position.principal),
            owedInterest: amountJson(position.interest),
            owedPenalty: amountJson(position.penalty),
            capitalised: amountJson(replacement.capitalised),
          };
          await this.locks.recordChange(m, identity, loan, assetIds, 'LOAN_RESCHEDULED', {
            status,
            version: loan.version + 1,
            closeReason: LoanCloseReason.RESCHEDULED,
            closedOn: on,
            rescheduledToLoanId: successor.id,
            ...owed,
          });
          await this.locks.recordCreation(m, identity, successor, assetIds, 'LOAN_CREATED_BY_RESCHEDULING', {
            ...(loanAuditState(successor) as Record<string, JsonValue>),
            rescheduledFromLoanId: loan.id,
            principal: amountJson(principal),
            currency: loan.currency,
            annualRate: annualRate.toString(),
            penaltyRate: penaltyRate.toString(),
            termMonths: input.termMonths,
            repaymentMethod: input.repaymentMethod,
            dayCount: input.dayCount,
            disbursedOn: on,
            instalments: schedule.lines.length,
            totalInterest: amountJson(schedule.totalInterest.amount),
            ...owed,
          });
          return successor.id;
        },
      ),
    );
    return this.query.get(identity, newId);
  }
}
