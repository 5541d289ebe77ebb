import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findByIds, withTransaction } from '@app/database';
import type { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import type { SubsidyPeriod } from '@registry/subsidy/domain/subsidy-period.js';
import type { LedgerClaim } from '@registry/subsidy/domain/subsidy-rules.js';
import { LoanPrimeRateEntity } from '@registry/subsidy/loan-prime-rate.entity.js';
import { LoanSubsidyFactsEntity } from '@registry/subsidy/loan-subsidy-facts.entity.js';
import { SubsidyRuleVersionEntity } from '@registry/subsidy/subsidy-rule-version.entity.js';

/** Drafts: what a recomputation may replace (domain isDraft). */
export const DRAFT_SQL = `(c.status = 'COMPUTED' OR (c.status = 'REJECTED' AND c.decided_by IS NULL))`;

/** A loan of the city that may have a claim in the period, with its program facts. */
export interface CandidateLoan {
  loan_id: string;
  borrower_party_id: string;
  principal: string;
  disbursed_on: string;
  closed_on: string | null;
  first_time: boolean;
  insured: boolean | null;
  guaranteed: boolean | null;
  insurance_premium: string | null;
  appraisal_fee: string | null;
}

export interface RepaymentRow {
  loan_id: string;
  received_on: string;
  principal_paid: string;
  interest_paid: string;
}

/** Capped amounts already taken in the year, per firm or per loan, per kind. */
export interface UsedRow {
  key: string;
  kind: SubsidyKind;
  used: string;
}

/**
 * SQL for subsidy rules, the LPR table, loan facts and the claim ledger. Loan data is read
 * here with plain SQL (the loan module owns those tables; this module only reads them).
 */
@Injectable()
export class SubsidyRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withTransaction(this.dataSource, work);
  }

  /** A transaction-scoped advisory lock; `shared` ones only exclude the exclusive holder. */
  async lock(m: EntityManager, key: string, shared = false): Promise<void> {
    await this.lockAll(m, [key], shared);
  }

  /**
   * Advisory locks on every key until the transaction ends, in one statement and in key order
   * (the lock call is volatile, so PostgreSQL evaluates it after the sort, row by row): two
   * transactions locking overlapping sets cannot deadlock here.
   */
  async lockAll(m: EntityManager, keys: readonly string[], shared = false): Promise<void> {
    if (keys.length === 0) return;
    const fn = shared ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
    await m.query(
      `SELECT ${fn}(hashtextextended(k.key, 0)) FROM (SELECT DISTINCT unnest($1::text[]) AS key) k ORDER BY k.key`,
      [[...keys]],
    );
  }

  ruleVersions(city: string, kind?: SubsidyKind, m: EntityManager = this.dataSource.manager) {
    const qb = m.createQueryBuilder(SubsidyRuleVersionEntity, 'r').where('r.city = :city', { city });
    if (kind !== undefined) qb.andWhere('r.kind = :kind', { kind });
    return qb.orderBy('r.kind').addOrderBy('r.effective_from').getMany();
  }

  ruleVersionsByIds(ids: readonly string[]): Promise<SubsidyRuleVersionEntity[]> {
    return findByIds(this.dataSource.manager, SubsidyRuleVersionEntity, ids);
  }

  insertRuleVersion(m: EntityManager, values: Partial<SubsidyRuleVersionEntity>): Promise<SubsidyRuleVersionEntity> {
    return m.save(m.create(SubsidyRuleVersionEntity, values));
  }

  async closeRuleVersion(m: EntityManager, id: string, effectiveTo: string): Promise<void> {
    await m.update(SubsidyRuleVersionEntity, { id }, { effectiveTo });
  }

  /** Final claims (approved, paid, rejected by staff) of the city and kind in quarters ending after `from`. */
  async finalClaimsAfter(m: EntityManager, city: string, kind: SubsidyKind, from: string): Promise<number> {
    const [row]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM subsidy_claim c
        WHERE c.city = $1 AND c.kind = $2 AND c.period_end > $3 AND NOT ${DRAFT_SQL}`,
      [city, kind, from],
    );
    return row?.n ?? 0;
  }

  /** Deletes the drafts of the city and kind in quarters ending after `from` (a new version governs them). */
  async deleteDraftsAfter(m: EntityManager, city: string, kind: SubsidyKind, from: string): Promise<void> {
    await m.query(
      `DELETE FROM subsidy_claim c WHERE c.city = $1 AND c.kind = $2 AND c.period_end > $3 AND ${DRAFT_SQL}`,
      [city, kind, from],
    );
  }

  lprs(m: EntityManager = this.dataSource.manager): Promise<LoanPrimeRateEntity[]> {
    return m.find(LoanPrimeRateEntity, { order: { effectiveFrom: 'ASC' } });
  }

  findLpr(m: EntityManager, effectiveFrom: string): Promise<LoanPrimeRateEntity | null> {
    return m.findOneBy(LoanPrimeRateEntity, { effectiveFrom });
  }

  /** Inserts the entry unless one exists for the day; true when inserted. */
  async insertLpr(m: EntityManager, effectiveFrom: string, rate: string, recordedBy: string | null): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO loan_prime_rate (effective_from, rate, recorded_by) VALUES ($1, $2, $3)
       ON CONFLICT (effective_from) DO NOTHING RETURNING 1`,
      [effectiveFrom, rate, recordedBy],
    );
    return rows.length > 0;
  }

  /** The loan's lender and borrower, row-locked against a concurrent report. */
  async lockLoan(m: EntityManager, loanId: string): Promise<{ lender_party_id: string } | null> {
    const [row]: { lender_party_id: string }[] = await m.query(
      'SELECT lender_party_id FROM loan WHERE id = $1 FOR SHARE',
      [loanId],
    );
    return row ?? null;
  }

  async upsertFacts(m: EntityManager, facts: Omit<LoanSubsidyFactsEntity, 'createdAt' | 'updatedAt'>): Promise<void> {
    await m.query(
      `INSERT INTO loan_subsidy_facts (loan_id, insured, guaranteed, insurance_premium, appraisal_fee, reported_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (loan_id) DO UPDATE SET insured = EXCLUDED.insured, guaranteed = EXCLUDED.guaranteed,
         insurance_premium = EXCLUDED.insurance_premium, appraisal_fee = EXCLUDED.appraisal_fee,
         reported_by = EXCLUDED.reported_by, updated_at = now()`,
      [
        facts.loanId,
        facts.insured,
        facts.guaranteed,
        facts.insurancePremium.toString(),
        facts.appraisalFee.toString(),
        facts.reportedBy,
      ],
    );
  }

  findFacts(loanId: string): Promise<LoanSubsidyFactsEntity | null> {
    return this.dataSource.manager.findOneBy(LoanSubsidyFactsEntity, { loanId });
  }

  /**
   * CNY loans whose pledge counts in the city's program volume (attribution frozen at
   * registration, decision 41) and that were out some day of the period. A loan stops being
   * subsidised when it closes or when it is declared in default, whichever comes first
   * (`closed_on` here is that day): a subsidy rewards a performing loan (decision 52).
   */
  candidateLoans(m: EntityManager, city: string, period: SubsidyPeriod): Promise<CandidateLoan[]> {
    return m.query(
      `SELECT l.id AS loan_id, l.borrower_party_id, l.principal::text AS principal,
              to_char(l.disbursed_on, 'YYYY-MM-DD') AS disbursed_on, to_char(LEAST(l.closed_on, l.defaulted_on), 'YYYY-MM-DD') AS closed_on,
              f.first_time, s.insured, s.guaranteed, s.insurance_premium::text AS insurance_premium,
              s.appraisal_fee::text AS appraisal_fee
         FROM loan l
         JOIN pledge_volume_fact f ON f.pledge_id = l.pledge_id
         LEFT JOIN loan_subsidy_facts s ON s.loan_id = l.id
        WHERE f.city = $1 AND l.currency = 'CNY' AND l.disbursed_on IS NOT NULL AND l.disbursed_on < $3
          AND (LEAST(l.closed_on, l.defaulted_on) IS NULL OR LEAST(l.closed_on, l.defaulted_on) >= $2)
        ORDER BY l.borrower_party_id, l.disbursed_on, l.id`,
      [city, period.start, period.end],
    );
  }

  /** Repayments of the loans received before `end`, oldest first. */
  repaymentsBefore(m: EntityManager, loanIds: readonly string[], end: string): Promise<RepaymentRow[]> {
    if (loanIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT loan_id, to_char(received_on, 'YYYY-MM-DD') AS received_on, principal_paid::text AS principal_paid,
              interest_paid::text AS interest_paid
         FROM loan_repayment WHERE loan_id = ANY($1::uuid[]) AND received_on < $2
        ORDER BY loan_id, received_on, created_at`,
      [[...loanIds], end],
    );
  }

  /** The ledger's claims of the city's loans in the period. */
  periodClaims(m: EntityManager, city: string, period: SubsidyPeriod): Promise<LedgerClaim[]> {
    return m.query(
      `SELECT c.id, c.loan_id AS "loanId", c.kind, c.status, c.decided_by AS "decidedBy"
         FROM subsidy_claim c WHERE c.city = $1 AND c.period_year = $2 AND c.period_quarter = $3`,
      [city, period.year, period.quarter],
    );
  }

  /**
   * Capped amounts the firms' (or loans') claims already take in the year, by kind: every
   * claim that is not rejected, except this quarter's drafts, which the run replaces.
   */
  usedInYear(
    m: EntityManager,
    by: 'borrower_party_id' | 'loan_id',
    ids: readonly string[],
    city: string,
    period: SubsidyPeriod,
  ): Promise<UsedRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT c.${by}::text AS key, c.kind, sum(c.capped_amount)::text AS used
         FROM subsidy_claim c
        WHERE c.${by} = ANY($1::uuid[]) AND c.city = $2 AND c.period_year = $3 AND c.status <> 'REJECTED'
          AND NOT (c.period_quarter = $4 AND ${DRAFT_SQL})
        GROUP BY c.${by}, c.kind`,
      [[...ids], city, period.year, period.quarter],
    );
  }

  async deleteClaims(m: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await m.query('DELETE FROM subsidy_claim WHERE id = ANY($1::uuid[])', [[...ids]]);
  }

  /**
   * Writes claims by (loan, kind, quarter): inserts new ones, rewrites drafts in place
   * (same id), and leaves a final claim untouched should one have appeared meanwhile.
   */
  async upsertClaims(m: EntityManager, rows: readonly Record<string, unknown>[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO subsidy_claim AS c (city, kind, period_year, period_quarter, period_start, period_end, loan_id,
              borrower_party_id, rule_version_id, base_amount, rate, computed_amount, capped_amount, cap_note, details,
              status, screening, rejection_reason, computed_by)
       SELECT city, kind, period_year, period_quarter, period_start, period_end, loan_id, borrower_party_id,
              rule_version_id, base_amount, rate, computed_amount, capped_amount, cap_note, details, status, screening,
              rejection_reason, computed_by
         FROM jsonb_to_recordset($1::jsonb) AS v(city varchar, kind varchar, period_year smallint,
              period_quarter smallint, period_start date, period_end date, loan_id uuid, borrower_party_id uuid,
              rule_version_id uuid, base_amount numeric, rate numeric, computed_amount numeric, capped_amount numeric,
              cap_note varchar, details jsonb, status varchar, screening varchar, rejection_reason text,
              computed_by uuid)
        ORDER BY loan_id, kind
       ON CONFLICT (loan_id, kind, period_year, period_quarter) DO UPDATE SET
              rule_version_id = EXCLUDED.rule_version_id, base_amount = EXCLUDED.base_amount, rate = EXCLUDED.rate,
              computed_amount = EXCLUDED.computed_amount, capped_amount = EXCLUDED.capped_amount,
              cap_note = EXCLUDED.cap_note, details = EXCLUDED.details, status = EXCLUDED.status,
              screening = EXCLUDED.screening, rejection_reason = EXCLUDED.rejection_reason,
              computed_by = EXCLUDED.computed_by, borrower_party_id = EXCLUDED.borrower_party_id, updated_at = now()
        WHERE ${DRAFT_SQL}`,
      [JSON.stringify(rows)],
    );
  }
}
