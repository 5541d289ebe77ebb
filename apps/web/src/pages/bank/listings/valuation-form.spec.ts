import { checkValuationDraft, INITIAL_VALUATION, toAssumptions } from '@web/pages/bank/listings/valuation-form';

describe('the "Value now" form', () => {
  it('maps percentages to fractions in the string, never through a float', () => {
    const draft = { ...INITIAL_VALUATION, baseRevenue: '30000000', growthPercent: '-2.5', royaltyPercent: '4.35' };
    expect(checkValuationDraft(draft)).toEqual({});
    expect(toAssumptions(draft, 'CNY')).toEqual({
      currency: 'CNY',
      economicLifeYears: 10,
      taxRate: '0.25',
      discountRate: '0.11',
      reliefFromRoyalty: {
        royaltyRate: '0.0435',
        projection: { baseRevenue: '30000000', growthRate: '-0.025', years: 10 },
      },
    });
  });

  it('names every field that cannot be sent, in a sentence', () => {
    expect(
      checkValuationDraft({
        baseRevenue: '0',
        growthPercent: 'fast',
        years: '0',
        royaltyPercent: '101',
        discountPercent: '',
        taxPercent: '25',
        economicLifeYears: '0',
      }),
    ).toEqual({
      baseRevenue: 'Enter the first year revenue as a number above zero, such as 30000000.',
      growthPercent: 'Enter the yearly growth in per cent, such as 5.',
      years: 'Project 1 to 50 years of revenue.',
      royaltyPercent: 'Enter the royalty rate in per cent, from 0 to 100.',
      discountPercent: 'Enter the discount rate in per cent, from 0 to 100.',
      economicLifeYears: 'Enter the economic life in years, more than 0 and at most 50.',
    });
  });
});
