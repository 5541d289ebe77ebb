import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findByIds } from '@app/database';
import type { LoanScope } from '@registry/loan/domain/loan-access.js';
import { LoanStatus } from '@registry/loan/domain/loan-state.js';
import { LoanInstalmentEntity } from '@registry/loan/loan-instalment.entity.js';
import { LoanRepaymentEntity } from '@registry/loan/loan-repayment.entity.js';
import { LoanEntity } from '@registry/loan/loan.entity.js';

export interface LoanListQuery {
  scope: LoanScope;
  pledgeId?: string;
  status?: LoanStatus;
  after: [string, string] | null;
  limit: number;
}

// Keyset on created_at truncated to what a JavaScript Date (and so the cursor) can hold.
const SORT_TIME = `date_trunc('milliseconds', l.created_at)`;

/** SQL for loans, their instalments and repayments; writes run in the caller's transaction. */
@Injectable()
export class LoanRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  findById(id: string): Promise<LoanEntity | null> {
    return this.dataSource.manager.findOneBy(LoanEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<LoanEntity[]> {
    return findByIds(this.dataSource.manager, LoanEntity, ids);
  }

  /** Reads and row-locks a loan until the transaction ends: one change at a time per loan. */
  lockById(manager: EntityManager, id: string): Promise<LoanEntity | null> {
    return manager.findOne(LoanEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(manager: EntityManager, loan: Partial<LoanEntity>): Promise<LoanEntity> {
    return manager.save(manager.create(LoanEntity, loan));
  }

  /** Applies `changes` and moves the version on by one. */
  async update(manager: EntityManager, loan: LoanEntity, changes: Partial<LoanEntity>): Promise<void> {
    await manager.update(LoanEntity, { id: loan.id }, { ...changes, version: loan.version + 1 });
  }

  /** Whether the pledge has an ACTIVE loan. */
  async hasActiveLoan(manager: EntityManager, pledgeId: string): Promise<boolean> {
    return manager.exists(LoanEntity, { where: { pledgeId, status: LoanStatus.ACTIVE } });
  }

  async insertInstalments(manager: EntityManager, rows: Partial<LoanInstalmentEntity>[]): Promise<void> {
    if (rows.length > 0) await manager.insert(LoanInstalmentEntity, rows);
  }

  /** Instalments of the loans, by loan and number; read in `manager`'s transaction when given. */
  instalmentsOf(
    loanIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LoanInstalmentEntity[]> {
    if (loanIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(LoanInstalmentEntity, 'i')
      .where('i.loan_id = ANY(:ids)', { ids: [...loanIds] })
      .orderBy('i.loan_id')
      .addOrderBy('i.number')
      .getMany();
  }

  /** Writes what a repayment paid towards each instalment. */
  async payInstalments(
    manager: EntityManager,
    loanId: string,
    lines: readonly { number: number; interest: string; principal: string }[],
  ): Promise<void> {
    if (lines.length === 0) return;
    await manager.query(
      `UPDATE loan_instalment i
          SET interest_paid = i.interest_paid + v.interest, principal_paid = i.principal_paid + v.principal,
              updated_at = now()
         FROM jsonb_to_recordset($2::jsonb) AS v(number smallint, interest numeric, principal numeric)
        WHERE i.loan_id = $1 AND i.number = v.number`,
      [loanId, JSON.stringify(lines)],
    );
  }

  insertRepayment(manager: EntityManager, repayment: Partial<LoanRepaymentEntity>): Promise<LoanRepaymentEntity> {
    return manager.save(manager.create(LoanRepaymentEntity, repayment));
  }

  findRepayment(id: string): Promise<LoanRepaymentEntity | null> {
    return this.dataSource.manager.findOneBy(LoanRepaymentEntity, { id });
  }

  /** Repayments of the loans, oldest first; read in `manager`'s transaction when given. */
  repaymentsOf(
    loanIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LoanRepaymentEntity[]> {
    if (loanIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(LoanRepaymentEntity, 'r')
      .where('r.loan_id = ANY(:ids)', { ids: [...loanIds] })
      .orderBy('r.received_on')
      .addOrderBy('r.created_at')
      .addOrderBy('r.id')
      .getMany();
  }

  /** A page of the loans the scope allows, newest first; one more row than `limit` tells of a next page. */
  list(query: LoanListQuery): Promise<LoanEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(LoanEntity, 'l');
    const scope = query.scope;
    if (!scope.all) {
      // The borrower's or the lender's own loans: see domain/loan-access.ts.
      const visible: string[] = [];
      if (scope.borrowerPartyId !== null) {
        visible.push('l.borrower_party_id = :borrower');
        qb.setParameter('borrower', scope.borrowerPartyId);
      }
      if (scope.lenderPartyId !== null) {
        visible.push('l.lender_party_id = :lender');
        qb.setParameter('lender', scope.lenderPartyId);
      }
      qb.andWhere(visible.length === 0 ? 'FALSE' : `(${visible.join(' OR ')})`);
    }
    if (query.pledgeId !== undefined) qb.andWhere('l.pledge_id = :pledgeId', { pledgeId: query.pledgeId });
    if (query.status !== undefined) qb.andWhere('l.status = :status', { status: query.status });
    if (query.after !== null) {
      qb.andWhere(`(${SORT_TIME}, l.id) < (CAST(:afterTime AS timestamptz), CAST(:afterId AS uuid))`, {
        afterTime: query.after[0],
        afterId: query.after[1],
      });
    }
    return qb
      .orderBy(SORT_TIME, 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
  }
}
