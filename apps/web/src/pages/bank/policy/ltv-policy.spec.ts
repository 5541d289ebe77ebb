import { assessLtv, remainingYears, type PolicyTerms } from '@web/pages/bank/policy/ltv-policy';

const POLICY: PolicyTerms = {
  inventionLtvCap: '0.25',
  utilityModelLtvCap: '0.15',
  designLtvCap: '0',
  trademarkLtvCap: '0.5',
  haircut: '0.1',
  minRemainingLifeYears: 5,
  ltvCapByRemainingLife: [],
};
const invention = { id: 'a1', number: 'CN1', kind: 'INVENTION', remainingLifeDays: 3653, value: '1000000.10' };

describe('LTV against the lender policy', () => {
  it('sets the amount against the summed valuations and the policy, in exact decimals', () => {
    const utility = { id: 'a2', number: 'CN2', kind: 'UTILITY_MODEL', remainingLifeDays: 2922, value: '0.20' };
    const result = assessLtv('300000', [invention, utility], POLICY);
    expect(result.valuationTotal).toBe('1000000.3');
    expect(result.ltv).toBe('0.3000');
    // 1000000.10 x 0.9 x 0.25 = 225000.0225 -> 225000.02; 0.20 x 0.9 x 0.15 = 0.027 -> 0.02
    expect(result.assets.map((a) => a.maxLoan)).toEqual(['225000.02', '0.02']);
    expect(result.maxLoan).toBe('225000.04');
    expect(result.abovePolicy).toBe(true);
    expect(assessLtv('225000.04', [invention, utility], POLICY).abovePolicy).toBe(false);
  });

  it('lends nothing on a kind the policy refuses or below the minimum remaining life, and says why', () => {
    const design = { id: 'd', number: 'CN3', kind: 'DESIGN', remainingLifeDays: 4000, value: '500000' };
    const short = { ...invention, id: 's', number: 'CN4', remainingLifeDays: 1000 };
    const result = assessLtv('1', [design, short], POLICY);
    expect(result.maxLoan).toBe('0.00');
    expect(result.abovePolicy).toBe(true);
    expect(result.assets[0]!.problems).toEqual(['Your policy does not lend on this kind of right (CN3).']);
    expect(result.assets[1]!.problems).toEqual([
      'CN4 has 2.73 years of protection left; your policy asks for at least 5.',
    ]);
  });

  it('applies the remaining-life tier below the kind cap', () => {
    const tiered: PolicyTerms = {
      ...POLICY,
      haircut: '0',
      ltvCapByRemainingLife: [
        { minYears: 5, cap: '0.1' },
        { minYears: 10, cap: '0.3' },
      ],
    };
    const result = assessLtv('100', [{ ...invention, value: '1000', remainingLifeDays: 2000 }], tiered);
    expect(result.assets[0]!.cap).toBe('0.1');
    expect(result.maxLoan).toBe('100.00');
    expect(result.abovePolicy).toBe(false);
  });

  it('leaves what it cannot know as null: no valuation, no policy', () => {
    const unvalued = assessLtv('100', [{ ...invention, value: null }], POLICY);
    expect([unvalued.valuationTotal, unvalued.ltv, unvalued.maxLoan, unvalued.abovePolicy]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const noPolicy = assessLtv('250000', [invention], null);
    expect([noPolicy.ltv, noPolicy.maxLoan, noPolicy.abovePolicy]).toEqual(['0.2500', null, null]);
    expect(remainingYears(null)).toBeNull();
  });
});
