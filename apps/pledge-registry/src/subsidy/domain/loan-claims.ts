import type { Decimal } from '@app/money';
import { compareIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';
import {
  claimAmount,
  interestPaidBase,
  lprInterestBase,
  shareFor,
  SubsidyKind,
  type RateFrom,
} from '@registry/subsidy/domain/subsidy-calc.js';
import type { SubsidyPeriod } from '@registry/subsidy/domain/subsidy-period.js';
import {
  screenBorrower,
  type SubsidyCreditEffect,
  type SubsidyScreening,
} from '@registry/subsidy/domain/subsidy-rules.js';

/** A loan as the subsidy engine sees it, with the facts its bank reported (null: none). */
export interface LoanForSubsidy {
  loanId: string;
  borrowerPartyId: string;
  principal: Decimal;
  disbursedOn: IsoDate;
  closedOn: IsoDate | null;
  /** Its pledge was the pledgor's first counted registration. */
  firstTime: boolean;
  facts: { insured: boolean; guaranteed: boolean; insurancePremium: Decimal; appraisalFee: Decimal } | null;
}

export interface RepaymentForSubsidy {
  on: IsoDate;
  principal: Decimal;
  interest: Decimal;
}

/** The terms of the rule version governing the quarter. */
export interface RuleTerms {
  share: Decimal;
  upliftedShare: Decimal | null;
  firstTimeOnly: boolean;
  requireNotCreditListed: boolean;
}

/** One claim before caps. */
export interface ComputedClaim {
  loanId: string;
  borrowerPartyId: string;
  kind: SubsidyKind;
  base: Decimal;
  rate: Decimal;
  computed: Decimal;
  screening: SubsidyScreening;
  details: Record<string, unknown>;
}

export interface LoanClaimsInput {
  period: SubsidyPeriod;
  loan: LoanForSubsidy;
  repayments: readonly RepaymentForSubsidy[];
  lprs: readonly RateFrom[];
  rules: ReadonlyMap<SubsidyKind, RuleTerms>;
  listed: boolean;
  policy: SubsidyCreditEffect;
}

const inPeriod = (day: IsoDate, p: SubsidyPeriod): boolean =>
  compareIsoDate(day, p.start) >= 0 && compareIsoDate(day, p.end) < 0;

/** The base of one kind for the loan in the period, with how it was made; null when there is none. */
function baseOf(
  kind: SubsidyKind,
  input: LoanClaimsInput,
): { base: Decimal; details: Record<string, unknown> } | { missingLprOn: IsoDate } | null {
  const { loan, period, repayments } = input;
  switch (kind) {
    case SubsidyKind.INTEREST_LPR_SHARE: {
      const result = lprInterestBase({
        period,
        disbursedOn: loan.disbursedOn,
        closedOn: loan.closedOn,
        principal: loan.principal,
        principalRepaid: repayments.filter((r) => r.principal.gt(0)).map((r) => ({ on: r.on, amount: r.principal })),
        lprs: input.lprs,
      });
      if (!result.ok) return { missingLprOn: result.missingLprOn };
      const segments = result.segments.map((s) => ({
        from: s.from,
        to: s.to,
        days: s.days,
        balance: s.balance.toFixed(2),
        lpr: s.lpr.toString(),
      }));
      return { base: result.base, details: { dayBasis: 360, segments } };
    }
    case SubsidyKind.INTEREST_PAID_SHARE: {
      const paid = repayments.filter((r) => inPeriod(r.on, period) && r.interest.gt(0));
      return {
        base: interestPaidBase(period, paid),
        details: { repayments: paid.map((r) => ({ on: r.on, interest: r.interest.toFixed(2) })) },
      };
    }
    case SubsidyKind.APPRAISAL_FEE:
    case SubsidyKind.INSURANCE_PREMIUM: {
      // One-off amounts, claimed in the quarter the loan was disbursed (decision 52).
      if (loan.facts === null || !inPeriod(loan.disbursedOn, period)) return null;
      const fee = kind === SubsidyKind.APPRAISAL_FEE ? loan.facts.appraisalFee : loan.facts.insurancePremium;
      return { base: fee, details: { reported: fee.toFixed(2), disbursedOn: loan.disbursedOn } };
    }
  }
}

/**
 * The loan's claims of every kind the city has a rule for in the quarter: base x share
 * (uplifted when insured or guaranteed), screened against the credit list. Loans the rule
 * does not reach (not first-time where required) and zero bases make no claim.
 */
export function computeLoanClaims(
  input: LoanClaimsInput,
): { ok: true; claims: ComputedClaim[] } | { ok: false; missingLprOn: IsoDate } {
  const claims: ComputedClaim[] = [];
  for (const [kind, rule] of input.rules) {
    if (rule.firstTimeOnly && !input.loan.firstTime) continue;
    const base = baseOf(kind, input);
    if (base === null) continue;
    if ('missingLprOn' in base) return { ok: false, missingLprOn: base.missingLprOn };
    if (!base.base.gt(0)) continue;
    const rate = shareFor(rule, input.loan.facts);
    claims.push({
      loanId: input.loan.loanId,
      borrowerPartyId: input.loan.borrowerPartyId,
      kind,
      base: base.base,
      rate,
      computed: claimAmount(base.base, rate),
      screening: screenBorrower(input.listed, rule.requireNotCreditListed, input.policy),
      details: base.details,
    });
  }
  return { ok: true, claims };
}
