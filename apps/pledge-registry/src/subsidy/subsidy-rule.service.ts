import { Injectable } from '@nestjs/common';
import type { Identity } from '@app/auth';
import { Decimal, decimalOrNull } from '@app/money';
import { assertUuid } from '@app/platform';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import type { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import { isQuarterStart } from '@registry/subsidy/domain/subsidy-period.js';
import { planRuleVersion } from '@registry/subsidy/domain/subsidy-rules.js';
import type { LoanSubsidyFactsInput } from '@registry/subsidy/dto/subsidy-claim.dto.js';
import type { LoanPrimeRateInput, SubsidyRuleVersionInput } from '@registry/subsidy/dto/subsidy-rule.dto.js';
import type { LoanPrimeRateEntity } from '@registry/subsidy/loan-prime-rate.entity.js';
import type { LoanSubsidyFactsEntity } from '@registry/subsidy/loan-subsidy-facts.entity.js';
import type { SubsidyRuleVersionEntity } from '@registry/subsidy/subsidy-rule-version.entity.js';
import { SubsidyErrorReason, SubsidyException } from '@registry/subsidy/subsidy.exception.js';
import { SubsidyRepository } from '@registry/subsidy/subsidy.repository.js';

const storedId = {
  toStored: (id: string): JsonValue => id,
  fromStored: (stored: JsonValue): string => stored as string,
};

/** The lock serialising versions of one city and kind (claim runs take it shared). */
export const ruleLockKey = (city: string, kind: SubsidyKind): string => `subsidy-rule:${city}:${kind}`;

/** A trimmed city name of 1..64 characters. */
export function cityName(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 64) throw SubsidyException.invalid(field, 'must be 1..64 characters');
  return trimmed;
}

/**
 * Subsidy rules as data: versions per city and kind with effective dates, the 1-year LPR
 * table, and the facts banks report per loan (insured, guaranteed, premium, appraisal fee).
 */
@Injectable()
export class SubsidyRuleService {
  constructor(
    private readonly subsidies: SubsidyRepository,
    private readonly idempotency: IdempotencyService,
  ) {}

  rules(city: string, kind?: SubsidyKind): Promise<SubsidyRuleVersionEntity[]> {
    return this.subsidies.ruleVersions(cityName(city, 'city'), kind);
  }

  rulesByIds(ids: readonly string[]): Promise<SubsidyRuleVersionEntity[]> {
    return this.subsidies.ruleVersionsByIds(ids);
  }

  /**
   * Adds a version. A rule change starts after the current open-ended version, which is
   * closed the day the new one starts; any other overlap is a CONFLICT naming
   * input.effectiveFrom, and nothing is written. Quarters that already have final claims
   * (approved, paid, rejected by staff) under the current version cannot be governed by a
   * new one; their drafts are dropped, for the next run to recompute under the new version.
   */
  async createVersion(
    identity: Identity,
    input: SubsidyRuleVersionInput,
    key?: string | null,
  ): Promise<SubsidyRuleVersionEntity> {
    const city = cityName(input.city, 'input.city');
    const from = input.effectiveFrom;
    const to = input.effectiveTo ?? null;
    if (!isQuarterStart(from))
      throw SubsidyException.invalid('input.effectiveFrom', 'must be the first day of a quarter');
    if (to !== null && !isQuarterStart(to))
      throw SubsidyException.invalid('input.effectiveTo', 'must be the first day of a quarter');
    if (to !== null && compareIsoDate(to, from) <= 0)
      throw SubsidyException.invalid('input.effectiveTo', 'must be after effectiveFrom');
    const share = new Decimal(input.share);
    const uplifted = decimalOrNull(input.upliftedShare);
    if (uplifted !== null && uplifted.lt(share))
      throw SubsidyException.invalid('input.upliftedShare', 'must be at least share');
    const id = await this.subsidies.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'createSubsidyRuleVersion', request: input, ...storedId },
        async () => {
          await this.subsidies.lock(m, ruleLockKey(city, input.kind));
          const existing = await this.subsidies.ruleVersions(city, input.kind, m);
          const plan = planRuleVersion(
            existing.map((r) => ({ id: r.id, from: r.effectiveFrom, to: r.effectiveTo })),
            from,
            to,
          );
          if (!plan.ok) throw SubsidyException.overlap('input.effectiveFrom', plan.conflictWith);
          if (plan.close !== null) {
            if ((await this.subsidies.finalClaimsAfter(m, city, input.kind, from)) > 0) {
              throw SubsidyException.conflict(
                SubsidyErrorReason.SUBSIDY_PERIOD_DECIDED,
                'input.effectiveFrom',
                `claims from ${from} on are already decided under rule version ${plan.close.id}`,
              );
            }
            await this.subsidies.deleteDraftsAfter(m, city, input.kind, from);
            await this.subsidies.closeRuleVersion(m, plan.close.id, from);
          }
          const version = await this.subsidies.insertRuleVersion(m, {
            city,
            kind: input.kind,
            title: input.title.trim(),
            share,
            upliftedShare: uplifted,
            capPerFirmYear: new Decimal(input.capPerFirmYear),
            capPerLoanYear:
              input.capPerLoanYear === undefined || input.capPerLoanYear === null
                ? null
                : new Decimal(input.capPerLoanYear),
            firstTimeOnly: input.firstTimeOnly,
            requireNotCreditListed: input.requireNotCreditListed,
            effectiveFrom: from,
            effectiveTo: to,
            createdBy: identity.userId,
          });
          return version.id;
        },
      ),
    );
    const [version] = await this.subsidies.ruleVersionsByIds([id]);
    if (version === undefined) throw new Error(`subsidy rule version ${id} vanished after it was written`);
    return version;
  }

  lprs(): Promise<LoanPrimeRateEntity[]> {
    return this.subsidies.lprs();
  }

  /**
   * Records a published 1-year LPR. Entries are never changed (claims copied the rates they
   * used): the same rate again is a no-op, another rate for the day a CONFLICT.
   */
  async setLpr(identity: Identity, input: LoanPrimeRateInput, key?: string | null): Promise<LoanPrimeRateEntity> {
    if (compareIsoDate(input.effectiveFrom, registryToday()) > 0) {
      throw SubsidyException.invalid('input.effectiveFrom', 'must not be in the future');
    }
    const rate = new Decimal(input.rate);
    await this.subsidies.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'setLoanPrimeRate', request: input, ...storedId },
        async () => {
          if (!(await this.subsidies.insertLpr(m, input.effectiveFrom, rate.toString(), identity.userId))) {
            const existing = await this.subsidies.findLpr(m, input.effectiveFrom);
            if (existing !== null && !existing.rate.eq(rate)) {
              throw SubsidyException.conflict(
                SubsidyErrorReason.LPR_EXISTS,
                'input.effectiveFrom',
                `the LPR from ${input.effectiveFrom} is already recorded as ${existing.rate.toFixed(4)}`,
              );
            }
          }
          return input.effectiveFrom;
        },
      ),
    );
    const saved = await this.subsidies.findLpr(this.subsidies.dataSource.manager, input.effectiveFrom);
    if (saved === null) throw new Error(`LPR from ${input.effectiveFrom} vanished after it was written`);
    return saved;
  }

  /** The lending bank reports (or corrects) a loan's facts; another bank's loan is NOT_FOUND. */
  async reportFacts(
    identity: Identity,
    input: LoanSubsidyFactsInput,
    key?: string | null,
  ): Promise<LoanSubsidyFactsEntity> {
    const loanId = assertUuid(input.loanId, 'input.loanId');
    const premium = new Decimal(input.insurancePremium);
    if (!input.insured && !premium.isZero()) {
      throw SubsidyException.invalid('input.insurancePremium', 'must be 0 unless the loan is insured');
    }
    await this.subsidies.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'reportLoanSubsidyFacts', request: input, ...storedId },
        async () => {
          const loan = await this.subsidies.lockLoan(m, loanId);
          if (loan === null || identity.partyId === null || loan.lender_party_id !== identity.partyId) {
            throw SubsidyException.loanNotFound(loanId);
          }
          await this.subsidies.upsertFacts(m, {
            loanId,
            insured: input.insured,
            guaranteed: input.guaranteed,
            insurancePremium: premium,
            appraisalFee: new Decimal(input.appraisalFee),
            reportedBy: identity.userId,
          });
          return loanId;
        },
      ),
    );
    const facts = await this.subsidies.findFacts(loanId);
    if (facts === null) throw SubsidyException.loanNotFound(loanId);
    return facts;
  }
}
