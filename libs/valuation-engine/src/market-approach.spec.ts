import fc from 'fast-check';
import { Decimal } from '@app/money';
import { marketApproach, type Comparable, type MarketApproachInput } from './market-approach.js';
import { ValuationInputError } from './valuation-input.js';

function expectInvalid(input: unknown, field: string): void {
  let error: unknown;
  try {
    marketApproach(input as MarketApproachInput);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValuationInputError);
  expect((error as ValuationInputError).code).toBe('INVALID_INPUT');
  expect((error as ValuationInputError).field).toBe(field);
}

const NEUTRAL = { technical: '1', economic: '1', legal: '1', time: '1' };

const A: Comparable = {
  reference: 'deal A',
  price: '1000000',
  adjustments: { technical: '1.1', economic: '0.95', legal: '1', time: '1.05' },
};
const B: Comparable = {
  reference: 'deal B',
  price: '800000',
  adjustments: { technical: '1.2', economic: '1', legal: '0.9', time: '1.1' },
};
const C: Comparable = { price: '1200000', adjustments: { ...NEUTRAL, technical: '0.9' } };

const TEXTBOOK: MarketApproachInput = { comparables: [A, B, C], currency: 'CNY' };

/** Comparables priced as given, without adjustment. */
function plain(prices: readonly string[]): Comparable[] {
  return prices.map((price) => ({ price, adjustments: NEUTRAL }));
}

const factor = fc.integer({ min: 1, max: 1000 }).map((n) => new Decimal(n).div(100).toString());
const comparable = fc.record({
  price: fc.integer({ min: 1, max: 10_000_000_000 }).map((n) => new Decimal(n).div(100).toString()),
  adjustments: fc.record({ technical: factor, economic: factor, legal: factor, time: factor }),
});

describe('marketApproach', () => {
  it('adjusts each comparable and averages them to the cent', () => {
    // A: 1000000 x 1.1 x 0.95 x 1 x 1.05 = 1000000 x 1.09725 = 1097250
    // B:  800000 x 1.2 x 1 x 0.9 x 1.1   =  800000 x 1.188   =  950400
    // C: 1200000 x 0.9                   =                     1080000
    // mean = 3127650 / 3 = 1042550
    // deviations 54700, -92150, 37450; squares 2992090000 + 8491622500 + 1402502500 = 12886215000
    // sample sd = sqrt(12886215000 / 2) = sqrt(6443107500) = 80268.97; CV = 80268.97 / 1042550 = 0.0770
    const result = marketApproach(TEXTBOOK);

    expect(result).toMatchObject({
      method: 'MARKET',
      currency: 'CNY',
      value: '1042550.00',
      unroundedValue: '1042550',
      weighted: false,
      confidence: 'MEDIUM',
    });
    expect(result.comparables).toEqual([
      { reference: 'deal A', price: '1000000', combinedFactor: '1.09725', adjustedPrice: '1097250', weight: '1' },
      { reference: 'deal B', price: '800000', combinedFactor: '1.188', adjustedPrice: '950400', weight: '1' },
      { reference: null, price: '1200000', combinedFactor: '0.9', adjustedPrice: '1080000', weight: '1' },
    ]);
    expect(result.statistics).toMatchObject({ count: 3, mean: '1042550', min: '950400', max: '1097250' });
    expect(new Decimal(result.statistics.standardDeviation!).toFixed(2)).toBe('80268.97');
    expect(new Decimal(result.statistics.coefficientOfVariation!).toFixed(4)).toBe('0.0770');
    expect(result.confidenceNote).toMatch(/scarce/);
  });

  it('weights the comparables when asked', () => {
    // (2 x 1097250 + 950400 + 1080000) / 4 = 4224900 / 4 = 1056225
    const result = marketApproach({
      ...TEXTBOOK,
      comparables: [
        { ...A, weight: '2' },
        { ...B, weight: '1' },
        { ...C, weight: '1' },
      ],
    });
    expect(result).toMatchObject({ value: '1056225.00', weighted: true });
    expect(result.statistics.mean).toBe('1042550'); // the dispersion ignores the weights
    expect(result.comparables.map((c) => c.weight)).toEqual(['2', '1', '1']);
  });

  it('lets a zero weight drop a comparable from the value', () => {
    const result = marketApproach({
      ...TEXTBOOK,
      comparables: [
        { ...A, weight: '1' },
        { ...B, weight: '0' },
        { ...C, weight: '1' },
      ],
    });
    // (1097250 + 1080000) / 2 = 1088625
    expect(result.value).toBe('1088625.00');
  });

  it.each<[string, string[], 'LOW' | 'MEDIUM' | 'HIGH', RegExp]>([
    ['one comparable', ['100'], 'LOW', /Only 1 comparable \(/],
    ['two comparables', ['100', '110'], 'LOW', /Only 2 comparables/],
    ['three that agree', ['100', '110', '90'], 'MEDIUM', /3 comparables/],
    ['five that agree', ['100', '110', '90', '105', '95'], 'MEDIUM', /5 comparables/],
    ['six that agree', ['100', '110', '90', '105', '95', '100'], 'HIGH', /6 consistent/],
    // mean 400, sd = sqrt((300^2 x 5 + 1500^2) / 5) = sqrt(540000) = 734.8; CV 1.84
    ['six that disagree', ['100', '100', '100', '100', '100', '1900'], 'LOW', /disagree/],
    // 100, 300, 100: mean 166.67, sd 115.47, CV 0.69
    ['three that disagree', ['100', '300', '100'], 'LOW', /disagree/],
  ])('confidence with %s is %s', (_label, prices, confidence, reason) => {
    const result = marketApproach({ ...TEXTBOOK, comparables: plain(prices) });
    expect(result.confidence).toBe(confidence);
    expect(result.confidenceNote).toMatch(reason);
    expect(result.confidenceNote).toMatch(/Licence and sale prices of IP are scarce/);
  });

  it('reports no dispersion for a single comparable', () => {
    expect(marketApproach({ ...TEXTBOOK, comparables: plain(['100']) }).statistics).toMatchObject({
      standardDeviation: null,
      coefficientOfVariation: null,
    });
  });

  describe('rejects invalid input', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['no comparables', { comparables: [] }, 'comparables'],
      ['comparables that are not a list', { comparables: A }, 'comparables'],
      ['a comparable that is not an object', { comparables: [A, '5'] }, 'comparables[1]'],
      ['a zero price', { comparables: [A, { ...B, price: '0' }] }, 'comparables[1].price'],
      ['a NaN price', { comparables: [{ ...A, price: 'NaN' }] }, 'comparables[0].price'],
      ['a price as a JS number', { comparables: [{ ...A, price: 1000 }] }, 'comparables[0].price'],
      ['an overflowing price', { comparables: [{ ...A, price: '1e309' }] }, 'comparables[0].price'],
      ['missing adjustments', { comparables: [{ price: '1' }] }, 'comparables[0].adjustments'],
      [
        'a zero factor',
        { comparables: [A, B, { ...C, adjustments: { ...NEUTRAL, time: '0' } }] },
        'comparables[2].adjustments.time',
      ],
      [
        'a negative factor',
        { comparables: [{ ...A, adjustments: { ...NEUTRAL, legal: '-1.1' } }] },
        'comparables[0].adjustments.legal',
      ],
      [
        'a factor typed as a percentage',
        { comparables: [{ ...A, adjustments: { ...NEUTRAL, technical: '110' } }] },
        'comparables[0].adjustments.technical',
      ],
      [
        'a missing factor',
        { comparables: [{ ...A, adjustments: { technical: '1', economic: '1', legal: '1' } }] },
        'comparables[0].adjustments.time',
      ],
      ['weights on some comparables only', { comparables: [{ ...A, weight: '1' }, B] }, 'comparables[1].weight'],
      ['a negative weight', { comparables: [{ ...A, weight: '-1' }] }, 'comparables[0].weight'],
      [
        'weights that are all zero',
        {
          comparables: [
            { ...A, weight: '0' },
            { ...B, weight: '0' },
          ],
        },
        'comparables',
      ],
      ['a non-string reference', { comparables: [{ ...A, reference: 5 }] }, 'comparables[0].reference'],
      ['a bad currency', { currency: 'usd' }, 'currency'],
    ])('%s', (_label, overrides, field) => {
      expectInvalid({ ...TEXTBOOK, ...overrides }, field);
    });
  });

  describe('properties', () => {
    it('the value lies between the smallest and largest adjusted price, weighted or not', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(comparable, fc.integer({ min: 1, max: 100 })), { minLength: 1, maxLength: 12 }),
          fc.boolean(),
          (entries, weighted) => {
            const comparables = entries.map(([c, w]) => (weighted ? { ...c, weight: String(w) } : c));
            const result = marketApproach({ comparables, currency: 'CNY' });
            const value = new Decimal(result.unroundedValue);
            expect(value.gte(result.statistics.min) && value.lte(result.statistics.max)).toBe(true);
          },
        ),
      );
    });

    it('scaling every price scales the value and leaves the CV and confidence unchanged', () => {
      fc.assert(
        fc.property(
          fc.array(comparable, { minLength: 1, maxLength: 12 }),
          fc.integer({ min: 2, max: 1000 }),
          (comparables, k) => {
            const base = marketApproach({ comparables, currency: 'CNY' });
            const scaled = marketApproach({
              comparables: comparables.map((c) => ({ ...c, price: new Decimal(c.price).times(k).toString() })),
              currency: 'CNY',
            });
            const expected = new Decimal(base.unroundedValue).times(k);
            expect(new Decimal(scaled.unroundedValue).minus(expected).abs().lte(expected.times('1e-35'))).toBe(true);
            expect(scaled.confidence).toBe(base.confidence);
            if (base.statistics.coefficientOfVariation !== null) {
              const cv = new Decimal(base.statistics.coefficientOfVariation);
              expect(new Decimal(scaled.statistics.coefficientOfVariation!).minus(cv).abs().lte('1e-30')).toBe(true);
            }
          },
        ),
      );
    });

    it('confidence follows the count and CV rules', () => {
      fc.assert(
        fc.property(fc.array(comparable, { minLength: 1, maxLength: 12 }), (comparables) => {
          const { confidence, statistics } = marketApproach({ comparables, currency: 'CNY' });
          const cv = statistics.coefficientOfVariation === null ? null : new Decimal(statistics.coefficientOfVariation);
          const expected = statistics.count < 3 || cv!.gt('0.5') ? 'LOW' : statistics.count <= 5 ? 'MEDIUM' : 'HIGH';
          expect(confidence).toBe(expected);
        }),
      );
    });
  });
});
