import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Decimal, decimalOrNull } from '@app/money';
import type { LoanCloseReason, LoanStatus } from '@registry/loan/domain/loan-state.js';
import type { InstalmentState } from '@registry/loan/domain/repayment-allocation.js';
import type { DeregistrationReason, PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import type { CoverScope } from '@registry/risk-fund/domain/fund-rules.js';
import type { RepaymentAllocation } from '@registry/risk-fund/domain/loss-claim.js';
import { RiskFundClaimEntity, type RiskFundClaimStatus } from '@registry/risk-fund/risk-fund-claim.entity.js';
import { RiskFundEnrolmentEntity, RiskFundEnrolmentStatus } from '@registry/risk-fund/risk-fund-enrolment.entity.js';

/** A loan with its pledge and borrower, as enrolment and claims read them (loan, pledge and party tables). */
export interface LoanFacts {
  id: string;
  status: LoanStatus;
  closeReason: LoanCloseReason | null;
  currency: string;
  outstandingPrincipal: Decimal;
  lenderPartyId: string;
  borrowerPartyId: string;
  borrowerCity: string;
  pledgeId: string;
  pledgeStatus: PledgeStatus;
  deregistrationReason: DeregistrationReason | null;
  realizedAmount: Decimal | null;
  realizedOn: string | null;
  appraisedValue: Decimal | null;
}

interface LoanFactsRow {
  id: string;
  status: LoanStatus;
  close_reason: LoanCloseReason | null;
  currency: string;
  outstanding_principal: string;
  lender_party_id: string;
  borrower_party_id: string;
  borrower_city: string;
  pledge_id: string;
  pledge_status: PledgeStatus;
  deregistration_reason: DeregistrationReason | null;
  realized_amount: string | null;
  realized_on: string | null;
  appraised_value: string | null;
}

export interface CoverListQuery {
  scope: CoverScope;
  fundId?: string;
  loanId?: string;
  status?: string;
  after: [string, string] | null;
  limit: number;
}

// Keyset on created_at truncated to what a JavaScript Date (and so the cursor) can hold.
const sortTime = (alias: string): string => `date_trunc('milliseconds', ${alias}.created_at)`;

/**
 * SQL of enrolments and claims, and the reads of the loan, pledge and party tables they
 * need (those modules' rows are only read here, never written).
 */
@Injectable()
export class RiskFundCoverRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The loan, its pledge and its borrower's city. With `lock` the loan row is share-locked
   * until the transaction ends: the loan cannot change status under an enrolment or a
   * claim, while other readers go on.
   */
  async loanFacts(manager: EntityManager, loanId: string, lock: boolean): Promise<LoanFacts | null> {
    const rows: LoanFactsRow[] = await manager.query(
      `SELECT l.id, l.status, l.close_reason, l.currency, l.outstanding_principal, l.lender_party_id,
              l.borrower_party_id, b.city AS borrower_city, l.pledge_id, p.status AS pledge_status,
              p.deregistration_reason, p.realized_amount, to_char(p.realized_on, 'YYYY-MM-DD') AS realized_on,
              p.appraised_value
         FROM loan l JOIN pledge p ON p.id = l.pledge_id JOIN party b ON b.id = l.borrower_party_id
        WHERE l.id = $1${lock ? ' FOR SHARE OF l' : ''}`,
      [loanId],
    );
    const r = rows[0];
    if (r === undefined) return null;
    return {
      id: r.id,
      status: r.status,
      closeReason: r.close_reason,
      currency: r.currency,
      outstandingPrincipal: new Decimal(r.outstanding_principal),
      lenderPartyId: r.lender_party_id,
      borrowerPartyId: r.borrower_party_id,
      borrowerCity: r.borrower_city,
      pledgeId: r.pledge_id,
      pledgeStatus: r.pledge_status,
      deregistrationReason: r.deregistration_reason,
      realizedAmount: decimalOrNull(r.realized_amount),
      realizedOn: r.realized_on,
      appraisedValue: decimalOrNull(r.appraised_value),
    };
  }

  /** The loan's stored schedule with what has been paid towards each instalment. */
  async instalments(manager: EntityManager, loanId: string): Promise<InstalmentState[]> {
    const rows: {
      number: number;
      due_date: string;
      principal_due: string;
      interest_due: string;
      principal_paid: string;
      interest_paid: string;
    }[] = await manager.query(
      `SELECT number, to_char(due_date, 'YYYY-MM-DD') AS due_date, principal_due, interest_due, principal_paid,
              interest_paid
         FROM loan_instalment WHERE loan_id = $1 ORDER BY number`,
      [loanId],
    );
    return rows.map((r) => ({
      number: r.number,
      dueDate: r.due_date,
      principalDue: new Decimal(r.principal_due),
      interestDue: new Decimal(r.interest_due),
      principalPaid: new Decimal(r.principal_paid),
      interestPaid: new Decimal(r.interest_paid),
    }));
  }

  /** The loan's repayments with their allocation to instalments. */
  async repayments(manager: EntityManager, loanId: string): Promise<RepaymentAllocation[]> {
    const rows: { received_on: string; allocation: { number: number; interest: string; principal: string }[] }[] =
      await manager.query(
        `SELECT to_char(received_on, 'YYYY-MM-DD') AS received_on, allocation
           FROM loan_repayment WHERE loan_id = $1 ORDER BY received_on, created_at, id`,
        [loanId],
      );
    return rows.map((r) => ({
      receivedOn: r.received_on,
      lines: r.allocation.map((l) => ({
        number: l.number,
        interest: new Decimal(l.interest),
        principal: new Decimal(l.principal),
      })),
    }));
  }

  insertEnrolment(
    manager: EntityManager,
    enrolment: Partial<RiskFundEnrolmentEntity>,
  ): Promise<RiskFundEnrolmentEntity> {
    return manager.save(manager.create(RiskFundEnrolmentEntity, enrolment));
  }

  /** The loan's enrolment that is not DECLINED, if any. */
  liveEnrolment(manager: EntityManager, loanId: string, lock = false): Promise<RiskFundEnrolmentEntity | null> {
    const qb = manager
      .createQueryBuilder(RiskFundEnrolmentEntity, 'e')
      .where('e.loan_id = :loanId AND e.status <> :declined', { loanId, declined: RiskFundEnrolmentStatus.DECLINED });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  lockEnrolment(manager: EntityManager, id: string): Promise<RiskFundEnrolmentEntity | null> {
    return manager.findOne(RiskFundEnrolmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateEnrolment(manager: EntityManager, id: string, changes: Partial<RiskFundEnrolmentEntity>): Promise<void> {
    await manager.update(RiskFundEnrolmentEntity, { id }, changes);
  }

  findEnrolment(id: string): Promise<RiskFundEnrolmentEntity | null> {
    return this.dataSource.manager.findOneBy(RiskFundEnrolmentEntity, { id });
  }

  insertClaim(manager: EntityManager, claim: Partial<RiskFundClaimEntity>): Promise<RiskFundClaimEntity> {
    return manager.save(manager.create(RiskFundClaimEntity, claim));
  }

  lockClaim(manager: EntityManager, id: string): Promise<RiskFundClaimEntity | null> {
    return manager.findOne(RiskFundClaimEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The fund a claim belongs to, read without a lock (to take the fund's lock first). */
  async claimFundId(id: string): Promise<string | null> {
    const rows: { fund_id: string }[] = await this.dataSource.query(
      'SELECT fund_id FROM risk_fund_claim WHERE id = $1',
      [id],
    );
    return rows[0]?.fund_id ?? null;
  }

  async enrolmentFundId(id: string): Promise<string | null> {
    const rows: { fund_id: string }[] = await this.dataSource.query(
      'SELECT fund_id FROM risk_fund_enrolment WHERE id = $1',
      [id],
    );
    return rows[0]?.fund_id ?? null;
  }

  async updateClaim(manager: EntityManager, id: string, changes: Partial<RiskFundClaimEntity>): Promise<void> {
    await manager.update(RiskFundClaimEntity, { id }, changes);
  }

  findClaim(id: string): Promise<RiskFundClaimEntity | null> {
    return this.dataSource.manager.findOneBy(RiskFundClaimEntity, { id });
  }

  /** A page of claims the scope allows, newest first (one extra row tells of a next page). */
  listClaims(query: CoverListQuery & { status?: RiskFundClaimStatus }): Promise<RiskFundClaimEntity[]> {
    return this.page(this.dataSource.manager.createQueryBuilder(RiskFundClaimEntity, 'c'), 'c', query);
  }

  /** A page of enrolments the scope allows, newest first. */
  listEnrolments(query: CoverListQuery & { status?: RiskFundEnrolmentStatus }): Promise<RiskFundEnrolmentEntity[]> {
    return this.page(this.dataSource.manager.createQueryBuilder(RiskFundEnrolmentEntity, 'c'), 'c', query);
  }

  private page<T extends object>(qb: SelectQueryBuilder<T>, alias: string, query: CoverListQuery): Promise<T[]> {
    const scope = query.scope;
    if (!scope.all) {
      // The funds the caller's program office owns, or its bank's own loans: see domain/fund-rules.ts.
      const visible: string[] = [];
      if (scope.ownerPartyId !== null) {
        visible.push(`${alias}.fund_id IN (SELECT id FROM risk_fund WHERE owner_party_id = :owner)`);
        qb.setParameter('owner', scope.ownerPartyId);
      }
      if (scope.lenderPartyId !== null) {
        visible.push(`${alias}.lender_party_id = :lender`);
        qb.setParameter('lender', scope.lenderPartyId);
      }
      qb.andWhere(visible.length === 0 ? 'FALSE' : `(${visible.join(' OR ')})`);
    }
    if (query.fundId !== undefined) qb.andWhere(`${alias}.fund_id = :fundId`, { fundId: query.fundId });
    if (query.loanId !== undefined) qb.andWhere(`${alias}.loan_id = :loanId`, { loanId: query.loanId });
    if (query.status !== undefined) qb.andWhere(`${alias}.status = :status`, { status: query.status });
    if (query.after !== null) {
      qb.andWhere(`(${sortTime(alias)}, ${alias}.id) < (CAST(:afterTime AS timestamptz), CAST(:afterId AS uuid))`, {
        afterTime: query.after[0],
        afterId: query.after[1],
      });
    }
    return qb
      .orderBy(sortTime(alias), 'DESC')
      .addOrderBy(`${alias}.id`, 'DESC')
      .limit(query.limit + 1)
      .getMany();
  }
}
