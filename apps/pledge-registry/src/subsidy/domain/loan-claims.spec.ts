import { Decimal } from '@app/money';
import { computeLoanClaims, type LoanClaimsInput, type RuleTerms } from '@registry/subsidy/domain/loan-claims.js';
import { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import { quarterPeriod } from '@registry/subsidy/domain/subsidy-period.js';
import { SubsidyScreening } from '@registry/subsidy/domain/subsidy-rules.js';

const d = (v: string | number): Decimal => new Decimal(v);
const terms = (overrides: Partial<RuleTerms> = {}): RuleTerms => ({
  share: d('0.5'),
  upliftedShare: null,
  firstTimeOnly: false,
  requireNotCreditListed: false,
  ...overrides,
});

function input(overrides: Partial<LoanClaimsInput> = {}): LoanClaimsInput {
  return {
    period: quarterPeriod(2024, 3),
    loan: {
      loanId: 'loan',
      borrowerPartyId: 'firm',
      principal: d('1000000'),
      disbursedOn: '2024-08-01',
      closedOn: null,
      firstTime: true,
      facts: { insured: true, guaranteed: false, insurancePremium: d('2000'), appraisalFee: d('30000') },
    },
    repayments: [{ on: '2024-09-01', principal: d('0'), interest: d('8000') }],
    lprs: [{ from: '2024-07-22', rate: d('0.0335') }],
    rules: new Map([
      [SubsidyKind.APPRAISAL_FEE, terms()],
      [SubsidyKind.INSURANCE_PREMIUM, terms()],
      [SubsidyKind.INTEREST_PAID_SHARE, terms({ share: d('0.4') })],
    ]),
    listed: false,
    policy: 'BLOCK',
    ...overrides,
  };
}

const summary = (result: ReturnType<typeof computeLoanClaims>) =>
  result.ok ? result.claims.map((c) => [c.kind, c.base.toFixed(2), c.computed.toFixed(2), c.screening]) : result;

describe('computeLoanClaims', () => {
  it('claims each kind the city has a rule for; fees in the disbursement quarter', () => {
    expect(summary(computeLoanClaims(input()))).toEqual([
      [SubsidyKind.APPRAISAL_FEE, '30000.00', '15000.00', SubsidyScreening.CLEAR],
      [SubsidyKind.INSURANCE_PREMIUM, '2000.00', '1000.00', SubsidyScreening.CLEAR],
      [SubsidyKind.INTEREST_PAID_SHARE, '8000.00', '3200.00', SubsidyScreening.CLEAR],
    ]);
  });

  it('claims no fee outside the disbursement quarter and nothing on a zero base', () => {
    const later = input({ period: quarterPeriod(2024, 4) });
    expect(summary(computeLoanClaims(later))).toEqual([]);
  });

  it('leaves out a loan that is not first-time where the rule requires it', () => {
    const rules = new Map([[SubsidyKind.APPRAISAL_FEE, terms({ firstTimeOnly: true })]]);
    const loan = { ...input().loan, firstTime: false };
    expect(summary(computeLoanClaims(input({ rules, loan })))).toEqual([]);
  });

  it('screens a listed borrower by policy, or blocks it when the rule requires an unlisted one', () => {
    const rules = new Map([
      [SubsidyKind.APPRAISAL_FEE, terms()],
      [SubsidyKind.INSURANCE_PREMIUM, terms({ requireNotCreditListed: true })],
    ]);
    expect(summary(computeLoanClaims(input({ rules, listed: true, policy: 'MANUAL_REVIEW' })))).toEqual([
      [SubsidyKind.APPRAISAL_FEE, '30000.00', '15000.00', SubsidyScreening.LISTED_REVIEW],
      [SubsidyKind.INSURANCE_PREMIUM, '2000.00', '1000.00', SubsidyScreening.LISTED_BLOCKED],
    ]);
  });

  it('applies the uplifted share to an insured loan and reports a missing LPR', () => {
    const rules = new Map([[SubsidyKind.INTEREST_LPR_SHARE, terms({ share: d('0.2'), upliftedShare: d('0.5') })]]);
    // 1,000,000 x 3.35 % x 61 days / 360 = 5,676.39; x 50 %.
    expect(summary(computeLoanClaims(input({ rules })))).toEqual([
      [SubsidyKind.INTEREST_LPR_SHARE, '5676.39', '2838.20', SubsidyScreening.CLEAR],
    ]);
    expect(computeLoanClaims(input({ rules, lprs: [] }))).toEqual({ ok: false, missingLprOn: '2024-08-01' });
  });
});
