import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { Decimal } from '@app/money';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { CreditListService } from '@registry/credit/credit-list.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { computeLoanClaims, type ComputedClaim, type LoanForSubsidy } from '@registry/subsidy/domain/loan-claims.js';
import { allocateCaps, SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import { quarterPeriod, type SubsidyPeriod } from '@registry/subsidy/domain/subsidy-period.js';
import {
  CREDIT_LISTED_REASON,
  reconcileClaims,
  SubsidyClaimStatus,
  SubsidyScreening,
  versionOn,
} from '@registry/subsidy/domain/subsidy-rules.js';
import type { SubsidyRuleVersionEntity } from '@registry/subsidy/subsidy-rule-version.entity.js';
import { cityName, ruleLockKey } from '@registry/subsidy/subsidy-rule.service.js';
import { SubsidyErrorReason, SubsidyException } from '@registry/subsidy/subsidy.exception.js';
import { SubsidyRepository, type CandidateLoan, type UsedRow } from '@registry/subsidy/subsidy.repository.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

export interface ComputationSummary {
  city: string;
  year: number;
  quarter: number;
}

const KINDS = Object.values(SubsidyKind).sort();
const ZERO = new Decimal(0);

function loanForSubsidy(row: CandidateLoan): LoanForSubsidy {
  return {
    loanId: row.loan_id,
    borrowerPartyId: row.borrower_party_id,
    principal: new Decimal(row.principal),
    disbursedOn: row.disbursed_on,
    closedOn: row.closed_on,
    firstTime: row.first_time,
    facts:
      row.insured === null
        ? null
        : {
            insured: row.insured,
            guaranteed: row.guaranteed ?? false,
            insurancePremium: new Decimal(row.insurance_premium ?? 0),
            appraisalFee: new Decimal(row.appraisal_fee ?? 0),
          },
  };
}

function usedMap(rows: readonly UsedRow[]): Map<string, Decimal> {
  return new Map(rows.map((r) => [`${r.key}:${r.kind}`, new Decimal(r.used)]));
}

/**
 * Computes a city's claims for a calendar quarter into the ledger. One transaction: the
 * rule locks shared (a new version waits), then each firm's lock in id order, so the yearly
 * caps are given out against everything the firm's other claims already took, and two
 * runs never both spend the same cap. Recomputing rewrites drafts only (decision 53).
 */
@Injectable()
export class SubsidyClaimService {
  constructor(
    private readonly subsidies: SubsidyRepository,
    private readonly credit: CreditListService,
    private readonly idempotency: IdempotencyService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  async compute(
    identity: Identity,
    cityInput: string,
    year: number,
    quarter: number,
    key?: string | null,
  ): Promise<ComputationSummary> {
    const city = cityName(cityInput, 'city');
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw SubsidyException.invalid('year', 'must be 2000..2100');
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
      throw SubsidyException.invalid('quarter', 'must be 1..4');
    const period = quarterPeriod(year, quarter);
    const today = registryToday();
    if (compareIsoDate(period.end, today) > 0) {
      throw SubsidyException.invalid('quarter', `${year} Q${quarter} has not ended (claims run on ended quarters)`);
    }
    await this.subsidies.transaction((m) =>
      this.idempotency.run(
        m,
        {
          identity,
          key,
          operation: 'computeSubsidyClaims',
          request: { city, year, quarter },
          toStored: () => null,
          fromStored: () => undefined,
        },
        () => this.run(m, identity, city, period, today),
      ),
    );
    return { city, year, quarter };
  }

  private async run(
    m: EntityManager,
    identity: Identity,
    city: string,
    period: SubsidyPeriod,
    today: string,
  ): Promise<void> {
    await this.subsidies.lockAll(
      m,
      KINDS.map((kind) => ruleLockKey(city, kind)),
      true,
    );
    const versions = await this.subsidies.ruleVersions(city, undefined, m);
    const rules = new Map<SubsidyKind, SubsidyRuleVersionEntity>();
    for (const kind of KINDS) {
      const version = versionOn(
        versions.filter((v) => v.kind === kind).map((v) => ({ ...v, from: v.effectiveFrom, to: v.effectiveTo })),
        period.start,
      );
      if (version !== null) rules.set(kind, version);
    }
    if (rules.size === 0) {
      throw SubsidyException.conflict(
        SubsidyErrorReason.SUBSIDY_RULE_MISSING,
        'city',
        `no subsidy rule of ${city} is in force in ${period.year} Q${period.quarter}`,
      );
    }
    const loans = await this.subsidies.candidateLoans(m, city, period);
    const loanIds = loans.map((l) => l.loan_id);
    const [repayments, lprs, listed] = await Promise.all([
      this.subsidies.repaymentsBefore(m, loanIds, period.end),
      rules.has(SubsidyKind.INTEREST_LPR_SHARE) ? this.subsidies.lprs(m) : Promise.resolve([]),
      this.credit.listedParties(m, [...new Set(loans.map((l) => l.borrower_party_id))], today),
    ]);
    const listedSet = new Set(listed);
    const computed: ComputedClaim[] = [];
    for (const loan of loans) {
      const result = computeLoanClaims({
        period,
        loan: loanForSubsidy(loan),
        repayments: repayments
          .filter((r) => r.loan_id === loan.loan_id)
          .map((r) => ({
            on: r.received_on,
            principal: new Decimal(r.principal_paid),
            interest: new Decimal(r.interest_paid),
          })),
        lprs: lprs.map((l) => ({ from: l.effectiveFrom, rate: l.rate })),
        rules,
        listed: listedSet.has(loan.borrower_party_id),
        policy: this.config.CREDIT_LIST_SUBSIDY_EFFECT,
      });
      if (!result.ok) {
        throw SubsidyException.conflict(
          SubsidyErrorReason.LPR_MISSING,
          'quarter',
          `no 1-year LPR is recorded in force on ${result.missingLprOn}`,
        );
      }
      computed.push(...result.claims);
    }
    // Per-firm locks, all in one ordered statement, so concurrent runs cannot deadlock.
    const firms = [...new Set(computed.map((c) => c.borrowerPartyId))].sort();
    await this.subsidies.lockAll(
      m,
      firms.map((firm) => `subsidy-firm:${firm}:${period.year}`),
    );
    const plan = reconcileClaims(await this.subsidies.periodClaims(m, city, period), computed);
    const writeLoans = [...new Set(plan.writes.map((c) => c.loanId))];
    const [firmUsed, loanUsed] = await Promise.all([
      this.subsidies.usedInYear(m, 'borrower_party_id', firms, city, period).then(usedMap),
      this.subsidies.usedInYear(m, 'loan_id', writeLoans, city, period).then(usedMap),
    ]);
    const rows: Record<string, unknown>[] = [];
    for (const firm of firms) {
      for (const [kind, rule] of rules) {
        // Loans in disbursement order (the query's order), blocked claims take no cap.
        const claims = plan.writes.filter((c) => c.borrowerPartyId === firm && c.kind === kind);
        const capped = claims.filter((c) => c.screening !== SubsidyScreening.LISTED_BLOCKED);
        const shares = allocateCaps(
          capped.map((c) => ({ computed: c.computed, loanUsed: loanUsed.get(`${c.loanId}:${kind}`) ?? ZERO })),
          {
            firmCap: rule.capPerFirmYear,
            firmUsed: firmUsed.get(`${firm}:${kind}`) ?? ZERO,
            loanCap: rule.capPerLoanYear,
          },
        );
        const byLoan = new Map(capped.map((c, i) => [c.loanId, shares[i]]));
        for (const c of claims) {
          const share = byLoan.get(c.loanId);
          const blocked = share === undefined;
          rows.push({
            city,
            kind,
            period_year: period.year,
            period_quarter: period.quarter,
            period_start: period.start,
            period_end: period.end,
            loan_id: c.loanId,
            borrower_party_id: c.borrowerPartyId,
            rule_version_id: rule.id,
            base_amount: c.base.toString(),
            rate: c.rate.toString(),
            computed_amount: c.computed.toString(),
            capped_amount: blocked ? '0' : share.capped.toString(),
            cap_note: blocked ? null : share.note,
            details: c.details,
            status: blocked ? SubsidyClaimStatus.REJECTED : SubsidyClaimStatus.COMPUTED,
            screening: c.screening,
            rejection_reason: blocked ? CREDIT_LISTED_REASON : null,
            computed_by: identity.userId,
          });
        }
      }
    }
    await this.subsidies.deleteClaims(m, plan.deletes);
    await this.subsidies.upsertClaims(m, rows);
  }
}

/** Stored idempotency results for claim decisions: the claim ids. */
export const storedIds = {
  toStored: (ids: string[]): JsonValue => ids,
  fromStored: (stored: JsonValue): string[] => stored as string[],
};
