import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import type { SubsidyClaimStatus, SubsidyScreening } from '@registry/subsidy/domain/subsidy-rules.js';
import { SubsidyClaimEntity } from '@registry/subsidy/subsidy-claim.entity.js';

export interface ClaimFilter {
  city: string;
  year?: number;
  quarter?: number;
  kind?: SubsidyKind;
  status?: SubsidyClaimStatus;
  borrowerPartyId?: string;
  loanId?: string;
}

export interface ClaimTotals {
  count: number;
  computed: string;
  capped: string;
}

export interface FirmYearRow {
  borrower_party_id: string;
  kind: SubsidyKind;
  claimed: string;
  approved: string;
  paid: string;
  cap: string | null;
}

export type ClaimDecision = Partial<
  Pick<SubsidyClaimEntity, 'status' | 'decidedBy' | 'reviewNote' | 'rejectionReason' | 'paidOn' | 'paidBy'>
>;

/** Keyset order of the ledger: period, kind, loan. */
type ClaimCursor = [number, number, string, string];

/** Reads of the claim ledger and the staff decisions on claims. */
@Injectable()
export class SubsidyLedgerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private filtered(filter: ClaimFilter): SelectQueryBuilder<SubsidyClaimEntity> {
    const qb = this.dataSource.manager
      .createQueryBuilder(SubsidyClaimEntity, 'c')
      .where('c.city = :city', { city: filter.city });
    if (filter.year !== undefined) qb.andWhere('c.period_year = :year', { year: filter.year });
    if (filter.quarter !== undefined) qb.andWhere('c.period_quarter = :quarter', { quarter: filter.quarter });
    if (filter.kind !== undefined) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.status !== undefined) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.borrowerPartyId !== undefined)
      qb.andWhere('c.borrower_party_id = :borrower', { borrower: filter.borrowerPartyId });
    if (filter.loanId !== undefined) qb.andWhere('c.loan_id = :loanId', { loanId: filter.loanId });
    return qb;
  }

  /** A page of claims, one more than `limit` to tell of a next page. */
  list(filter: ClaimFilter, limit: number, after: ClaimCursor | null): Promise<SubsidyClaimEntity[]> {
    const qb = this.filtered(filter);
    if (after !== null) {
      qb.andWhere('(c.period_year, c.period_quarter, c.kind, c.loan_id) > (:y, :q, :k, CAST(:l AS uuid))', {
        y: after[0],
        q: after[1],
        k: after[2],
        l: after[3],
      });
    }
    return qb
      .orderBy('c.period_year')
      .addOrderBy('c.period_quarter')
      .addOrderBy('c.kind')
      .addOrderBy('c.loan_id')
      .limit(limit + 1)
      .getMany();
  }

  /** Count and sums over the whole filter, not one page. */
  async totals(filter: ClaimFilter): Promise<ClaimTotals> {
    const row = await this.filtered(filter)
      .select('count(*)::int', 'count')
      .addSelect('coalesce(sum(c.computed_amount), 0)::text', 'computed')
      .addSelect('coalesce(sum(c.capped_amount), 0)::text', 'capped')
      .getRawOne<ClaimTotals>();
    return row ?? { count: 0, computed: '0', capped: '0' };
  }

  /**
   * Per firm and kind in the year: what its claims take (not rejected), approved and paid,
   * against the cap of the latest rule version in force some day of the year.
   */
  firmYear(city: string, year: number, kind: SubsidyKind | null): Promise<FirmYearRow[]> {
    return this.dataSource.query(
      `SELECT c.borrower_party_id, c.kind,
              sum(c.capped_amount) FILTER (WHERE c.status <> 'REJECTED')::text AS claimed,
              coalesce(sum(c.capped_amount) FILTER (WHERE c.status IN ('APPROVED', 'PAID')), 0)::text AS approved,
              coalesce(sum(c.capped_amount) FILTER (WHERE c.status = 'PAID'), 0)::text AS paid,
              (SELECT r.cap_per_firm_year::text FROM subsidy_rule_version r
                WHERE r.city = c.city AND r.kind = c.kind
                  AND daterange(r.effective_from, r.effective_to, '[)') && daterange(make_date($2::int, 1, 1), make_date($2::int + 1, 1, 1), '[)')
                ORDER BY r.effective_from DESC LIMIT 1) AS cap
         FROM subsidy_claim c
        WHERE c.city = $1 AND c.period_year = $2 AND ($3::varchar IS NULL OR c.kind = $3)
          AND c.status <> 'REJECTED'
        GROUP BY c.city, c.borrower_party_id, c.kind
        ORDER BY c.borrower_party_id, c.kind`,
      [city, year, kind],
    );
  }

  /** Row-locks the claims (in id order, so two decisions never deadlock). */
  lockClaims(m: EntityManager, ids: readonly string[]): Promise<SubsidyClaimEntity[]> {
    return m
      .createQueryBuilder(SubsidyClaimEntity, 'c')
      .where('c.id = ANY(:ids)', { ids: [...ids] })
      .orderBy('c.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** A decision's columns only (status, who, when, notes): the figures are never updated here. */
  async update(m: EntityManager, ids: readonly string[], changes: ClaimDecision): Promise<void> {
    if (ids.length > 0) await m.update(SubsidyClaimEntity, [...ids], changes);
  }

  findByIds(ids: readonly string[]): Promise<SubsidyClaimEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(SubsidyClaimEntity, 'c')
      .where('c.id = ANY(:ids)', { ids: [...ids] })
      .orderBy('c.period_year')
      .addOrderBy('c.period_quarter')
      .addOrderBy('c.kind')
      .addOrderBy('c.loan_id')
      .getMany();
  }

  periodSummary(
    city: string,
    year: number,
    quarter: number,
  ): Promise<
    { status: SubsidyClaimStatus; screening: SubsidyScreening; n: number; computed: string; capped: string }[]
  > {
    return this.dataSource.query(
      `SELECT status, screening, count(*)::int AS n, sum(computed_amount)::text AS computed,
              sum(capped_amount)::text AS capped
         FROM subsidy_claim WHERE city = $1 AND period_year = $2 AND period_quarter = $3
        GROUP BY status, screening`,
      [city, year, quarter],
    );
  }
}
