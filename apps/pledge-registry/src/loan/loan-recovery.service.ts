import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { Decimal } from '@app/money';
import { assertUuid } from '@app/platform';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { LoanCloseReason } from '@registry/loan/domain/loan-state.js';
import { defaultDeclaration, loanPosition } from '@registry/loan/domain/loan-recovery.js';
import { overdueDays } from '@registry/loan/domain/repayment-allocation.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { LoanErrorReason, LoanException } from '@registry/loan/loan.exception.js';
import { amountJson, instalmentState } from '@registry/loan/loan.mapper.js';
import { LoanLockService } from '@registry/loan/loan-lock.service.js';
import { assertInDateOrder, penaltyOf } from '@registry/loan/loan-penalty.js';
import { LoanQueryService } from '@registry/loan/loan-query.service.js';
import { LoanRepository } from '@registry/loan/loan.repository.js';
import { assertActive, eventDate, nextStatus, storedId } from '@registry/loan/loan-write.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/**
 * A loan in trouble: the lender declares it in default once it is overdue long enough
 * (LOAN_DEFAULT_OVERDUE_DAYS), and may then write it off. Neither touches the pledge:
 * enforcing it is the pledge module's business (default, enforcement, realisation).
 */
@Injectable()
export class LoanRecoveryService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly loans: LoanRepository,
    private readonly locks: LoanLockService,
    private readonly query: LoanQueryService,
    private readonly idempotency: IdempotencyService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {
    this.dataSource = loans.dataSource;
  }

  /**
   * Records that the ACTIVE loan is in default on `on` (today by default). The loan stays
   * ACTIVE and keeps taking repayments; fewer overdue days than the threshold is CONFLICT
   * OVERDUE_BELOW_DEFAULT_THRESHOLD.
   */
  async declareDefault(
    identity: Identity,
    id: string,
    onArg: string | null | undefined,
    idempotencyKey?: string | null,
  ): Promise<LoanEntity> {
    const loanId = assertUuid(id, 'id');
    const on = eventDate(onArg, 'on');
    await withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        { identity, key: idempotencyKey, operation: 'declareLoanDefault', request: { id, on: onArg }, ...storedId },
        async () => {
          const { loan, assetIds, instalments, repayments } = await this.locks.lockAccount(m, identity, loanId);
          assertActive(loan, 'id', 'default');
          const days = overdueDays(instalments.map(instalmentState), on);
          const decision = defaultDeclaration(loan.defaultedOn, days, this.config.LOAN_DEFAULT_OVERDUE_DAYS);
          if (!decision.ok) throw LoanException.conflict(LoanErrorReason[decision.reason], decision.message, 'id');
          assertInDateOrder(loan, repayments, on, 'on');
          await this.loans.update(m, loan, { defaultedOn: on });
          await this.locks.recordChange(m, identity, loan, assetIds, 'LOAN_DEFAULTED', {
            status: loan.status,
            version: loan.version + 1,
            defaultedOn: on,
            overdueDays: days,
            threshold: this.config.LOAN_DEFAULT_OVERDUE_DAYS,
          });
          return loan.id;
        },
      ),
    );
    return this.query.get(identity, loanId);
  }

  /**
   * Writes off a defaulted ACTIVE loan on `on`: CLOSED with reason WRITTEN_OFF, storing what
   * was owed that day (outstanding principal, unpaid interest of the overdue instalments and
   * the current period, penalty). The loan takes no repayment afterwards; the pledge stays.
   */
  async writeOff(
    identity: Identity,
    id: string,
    onArg: string | null | undefined,
    idempotencyKey?: string | null,
  ): Promise<LoanEntity> {
    const loanId = assertUuid(id, 'id');
    const on = eventDate(onArg, 'on');
    await withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        { identity, key: idempotencyKey, operation: 'writeOffLoan', request: { id, on: onArg }, ...storedId },
        async () => {
          const { loan, assetIds, instalments, repayments } = await this.locks.lockAccount(m, identity, loanId);
          assertActive(loan, 'id', 'write-off');
          if (loan.defaultedOn === null) {
            throw LoanException.conflict(
              LoanErrorReason.NOT_DEFAULTED,
              'only a loan declared in default can be written off',
              'id',
            );
          }
          assertInDateOrder(loan, repayments, on, 'on');
          const status = nextStatus(loan.status, 'WRITE_OFF');
          const penalty = penaltyOf(loan, instalments, repayments, on)?.outstanding ?? new Decimal(0);
          const position = loanPosition(instalments.map(instalmentState), on, penalty);
          await this.loans.update(m, loan, {
            status,
            closeReason: LoanCloseReason.WRITTEN_OFF,
            closedOn: on,
            writtenOffAmount: position.total,
          });
          await this.locks.recordChange(m, identity, loan, assetIds, 'LOAN_WRITTEN_OFF', {
            status,
            version: loan.version + 1,
            closeReason: LoanCloseReason.WRITTEN_OFF,
            closedOn: on,
            principal: amountJson(position.principal),
            interest: amountJson(position.interest),
            penalty: amountJson(position.penalty),
            writtenOff: amountJson(position.total),
          });
          return loan.id;
        },
      ),
    );
    return this.query.get(identity, loanId);
  }
}
