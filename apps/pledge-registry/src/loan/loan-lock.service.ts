import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { AuditService } from '@registry/audit/audit.service.js';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { canViewLoan, isLender } from '@registry/loan/domain/loan-access.js';
import type { LoanInstalmentEntity } from '@registry/loan/loan-instalment.entity.js';
import type { LoanRepaymentEntity } from '@registry/loan/loan-repayment.entity.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { LoanException } from '@registry/loan/loan.exception.js';
import { loanAuditState } from '@registry/loan/loan.mapper.js';
import { LoanRepository } from '@registry/loan/loan.repository.js';
import type { PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';

/** A loan and its pledge, both row-locked, with the pledge's assets whose audit chains are locked too. */
export interface LockedLoan {
  loan: LoanEntity;
  pledge: PledgeEntity;
  assetIds: string[];
}

/** A locked loan with its stored schedule and repayments, read under the lock. */
export interface LockedLoanAccount extends LockedLoan {
  instalments: LoanInstalmentEntity[];
  repayments: LoanRepaymentEntity[];
}

/**
 * What every change of an existing loan shares: the lender check and the lock order, and
 * the audit record. Every change locks the loan row, then the pledge row, then the
 * pledge's audit chains (the order pledge transitions use after the pledge row), so
 * concurrent changes queue instead of losing updates and nothing deadlocks with the registrar.
 */
@Injectable()
export class LoanLockService {
  constructor(
    private readonly loans: LoanRepository,
    private readonly pledges: PledgeRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Locks the loan, checks the caller is its lender (a loan the caller cannot see is
   * NOT_FOUND, one it sees but does not lend is FORBIDDEN), then locks its pledge and chains.
   */
  async lock(m: EntityManager, identity: Identity, loanId: string): Promise<LockedLoan> {
    const loan = await this.loans.lockById(m, loanId);
    if (loan === null || !canViewLoan(identity, loan)) throw LoanException.notFound(loanId);
    if (!isLender(identity, loan)) throw LoanException.notTheLender();
    const locked = await this.pledges.lockWithAssets(m, loan.pledgeId);
    if (locked === null) throw LoanException.pledgeNotFound(loan.pledgeId);
    await this.audit.lockChains(m, locked.assetIds);
    return { loan, ...locked };
  }

  /** {@link lock}, then reads the loan's instalments and repayments as the lock leaves them. */
  async lockAccount(m: EntityManager, identity: Identity, loanId: string): Promise<LockedLoanAccount> {
    const locked = await this.lock(m, identity, loanId);
    const instalments = await this.loans.instalmentsOf([loanId], m);
    const repayments = await this.loans.repaymentsOf([loanId], m);
    return { ...locked, instalments, repayments };
  }

  /** Appends the LOAN event of a new loan (no state before) to each pledged asset's chain. */
  recordCreation(
    m: EntityManager,
    identity: Identity,
    loan: LoanEntity,
    assetIds: readonly string[],
    action: string,
    after: Record<string, JsonValue>,
  ): Promise<void> {
    return this.record(m, identity, loan.id, assetIds, action, null, after);
  }

  /** Appends a LOAN event (the loan's state before, `after`) to each pledged asset's chain. */
  recordChange(
    m: EntityManager,
    identity: Identity,
    loan: LoanEntity,
    assetIds: readonly string[],
    action: string,
    after: Record<string, JsonValue>,
  ): Promise<void> {
    return this.record(m, identity, loan.id, assetIds, action, loanAuditState(loan), after);
  }

  private record(
    m: EntityManager,
    identity: Identity,
    loanId: string,
    assetIds: readonly string[],
    action: string,
    before: JsonValue,
    after: Record<string, JsonValue>,
  ): Promise<void> {
    return this.audit.record(m, identity, { assetIds, subjectType: 'LOAN', subjectId: loanId, action, before, after });
  }
}
