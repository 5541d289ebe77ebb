import { incomePeriodSentence, noteSentence, weightRows } from '@web/pages/sme/valuation-why';

describe('valuation why', () => {
  it('reads the reconciliation weights, leaving out rows of another shape', () => {
    expect(
      weightRows([
        {
          method: 'RELIEF_FROM_ROYALTY',
          value: '9000000.00',
          confidence: 'HIGH',
          weight: '0.600000',
          contribution: '5400000.00',
        },
        { method: 'COST', value: '3000000.00', weight: 0.4, contribution: '1200000.00' },
        null,
      ]),
    ).toEqual([
      {
        method: 'RELIEF_FROM_ROYALTY',
        value: '9000000.00',
        confidence: 'HIGH',
        weight: '0.600000',
        contribution: '5400000.00',
      },
    ]);
    expect(weightRows({ not: 'a list' })).toEqual([]);
  });

  it('says the income period and notes in words', () => {
    expect(incomePeriodSentence({ years: 8, cappedBy: 'ECONOMIC_LIFE' })).toBe(
      '8 years, limited by the remaining economic life',
    );
    expect(incomePeriodSentence({ years: 1, cappedBy: 'LEGAL_TERM' })).toBe(
      '1 year, limited by the remaining legal term',
    );
    expect(noteSentence('SINGLE_METHOD')).toMatch(/^Only one method/);
  });
});
