import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  SCENARIO_WEIGHTS,
  SCORECARD_INDICATORS,
  scorePatent,
  validateScorecardWeights,
  type ScorecardAssetAttributes,
  type ScorecardIndicator,
  type ScorecardInput,
  type ScorecardWeights,
} from './scorecard.js';
import { expectInvalid } from './__test__/expect-invalid.js';

const ALL_INDICATORS: ScorecardIndicator[] = [
  ...SCORECARD_INDICATORS.LEGAL,
  ...SCORECARD_INDICATORS.TECHNICAL,
  ...SCORECARD_INDICATORS.ECONOMIC,
];

function allAnswers(score: number): Partial<Record<ScorecardIndicator, number>> {
  return Object.fromEntries(ALL_INDICATORS.map((indicator) => [indicator, score]));
}

function indicator(result: ReturnType<typeof scorePatent>, name: ScorecardIndicator) {
  const found = result.indicators.find((entry) => entry.indicator === name);
  if (found === undefined) throw new Error(`missing ${name}`);
  return found;
}

function dimensionScore(
  result: ReturnType<typeof scorePatent>,
  dimension: 'LEGAL' | 'TECHNICAL' | 'ECONOMIC',
): Decimal {
  return new Decimal(result.dimensions.find((entry) => entry.dimension === dimension)!.score);
}

/** A well-documented invention a bank would like. */
const STRONG: ScorecardAssetAttributes = {
  remainingLifeYears: 14,
  claimsCount: 20,
  independentClaims: 3,
  forwardCitations: 12,
  familySize: 6,
  countries: 4,
  licencesGranted: 2,
  litigationCount: 1,
  invalidationPending: false,
  ownershipDispute: false,
  courtPreservation: false,
};

describe('scorePatent', () => {
  it('scores nothing known as the neutral midpoint with LOW confidence', () => {
    const result = scorePatent();
    expect(result).toMatchObject({
      scenario: 'PLEDGE_FINANCE',
      total: '50.00',
      grade: 'C',
      discountRatePremium: '0.04',
      confidence: 'LOW',
      defaultCount: 15,
      defaultWeightShare: '1.0000',
      riskFlags: [],
    });
    expect(result.indicators).toHaveLength(15);
    expect(result.indicators.every((entry) => entry.source === 'DEFAULT' && entry.score === '50.00')).toBe(true);
  });

  it('shows the dimension weights of each scenario', () => {
    expect(scorePatent().dimensions.map((d) => [d.dimension, d.weight])).toEqual([
      ['LEGAL', '0.45'],
      ['TECHNICAL', '0.25'],
      ['ECONOMIC', '0.3'],
    ]);
    expect(scorePatent({ scenario: 'TRANSFER' }).dimensions.map((d) => d.weight)).toEqual(['0.3', '0.35', '0.35']);
    expect(scorePatent({ scenario: 'LICENSING' }).dimensions.map((d) => d.weight)).toEqual(['0.3', '0.3', '0.4']);
  });

  it.each(Object.entries(SCENARIO_WEIGHTS))('ships valid %s weights', (_name, weights) => {
    expect(() => validateScorecardWeights(weights)).not.toThrow();
  });

  it.each([
    [0, '0.00'],
    [2, '20.00'],
    [5, '50.00'],
    [7.5, '65.00'],
    [10, '80.00'],
    [20, '100.00'],
    [35, '100.00'],
    [-2, '0.00'],
  ])('derives the remaining-life score of %d years as %s', (remainingLifeYears, score) => {
    const result = scorePatent({ attributes: { remainingLifeYears } });
    expect(indicator(result, 'REMAINING_LIFE')).toMatchObject({ score, source: 'DERIVED' });
  });

  it.each<[ScorecardAssetAttributes, ScorecardIndicator, string]>([
    [{ claimsCount: 10 }, 'SCOPE', '65.00'],
    [{ independentClaims: 2 }, 'SCOPE', '60.00'],
    [{ claimsCount: 10, independentClaims: 2 }, 'SCOPE', '63.00'], // 0.6 x 65 + 0.4 x 60
    [{ litigationCount: 0 }, 'INFRINGEMENT_DETECTABILITY', '50.00'],
    [{ litigationCount: 2 }, 'INFRINGEMENT_DETECTABILITY', '75.00'],
    [{ familySize: 5 }, 'FAMILY_COVERAGE', '70.00'],
    [{ familySize: 5, countries: 10 }, 'FAMILY_COVERAGE', '85.00'], // mean of 70 and 100
    [{ licencesGranted: 0 }, 'LICENSING', '30.00'],
    [{ licencesGranted: 4 }, 'LICENSING', '85.00'],
    [{ forwardCitations: 15 }, 'ADVANCEMENT', '82.50'],
    [{ forwardCitations: 500 }, 'ADVANCEMENT', '100.00'],
    [{ invalidationPending: false }, 'STABILITY', '80.00'],
  ])('derives %j as %s = %s', (attributes, name, score) => {
    expect(indicator(scorePatent({ attributes }), name)).toMatchObject({ score, source: 'DERIVED' });
  });

  it.each<[ScorecardAssetAttributes, string, string[]]>([
    [{ invalidationPending: true }, '30.00', ['INVALIDATION_PENDING']],
    [{ ownershipDispute: true }, '40.00', ['OWNERSHIP_DISPUTE']],
    [{ courtPreservation: true, invalidationPending: false }, '40.00', ['COURT_PRESERVATION']],
    [{ ownershipDispute: true, courtPreservation: true }, '30.00', ['OWNERSHIP_DISPUTE', 'COURT_PRESERVATION']],
    [
      { invalidationPending: true, ownershipDispute: true, courtPreservation: true },
      '10.00',
      ['INVALIDATION_PENDING', 'OWNERSHIP_DISPUTE', 'COURT_PRESERVATION'],
    ],
  ])('caps stability for %j at %s', (attributes, score, flags) => {
    const result = scorePatent({ attributes });
    expect(indicator(result, 'STABILITY')).toMatchObject({ score, cappedBy: flags });
    expect(result.riskFlags).toEqual(flags);
    expect(result.confidence).toBe('LOW');
  });

  it('lets analyst answers override derived scores, but not the risk-flag cap', () => {
    const result = scorePatent({
      attributes: { remainingLifeYears: 2, invalidationPending: true },
      analystScores: { REMAINING_LIFE: '90', STABILITY: 95, MARKET_SIZE: '72.5' },
    });
    expect(indicator(result, 'REMAINING_LIFE')).toMatchObject({ score: '90.00', source: 'ANALYST' });
    expect(indicator(result, 'MARKET_SIZE')).toMatchObject({ score: '72.50', source: 'ANALYST' });
    expect(indicator(result, 'STABILITY')).toMatchObject({
      score: '30.00',
      source: 'ANALYST',
      cappedBy: ['INVALIDATION_PENDING'],
    });
    expect(indicator(result, 'STABILITY').basis).toContain('capped at 30');
  });

  it('keeps a lower analyst stability below the cap as given', () => {
    const result = scorePatent({ attributes: { ownershipDispute: true }, analystScores: { STABILITY: 12 } });
    expect(indicator(result, 'STABILITY')).toMatchObject({ score: '12.00', source: 'ANALYST' });
  });

  it('computes the weighted total of a fully answered card', () => {
    // Legal 90, technical 70, economic 60 -> 0.45 x 90 + 0.25 x 70 + 0.30 x 60 = 76
    const answers = {
      ...Object.fromEntries(SCORECARD_INDICATORS.LEGAL.map((name) => [name, 90])),
      ...Object.fromEntries(SCORECARD_INDICATORS.TECHNICAL.map((name) => [name, 70])),
      ...Object.fromEntries(SCORECARD_INDICATORS.ECONOMIC.map((name) => [name, 60])),
    };
    const result = scorePatent({ analystScores: answers });
    expect(result).toMatchObject({
      total: '76.00',
      grade: 'B',
      discountRatePremium: '0.02',
      confidence: 'HIGH',
      defaultCount: 0,
    });
    expect(result.dimensions.map((d) => d.score)).toEqual(['90.00', '70.00', '60.00']);
    // The same answers weigh differently when licensing: 0.3 x 90 + 0.3 x 70 + 0.4 x 60 = 72
    expect(scorePatent({ scenario: 'LICENSING', analystScores: answers }).total).toBe('72.00');
  });

  it.each([
    [100, 'A', '0'],
    [80, 'A', '0'],
    [79.99, 'B', '0.02'],
    [65, 'B', '0.02'],
    [64.99, 'C', '0.04'],
    [50, 'C', '0.04'],
    [49.99, 'D', '0.06'],
    [0, 'D', '0.06'],
  ])('grades a uniform score of %d as %s with premium %s', (score, grade, premium) => {
    const result = scorePatent({ analystScores: allAnswers(score) });
    expect(result.total).toBe(new Decimal(score).toFixed(2));
    expect(result.grade).toBe(grade);
    expect(result.discountRatePremium).toBe(premium);
  });

  it('applies a lender premium table', () => {
    const result = scorePatent({
      analystScores: allAnswers(70),
      gradePremiums: { A: '0.01', B: '0.03', C: '0.05', D: '0.08' },
    });
    expect(result).toMatchObject({ grade: 'B', discountRatePremium: '0.03' });
  });

  it('scores a strong asset from its attributes and reports the defaults left', () => {
    const result = scorePatent({ attributes: STRONG });
    const sources = Object.fromEntries(result.indicators.map((entry) => [entry.indicator, entry.source]));
    expect(sources).toMatchObject({
      STABILITY: 'DERIVED',
      SCOPE: 'DERIVED',
      REMAINING_LIFE: 'DERIVED',
      DEPENDENCY: 'DEFAULT',
      ADVANCEMENT: 'DERIVED',
      MATURITY: 'DEFAULT',
      MARKET_SIZE: 'DEFAULT',
    });
    expect(result.defaultCount).toBe(8);
    // DEPENDENCY 0.45 x 0.10 + three technical 0.25 x 0.70 + all economic 0.30 = 0.52
    expect(result.defaultWeightShare).toBe('0.5200');
    expect(result.confidence).toBe('LOW');
    expect(new Decimal(dimensionScore(result, 'LEGAL')).gt(70)).toBe(true);
  });

  it.each<[string, Partial<Record<ScorecardIndicator, number>>, string]>([
    [
      'economic answers leave 4 defaults worth 0.22',
      { MARKET_SIZE: 70, MARKET_SHARE: 60, COMPETITION: 55, POLICY_FIT: 80 },
      'MEDIUM',
    ],
    [
      'all but DEPENDENCY answered',
      {
        MARKET_SIZE: 70,
        MARKET_SHARE: 60,
        COMPETITION: 55,
        POLICY_FIT: 80,
        MATURITY: 70,
        SUBSTITUTABILITY: 60,
        APPLICABILITY: 70,
      },
      'HIGH',
    ],
  ])('rates confidence when %s', (_case, analystScores, confidence) => {
    expect(scorePatent({ attributes: STRONG, analystScores }).confidence).toBe(confidence);
  });

  it('caps confidence at MEDIUM when four light indicators are DEFAULT', () => {
    const pledge = SCENARIO_WEIGHTS.PLEDGE_FINANCE;
    const weights: ScorecardWeights = {
      ...pledge,
      indicators: {
        ...pledge.indicators,
        STABILITY: '0.4',
        SCOPE: '0.2',
        REMAINING_LIFE: '0.2',
        DEPENDENCY: '0.05',
        INFRINGEMENT_DETECTABILITY: '0.05',
        FAMILY_COVERAGE: '0.05',
        LICENSING: '0.05',
      },
    };
    const answers = allAnswers(70);
    for (const name of ['DEPENDENCY', 'LICENSING', 'FAMILY_COVERAGE', 'INFRINGEMENT_DETECTABILITY'] as const)
      delete answers[name];
    const result = scorePatent({ weights, analystScores: answers });
    expect(result.defaultCount).toBe(4);
    expect(result.defaultWeightShare).toBe('0.0900'); // below the 15 % share threshold
    expect(result.confidence).toBe('MEDIUM');
  });

  it('uses custom weights and labels the result CUSTOM', () => {
    const weights: ScorecardWeights = {
      dimensions: { LEGAL: '1', TECHNICAL: '0', ECONOMIC: '0' },
      indicators: { ...SCENARIO_WEIGHTS.PLEDGE_FINANCE.indicators, STABILITY: '0', REMAINING_LIFE: '0.45' },
    };
    const result = scorePatent({ weights, attributes: { remainingLifeYears: 10 } });
    // 0.45 x 80 + 0.55 x 50
    expect(result).toMatchObject({ scenario: 'CUSTOM', total: '63.50' });
  });

  describe('input validation', () => {
    const pledge = SCENARIO_WEIGHTS.PLEDGE_FINANCE;
    it.each<[string, ScorecardInput, string]>([
      ['a negative count', { attributes: { claimsCount: -1 } }, 'attributes.claimsCount'],
      ['a fractional count', { attributes: { forwardCitations: 2.5 } }, 'attributes.forwardCitations'],
      ['a NaN life', { attributes: { remainingLifeYears: Number.NaN } }, 'attributes.remainingLifeYears'],
      [
        'more independent claims than claims',
        { attributes: { claimsCount: 2, independentClaims: 3 } },
        'attributes.independentClaims',
      ],
      [
        'a non-boolean flag',
        { attributes: { ownershipDispute: 'yes' as unknown as boolean } },
        'attributes.ownershipDispute',
      ],
      ['an analyst score above 100', { analystScores: { POLICY_FIT: 101 } }, 'analystScores.POLICY_FIT'],
      ['a negative analyst score', { analystScores: { SCOPE: '-1' } }, 'analystScores.SCOPE'],
      ['an infinite analyst score', { analystScores: { SCOPE: Number.POSITIVE_INFINITY } }, 'analystScores.SCOPE'],
      [
        'an unknown indicator',
        { analystScores: { BEAUTY: 80 } as Partial<Record<ScorecardIndicator, number>> },
        'analystScores.BEAUTY',
      ],
      ['an unknown scenario', { scenario: 'GIFT' as 'TRANSFER' }, 'scenario'],
      ['a scenario from the prototype', { scenario: 'toString' as 'TRANSFER' }, 'scenario'],
      [
        'dimension weights not summing to 1',
        { weights: { ...pledge, dimensions: { LEGAL: '0.5', TECHNICAL: '0.25', ECONOMIC: '0.30' } } },
        'weights.dimensions',
      ],
      [
        'legal weights not summing to 1',
        { weights: { ...pledge, indicators: { ...pledge.indicators, SCOPE: '0.2' } } },
        'weights.indicators.LEGAL',
      ],
      [
        'a weight above 1',
        { weights: { ...pledge, dimensions: { LEGAL: '1.2', TECHNICAL: '-0.2', ECONOMIC: '0' } } },
        'weights.dimensions.LEGAL',
      ],
      [
        'a missing weight',
        { weights: { ...pledge, indicators: { ...pledge.indicators, POLICY_FIT: undefined as unknown as string } } },
        'weights.indicators.POLICY_FIT',
      ],
      ['a premium above 1', { gradePremiums: { A: '0', B: '0.02', C: '0.04', D: '2' } }, 'gradePremiums.D'],
      [
        'premiums falling with the grade',
        { gradePremiums: { A: '0', B: '0.05', C: '0.04', D: '0.06' } },
        'gradePremiums.C',
      ],
    ])('rejects %s', (_case, input, field) => {
      expectInvalid(() => scorePatent(input), field);
    });
  });

  describe('properties', () => {
    const count = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });
    const flag = fc.option(fc.boolean(), { nil: undefined });
    const attributes: fc.Arbitrary<ScorecardAssetAttributes> = fc
      .record({
        remainingLifeYears: fc.option(fc.double({ min: -5, max: 40, noNaN: true }), { nil: undefined }),
        claimsCount: count(60),
        independentClaims: count(10),
        forwardCitations: count(200),
        familySize: count(40),
        countries: count(30),
        licencesGranted: count(20),
        litigationCount: count(10),
        invalidationPending: flag,
        ownershipDispute: flag,
        courtPreservation: flag,
      })
      .map((a) =>
        a.claimsCount !== undefined && a.independentClaims !== undefined
          ? { ...a, independentClaims: Math.min(a.claimsCount, a.independentClaims) }
          : a,
      );
    const answers = fc.dictionary(
      fc.constantFrom(...ALL_INDICATORS),
      fc.integer({ min: 0, max: 10_000 }).map((hundredths) => new Decimal(hundredths).div(100).toString()),
      {
        maxKeys: 15,
      },
    );
    const scenario = fc.constantFrom('PLEDGE_FINANCE' as const, 'TRANSFER' as const, 'LICENSING' as const);

    it('keeps every score and the total within [0, 100] and grades consistently', () => {
      fc.assert(
        fc.property(attributes, answers, scenario, (attrs, analystScores, scen) => {
          const result = scorePatent({ attributes: attrs, analystScores, scenario: scen });
          const total = new Decimal(result.total);
          expect(total.gte(0) && total.lte(100)).toBe(true);
          for (const entry of [...result.indicators, ...result.dimensions]) {
            expect(new Decimal(entry.score).gte(0) && new Decimal(entry.score).lte(100)).toBe(true);
          }
          const expectedGrade = total.gte(80) ? 'A' : total.gte(65) ? 'B' : total.gte(50) ? 'C' : 'D';
          expect(result.grade).toBe(expectedGrade);
        }),
      );
    });

    it('never lowers the legal score (or the total) for more remaining life', () => {
      fc.assert(
        fc.property(
          attributes,
          answers,
          scenario,
          fc.double({ min: -5, max: 40, noNaN: true }),
          fc.double({ min: 0, max: 30, noNaN: true }),
          (attrs, analystScores, scen, life, extra) => {
            const shorter = scorePatent({
              attributes: { ...attrs, remainingLifeYears: life },
              analystScores,
              scenario: scen,
            });
            const longer = scorePatent({
              attributes: { ...attrs, remainingLifeYears: life + extra },
              analystScores,
              scenario: scen,
            });
            expect(dimensionScore(longer, 'LEGAL').gte(dimensionScore(shorter, 'LEGAL'))).toBe(true);
            expect(new Decimal(longer.total).gte(shorter.total)).toBe(true);
          },
        ),
      );
    });

    it('never raises the total when a risk flag is raised', () => {
      const riskFlag = fc.constantFrom(
        'invalidationPending' as const,
        'ownershipDispute' as const,
        'courtPreservation' as const,
      );
      fc.assert(
        fc.property(attributes, answers, scenario, riskFlag, (attrs, analystScores, scen, name) => {
          const before = scorePatent({ attributes: attrs, analystScores, scenario: scen });
          const after = scorePatent({ attributes: { ...attrs, [name]: true }, analystScores, scenario: scen });
          expect(new Decimal(after.total).lte(before.total)).toBe(true);
          expect(after.confidence).toBe('LOW');
        }),
      );
    });

    it('never lowers a derived indicator for more claims, citations, family, licences or suits', () => {
      const key = fc.constantFrom(
        'claimsCount' as const,
        'forwardCitations' as const,
        'familySize' as const,
        'countries' as const,
        'licencesGranted' as const,
        'litigationCount' as const,
      );
      fc.assert(
        fc.property(
          attributes,
          key,
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 0, max: 100 }),
          (attrs, name, value, extra) => {
            const low = scorePatent({ attributes: { ...attrs, independentClaims: undefined, [name]: value } });
            const high = scorePatent({ attributes: { ...attrs, independentClaims: undefined, [name]: value + extra } });
            expect(new Decimal(high.total).gte(low.total)).toBe(true);
          },
        ),
      );
    });
  });
});
