import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  SAMPLE_LENDER_POLICY,
  recommendPledge,
  validateLenderPolicy,
  type LenderPolicy,
  type PledgeAssetKind,
  type PledgeRecommendationInput,
} from './pledge-recommendation.js';
import { expectInvalid } from './__test__/expect-invalid.js';

/** A tiered policy: 20 % from 5 years, 30 % from 10, 40 % from 15; 10 % haircut. */
const TIERED: LenderPolicy = {
  ltvCapByKind: { INVENTION: '0.35', UTILITY_MODEL: '0.2', DESIGN: '0', TRADEMARK: '0.5' },
  ltvCapByRemainingLife: [
    { minYears: 5, cap: '0.2' },
    { minYears: 10, cap: '0.3' },
    { minYears: 15, cap: '0.4' },
  ],
  haircut: '0.1',
  minRemainingLifeYears: 6,
};

const input = (overrides: Partial<PledgeRecommendationInput> = {}): PledgeRecommendationInput => ({
  appraisedValue: '10000000',
  kind: 'INVENTION',
  remainingLifeYears: 12,
  policy: SAMPLE_LENDER_POLICY,
  ...overrides,
});

describe('recommendPledge', () => {
  it.each<[PledgeAssetKind, string, string]>([
    ['INVENTION', '0.25', '2500000.00'],
    ['UTILITY_MODEL', '0.15', '1500000.00'],
    ['DESIGN', '0.15', '1500000.00'],
    ['TRADEMARK', '0.5', '5000000.00'],
  ])('lends on a %s at the sample bank cap of %s', (kind, ltv, loan) => {
    expect(recommendPledge(input({ kind }))).toMatchObject({
      eligible: true,
      reasons: [],
      appliedLtv: ltv,
      maxLoanAmount: loan,
    });
  });

  it.each<[number, PledgeAssetKind, string, string, number | null]>([
    [12, 'INVENTION', '0.3', '2700000.00', 10], // life tier 0.3 below the kind cap 0.35
    [16, 'INVENTION', '0.35', '3150000.00', 15], // kind cap 0.35 below the life tier 0.4
    [16, 'UTILITY_MODEL', '0.2', '1800000.00', 15],
    [7, 'TRADEMARK', '0.2', '1800000.00', 5],
  ])(
    'applies min(kind cap, life tier) with the haircut: %d years, %s',
    (remainingLifeYears, kind, ltv, loan, tierYears) => {
      const result = recommendPledge(input({ policy: TIERED, remainingLifeYears, kind }));
      expect(result).toMatchObject({ eligible: true, appliedLtv: ltv, maxLoanAmount: loan });
      expect(result.workings).toMatchObject({
        haircut: '0.1',
        lendableValue: '9000000.00',
        lifeTierMinYears: tierYears,
      });
    },
  );

  it('shows its workings', () => {
    const result = recommendPledge(input({ policy: TIERED, appraisedValue: '1234567.89' }));
    expect(result.workings).toEqual({
      appraisedValue: '1234567.89',
      haircut: '0.1',
      lendableValue: '1111111.10',
      kindCap: '0.35',
      lifeCap: '0.3',
      lifeTierMinYears: 10,
      potentialLoanAmount: '333333.33',
      formula: '1234567.89 x (1 - 0.1) x 0.3 = 333333.33 (rounded down)',
    });
  });

  it.each([
    ['100.03', '25.00'], // 25.0075
    ['100.07', '25.01'], // 25.0175 would round half-even up to 25.02
    ['0.03', '0.00'],
  ])('rounds a loan on %s down to %s', (appraisedValue, loan) => {
    expect(recommendPledge(input({ appraisedValue })).workings.potentialLoanAmount).toBe(loan);
  });

  it.each<[string, Partial<PledgeRecommendationInput>, string[]]>([
    ['a life below the minimum', { remainingLifeYears: 4.9 }, ['REMAINING_LIFE_TOO_SHORT']],
    ['an expired right', { remainingLifeYears: -1 }, ['REMAINING_LIFE_TOO_SHORT']],
    ['a kind capped at 0', { policy: TIERED, kind: 'DESIGN' }, ['KIND_NOT_ACCEPTED']],
    [
      'a life below every tier',
      { policy: { ...TIERED, minRemainingLifeYears: 0 }, remainingLifeYears: 3 },
      ['NO_LTV_TIER_FOR_REMAINING_LIFE'],
    ],
    [
      'a short life under a tiered policy',
      { policy: TIERED, remainingLifeYears: 3 },
      ['REMAINING_LIFE_TOO_SHORT', 'NO_LTV_TIER_FOR_REMAINING_LIFE'],
    ],
    ['a zero appraisal', { appraisedValue: '0' }, ['NO_LENDABLE_VALUE']],
    ['a full haircut', { policy: { ...SAMPLE_LENDER_POLICY, haircut: '1' } }, ['NO_LENDABLE_VALUE']],
    ['a loan under a cent', { appraisedValue: '0.03' }, ['NO_LENDABLE_VALUE']],
  ])('refuses %s', (_case, overrides, reasons) => {
    const result = recommendPledge(input(overrides));
    expect(result).toMatchObject({ eligible: false, reasons, maxLoanAmount: '0.00' });
  });

  it('accepts a life exactly at the minimum', () => {
    expect(recommendPledge(input({ remainingLifeYears: 5 })).eligible).toBe(true);
  });

  it('still shows the potential loan when refusing', () => {
    const result = recommendPledge(input({ remainingLifeYears: 2 }));
    expect(result).toMatchObject({ eligible: false, maxLoanAmount: '0.00', appliedLtv: '0.25' });
    expect(result.workings.potentialLoanAmount).toBe('2500000.00');
  });

  describe('input validation', () => {
    const tiers = TIERED.ltvCapByRemainingLife!;
    it.each<[string, Partial<PledgeRecommendationInput>, string]>([
      [
        'a cap above 1',
        {
          policy: { ...SAMPLE_LENDER_POLICY, ltvCapByKind: { ...SAMPLE_LENDER_POLICY.ltvCapByKind, TRADEMARK: '1.5' } },
        },
        'policy.ltvCapByKind.TRADEMARK',
      ],
      [
        'a negative cap',
        {
          policy: {
            ...SAMPLE_LENDER_POLICY,
            ltvCapByKind: { ...SAMPLE_LENDER_POLICY.ltvCapByKind, INVENTION: '-0.1' },
          },
        },
        'policy.ltvCapByKind.INVENTION',
      ],
      [
        'a missing cap',
        { policy: { ...SAMPLE_LENDER_POLICY, ltvCapByKind: { INVENTION: '0.2' } as LenderPolicy['ltvCapByKind'] } },
        'policy.ltvCapByKind.UTILITY_MODEL',
      ],
      ['a haircut above 1', { policy: { ...SAMPLE_LENDER_POLICY, haircut: '1.1' } }, 'policy.haircut'],
      [
        'a JS-number haircut',
        { policy: { ...SAMPLE_LENDER_POLICY, haircut: 0.1 as unknown as string } },
        'policy.haircut',
      ],
      [
        'a negative minimum life',
        { policy: { ...SAMPLE_LENDER_POLICY, minRemainingLifeYears: -1 } },
        'policy.minRemainingLifeYears',
      ],
      [
        'a NaN minimum life',
        { policy: { ...SAMPLE_LENDER_POLICY, minRemainingLifeYears: Number.NaN } },
        'policy.minRemainingLifeYears',
      ],
      ['an empty tier list', { policy: { ...TIERED, ltvCapByRemainingLife: [] } }, 'policy.ltvCapByRemainingLife'],
      [
        'tiers out of order',
        { policy: { ...TIERED, ltvCapByRemainingLife: [tiers[1]!, tiers[0]!] } },
        'policy.ltvCapByRemainingLife[1].minYears',
      ],
      [
        'a duplicate tier',
        { policy: { ...TIERED, ltvCapByRemainingLife: [tiers[0]!, tiers[0]!] } },
        'policy.ltvCapByRemainingLife[1].minYears',
      ],
      [
        'a cap falling with life',
        { policy: { ...TIERED, ltvCapByRemainingLife: [tiers[0]!, { minYears: 10, cap: '0.1' }] } },
        'policy.ltvCapByRemainingLife[1].cap',
      ],
      [
        'a tier cap above 1',
        { policy: { ...TIERED, ltvCapByRemainingLife: [{ minYears: 5, cap: '2' }] } },
        'policy.ltvCapByRemainingLife[0].cap',
      ],
      [
        'a negative tier',
        { policy: { ...TIERED, ltvCapByRemainingLife: [{ minYears: -1, cap: '0.2' }] } },
        'policy.ltvCapByRemainingLife[0].minYears',
      ],
      ['a negative appraisal', { appraisedValue: '-1' }, 'appraisedValue'],
      ['an unknown kind', { kind: 'COPYRIGHT' as PledgeAssetKind }, 'kind'],
      ['an infinite life', { remainingLifeYears: Number.POSITIVE_INFINITY }, 'remainingLifeYears'],
    ])('rejects %s', (_case, overrides, field) => {
      expectInvalid(() => recommendPledge(input(overrides)), field);
    });

    it('accepts the sample and tiered policies', () => {
      expect(() => validateLenderPolicy(SAMPLE_LENDER_POLICY)).not.toThrow();
      expect(() => validateLenderPolicy(TIERED)).not.toThrow();
    });
  });

  describe('properties', () => {
    const fraction = fc.integer({ min: 0, max: 10_000 }).map((bp) => new Decimal(bp).div(10_000).toString());
    const tierList = fc
      .uniqueArray(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 5 })
      .chain((years) =>
        fc.array(fraction, { minLength: years.length, maxLength: years.length }).map((caps) => ({ years, caps })),
      )
      .map(({ years, caps }) => {
        const sortedCaps = caps.map((c) => new Decimal(c)).sort((a, b) => a.comparedTo(b));
        return [...years].sort((a, b) => a - b).map((minYears, i) => ({ minYears, cap: sortedCaps[i]!.toString() }));
      });
    const policy: fc.Arbitrary<LenderPolicy> = fc.record({
      ltvCapByKind: fc.record({ INVENTION: fraction, UTILITY_MODEL: fraction, DESIGN: fraction, TRADEMARK: fraction }),
      ltvCapByRemainingLife: fc.option(tierList, { nil: undefined }),
      haircut: fraction,
      minRemainingLifeYears: fc.integer({ min: 0, max: 10 }),
    });
    const kind = fc.constantFrom<PledgeAssetKind>('INVENTION', 'UTILITY_MODEL', 'DESIGN', 'TRADEMARK');
    const appraised = fc.integer({ min: 0, max: 10_000_000_000 }).map((c) => new Decimal(c).div(100).toString());
    const life = fc.double({ min: -5, max: 30, noNaN: true });

    it('never lends more than appraised x cap, nor more than the haircut value allows', () => {
      fc.assert(
        fc.property(policy, kind, appraised, life, (p, k, value, years) => {
          const result = recommendPledge({ policy: p, kind: k, appraisedValue: value, remainingLifeYears: years });
          const loan = new Decimal(result.maxLoanAmount);
          expect(loan.lte(new Decimal(value).times(p.ltvCapByKind[k]))).toBe(true);
          expect(loan.lte(new Decimal(value).times(new Decimal(1).minus(p.haircut)).times(result.appliedLtv))).toBe(
            true,
          );
          expect(loan.gte(0)).toBe(true);
          expect(result.eligible).toBe(result.reasons.length === 0);
          expect(result.eligible || loan.isZero()).toBe(true);
          expect(!result.eligible || loan.gt(0)).toBe(true);
        }),
      );
    });

    it('never lowers the loan for a longer remaining life', () => {
      fc.assert(
        fc.property(
          policy,
          kind,
          appraised,
          life,
          fc.double({ min: 0, max: 20, noNaN: true }),
          (p, k, value, years, extra) => {
            const shorter = recommendPledge({ policy: p, kind: k, appraisedValue: value, remainingLifeYears: years });
            const longer = recommendPledge({
              policy: p,
              kind: k,
              appraisedValue: value,
              remainingLifeYears: years + extra,
            });
            expect(new Decimal(longer.maxLoanAmount).gte(shorter.maxLoanAmount)).toBe(true);
          },
        ),
      );
    });

    it('never raises the loan for a larger haircut', () => {
      fc.assert(
        fc.property(policy, kind, appraised, life, fraction, (p, k, value, years, haircut) => {
          const base = recommendPledge({ policy: p, kind: k, appraisedValue: value, remainingLifeYears: years });
          const bigger = Decimal.max(p.haircut, haircut).toString();
          const cut = recommendPledge({
            policy: { ...p, haircut: bigger },
            kind: k,
            appraisedValue: value,
            remainingLifeYears: years,
          });
          expect(new Decimal(cut.maxLoanAmount).lte(base.maxLoanAmount)).toBe(true);
        }),
      );
    });
  });
});
