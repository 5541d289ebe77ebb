import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findByIds, withTransaction } from '@app/database';
import { Decimal } from '@app/money';
import type { CoverFacts } from '@registry/risk-fund/domain/fund-figures.js';
import { RiskFundEntryEntity, type RiskFundEntryKind } from '@registry/risk-fund/risk-fund-entry.entity.js';
import { RiskFundRatioVersionEntity } from '@registry/risk-fund/risk-fund-ratio-version.entity.js';
import { RiskFundEntity } from '@registry/risk-fund/risk-fund.entity.js';

export interface NewEntry {
  fundId: string;
  kind: RiskFundEntryKind;
  /** Signed: payouts negative. */
  amount: Decimal;
  claimId: string | null;
  bookedOn: string;
  note: string | null;
  recordedBy: string | null;
}

interface CoverFactsRow {
  fund_id: string;
  balance: string;
  covered: string;
  within_cap: string;
  capped_loans: number;
  pending: string;
}

/**
 * Cover on a day, per fund. A loan is under cover while its enrolment is ENROLLED and it has
 * no claim or a claim not yet decided; its fund share is compared with the cap exactly
 * (outstanding x fund part <= cap x total parts), with the ratio in force on the day.
 */
const COVER_FACTS_SQL = `
WITH f AS (
  SELECT f.id, f.per_loan_cap, r.fund_part,
         r.fund_part + r.bank_part + r.insurer_part + r.appraiser_part AS total
    FROM risk_fund f
    LEFT JOIN risk_fund_ratio_version r
      ON r.fund_id = f.id AND r.effective_from <= $2::date AND (r.effective_to IS NULL OR r.effective_to >= $2::date)
   WHERE f.id = ANY($1::uuid[])
), covered AS (
  SELECT e.fund_id, l.outstanding_principal AS o, c.status AS claim_status, c.fund_part AS claim_fund_part
    FROM risk_fund_enrolment e
    JOIN loan l ON l.id = e.loan_id
    LEFT JOIN risk_fund_claim c ON c.loan_id = e.loan_id
   WHERE e.fund_id = ANY($1::uuid[]) AND e.status = 'ENROLLED' AND (c.id IS NULL OR c.status = 'FILED')
     -- A rescheduled loan's debt lives on in its successor, which is enrolled (and leverage-checked) anew.
     AND l.close_reason IS DISTINCT FROM 'RESCHEDULED'
), balance AS (
  SELECT DISTINCT ON (fund_id) fund_id, balance_after
    FROM risk_fund_entry WHERE fund_id = ANY($1::uuid[]) ORDER BY fund_id, seq DESC
)
SELECT f.id AS fund_id,
       COALESCE(b.balance_after, 0) AS balance,
       COALESCE(SUM(c.o), 0) AS covered,
       COALESCE(SUM(c.o) FILTER (WHERE c.claim_status IS NULL AND (f.per_loan_cap IS NULL OR f.fund_part IS NULL
                                 OR c.o * f.fund_part <= f.per_loan_cap * f.total)), 0) AS within_cap,
       (COUNT(c.o) FILTER (WHERE c.claim_status IS NULL AND f.per_loan_cap IS NOT NULL AND f.fund_part IS NOT NULL
                           AND c.o * f.fund_part > f.per_loan_cap * f.total))::int AS capped_loans,
       COALESCE(SUM(c.claim_fund_part) FILTER (WHERE c.claim_status = 'FILED'), 0) AS pending
  FROM f
  LEFT JOIN covered c ON c.fund_id = f.id
  LEFT JOIN balance b ON b.fund_id = f.id
 GROUP BY f.id, b.balance_after`;

/** SQL of funds, their ratio versions and ledgers; writes run in the caller's transaction. */
@Injectable()
export class RiskFundRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withTransaction(this.dataSource, work);
  }

  insertFund(manager: EntityManager, fund: Partial<RiskFundEntity>): Promise<RiskFundEntity> {
    return manager.save(manager.create(RiskFundEntity, fund));
  }

  findFund(id: string, manager: EntityManager = this.dataSource.manager): Promise<RiskFundEntity | null> {
    return manager.findOneBy(RiskFundEntity, { id });
  }

  findFunds(ids: readonly string[]): Promise<RiskFundEntity[]> {
    return findByIds(this.dataSource.manager, RiskFundEntity, ids);
  }

  /** Funds by city name (all when `city` is null); a few hundred cities at most, so no paging. */
  listFunds(city: string | null): Promise<RiskFundEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(RiskFundEntity, 'f').orderBy('f.city').addOrderBy('f.id');
    if (city !== null) qb.where('f.city = :city', { city });
    return qb.getMany();
  }

  /** Reads and row-locks a fund: every write to a fund (ledger, ratios, cover) runs one at a time. */
  lockFund(manager: EntityManager, id: string): Promise<RiskFundEntity | null> {
    return manager.findOne(RiskFundEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A party's kind and city, or null. */
  async party(manager: EntityManager, id: string): Promise<{ kind: string; city: string } | null> {
    const rows: { kind: string; city: string }[] = await manager.query('SELECT kind, city FROM party WHERE id = $1', [
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Ratio versions of the funds, by fund and start date. */
  ratioVersionsOf(
    fundIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RiskFundRatioVersionEntity[]> {
    if (fundIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(RiskFundRatioVersionEntity, 'r')
      .where('r.fund_id = ANY(:ids)', { ids: [...fundIds] })
      .orderBy('r.fund_id')
      .addOrderBy('r.effective_from')
      .getMany();
  }

  findRatioVersion(id: string): Promise<RiskFundRatioVersionEntity | null> {
    return this.dataSource.manager.findOneBy(RiskFundRatioVersionEntity, { id });
  }

  insertRatioVersion(
    manager: EntityManager,
    version: Partial<RiskFundRatioVersionEntity>,
  ): Promise<RiskFundRatioVersionEntity> {
    return manager.save(manager.create(RiskFundRatioVersionEntity, version));
  }

  async closeRatioVersion(manager: EntityManager, id: string, effectiveTo: string): Promise<void> {
    await manager.update(RiskFundRatioVersionEntity, { id }, { effectiveTo });
  }

  /** The earliest loss date of the fund's claims within [from, to] (to null = open), or null. */
  async firstClaimDateWithin(
    manager: EntityManager,
    fundId: string,
    from: string,
    to: string | null,
  ): Promise<string | null> {
    const rows: { loss_date: string }[] = await manager.query(
      `SELECT to_char(min(loss_date), 'YYYY-MM-DD') AS loss_date FROM risk_fund_claim
        WHERE fund_id = $1 AND loss_date >= $2::date AND ($3::date IS NULL OR loss_date <= $3::date)`,
      [fundId, from, to],
    );
    return rows[0]?.loss_date ?? null;
  }

  /** The balance after the fund's last entry (0 for a new fund). */
  async balance(manager: EntityManager, fundId: string): Promise<Decimal> {
    const rows: { balance_after: string }[] = await manager.query(
      'SELECT balance_after FROM risk_fund_entry WHERE fund_id = $1 ORDER BY seq DESC LIMIT 1',
      [fundId],
    );
    return new Decimal(rows[0]?.balance_after ?? 0);
  }

  /**
   * Appends the next entry with its running balance. The caller holds the fund's row lock;
   * the triggers check the chain anyway and the CHECK refuses a negative balance.
   */
  async append(manager: EntityManager, entry: NewEntry): Promise<RiskFundEntryEntity> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO risk_fund_entry (fund_id, seq, kind, amount, balance_after, claim_id, booked_on, note, recorded_by)
       SELECT $1, COALESCE(last.seq, 0) + 1, $2, $3::numeric, COALESCE(last.balance_after, 0) + $3::numeric,
              $4, $5, $6, $7
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (SELECT seq, balance_after FROM risk_fund_entry WHERE fund_id = $1
                             ORDER BY seq DESC LIMIT 1) last ON true
       RETURNING id`,
      [entry.fundId, entry.kind, entry.amount.toFixed(), entry.claimId, entry.bookedOn, entry.note, entry.recordedBy],
    );
    return this.findEntry(manager, (row as { id: string }).id);
  }

  findEntry(manager: EntityManager, id: string): Promise<RiskFundEntryEntity> {
    return manager.findOneByOrFail(RiskFundEntryEntity, { id });
  }

  /** A page of a fund's ledger in entry order; one more row than `limit` tells of a next page. */
  ledger(fundId: string, afterSeq: number | null, limit: number): Promise<RiskFundEntryEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(RiskFundEntryEntity, 'e')
      .where('e.fund_id = :fundId', { fundId });
    if (afterSeq !== null) qb.andWhere('e.seq > :afterSeq', { afterSeq });
    return qb
      .orderBy('e.seq', 'ASC')
      .limit(limit + 1)
      .getMany();
  }

  /** Balance and cover of each fund on `day`, in one statement; read in `manager`'s transaction when given. */
  async coverFacts(
    fundIds: readonly string[],
    day: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(CoverFacts & { fundId: string })[]> {
    if (fundIds.length === 0) return [];
    const rows: CoverFactsRow[] = await manager.query(COVER_FACTS_SQL, [[...fundIds], day]);
    return rows.map((r) => ({
      fundId: r.fund_id,
      balance: new Decimal(r.balance),
      coveredOutstanding: new Decimal(r.covered),
      withinCapOutstanding: new Decimal(r.within_cap),
      cappedLoans: r.capped_loans,
      pendingClaims: new Decimal(r.pending),
    }));
  }
}
