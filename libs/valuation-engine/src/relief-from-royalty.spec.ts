import fc from 'fast-check';
import { Decimal } from '@app/money';
import { reliefFromRoyalty, type ReliefFromRoyaltyInput } from './relief-from-royalty.js';
import { ValuationInputError } from './valuation-input.js';

/** The textbook case: revenue growing 10 % a year, 5 % royalty, 25 % tax, 10 % discount rate. */
const TEXTBOOK: ReliefFromRoyaltyInput = {
  revenues: ['1000', '1100', '1210'],
  royaltyRate: '0.05',
  taxRate: '0.25',
  discountRate: '0.10',
  remainingLegalYears: 12.4,
  economicLifeYears: 8,
  currency: 'CNY',
};

function value(overrides: Partial<ReliefFromRoyaltyInput>): Decimal {
  return new Decimal(reliefFromRoyalty({ ...TEXTBOOK, ...overrides }).unroundedValue);
}

function expectInvalid(input: ReliefFromRoyaltyInput, field: string): void {
  let error: unknown;
  try {
    reliefFromRoyalty(input);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValuationInputError);
  expect((error as ValuationInputError).code).toBe('INVALID_INPUT');
  expect((error as ValuationInputError).field).toBe(field);
}

const centsAmount = fc.integer({ min: 0, max: 100_000_000_000 }).map((cents) => new Decimal(cents).div(100).toString());
const positiveCentsAmount = fc
  .integer({ min: 1, max: 100_000_000_000 })
  .map((cents) => new Decimal(cents).div(100).toString());
/** Non-empty streams whose first year is positive, so there is something to value. */
const revenueStream = fc
  .tuple(positiveCentsAmount, fc.array(centsAmount, { maxLength: 25 }))
  .map(([first, rest]) => [first, ...rest]);
const basisPoints = (min: number, max: number) =>
  fc.integer({ min, max }).map((bp) => new Decimal(bp).div(10_000).toString());
/** Lives from 0.01 to 40 years, fractions included so that flooring is exercised. */
const life = fc.integer({ min: 1, max: 4000 }).map((hundredths) => hundredths / 100);

describe('reliefFromRoyalty', () => {
  it('values the textbook case to the cent', () => {
    const result = reliefFromRoyalty(TEXTBOOK);

    expect(result).toMatchObject({
      method: 'RELIEF_FROM_ROYALTY',
      currency: 'CNY',
      value: '102.27',
      incomePeriod: { years: 8, cappedBy: 'ECONOMIC_LIFE' },
    });
    expect(result.years).toEqual([
      { year: 1, revenue: '1000', benefit: '37.5', discountFactor: '0.9090909091', presentValue: '34.09' },
      { year: 2, revenue: '1100', benefit: '41.25', discountFactor: '0.8264462810', presentValue: '34.09' },
      { year: 3, revenue: '1210', benefit: '45.375', discountFactor: '0.7513148009', presentValue: '34.09' },
    ]);
    // Each year is worth 375/11 = 34.0909..., so the total is 1125/11 = 102.272727...
    expect(new Decimal(result.unroundedValue).minus(new Decimal(1125).div(11)).abs().lt('1e-35')).toBe(true);
  });

  it('generates base * (1 + g)^t for t = 1..n from a projection', () => {
    const result = reliefFromRoyalty({ ...TEXTBOOK, revenues: { baseRevenue: '1000', growthRate: '0.1', years: 3 } });

    expect(result.years.map((y) => y.revenue)).toEqual(['1100', '1210', '1331']);
    const explicit = reliefFromRoyalty({ ...TEXTBOOK, revenues: ['1100', '1210', '1331'] });
    expect(result.unroundedValue).toBe(explicit.unroundedValue);
    // 1.1 * 102.2727... = 112.50
    expect(result.value).toBe('112.50');
  });

  it('accepts Decimal instances as well as strings', () => {
    const result = reliefFromRoyalty({
      ...TEXTBOOK,
      revenues: [new Decimal('1000'), new Decimal('1100'), new Decimal('1210')],
      royaltyRate: new Decimal('0.05'),
    });
    expect(result.value).toBe('102.27');
  });

  it.each([
    // [remainingLegalYears, economicLifeYears, valued years, cappedBy]
    [2.9, 10, 2, 'LEGAL_TERM'],
    [10, 2.9, 2, 'ECONOMIC_LIFE'],
    [4, 4, 4, 'LEGAL_TERM'],
    [0.5, 10, 0, 'LEGAL_TERM'], // less than one whole year left
    [30, 40, 5, 'LEGAL_TERM'], // the stream runs out first
  ])(
    'legal %d / economic %d values %i years, capped by %s',
    (remainingLegalYears, economicLifeYears, count, cappedBy) => {
      const revenues = ['100', '100', '100', '100', '100'];
      const result = reliefFromRoyalty({ ...TEXTBOOK, revenues, remainingLegalYears, economicLifeYears });

      expect(result.years.map((y) => y.year)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(result.incomePeriod).toEqual({
        years: Math.floor(Math.min(remainingLegalYears, economicLifeYears)),
        cappedBy,
      });
    },
  );

  it('values nothing when less than a whole year is left', () => {
    expect(reliefFromRoyalty({ ...TEXTBOOK, remainingLegalYears: 0.99 })).toMatchObject({
      value: '0.00',
      unroundedValue: '0',
      years: [],
    });
  });

  it('truncates a projection to the income period', () => {
    const result = reliefFromRoyalty({
      ...TEXTBOOK,
      revenues: { baseRevenue: '1000', growthRate: '0', years: 50 },
      remainingLegalYears: 3,
    });
    expect(result.years).toHaveLength(3);
  });

  it.each([
    [
      ['100', '0', '100', '100'],
      [1, 2],
    ],
    [['0', '100'], [1]],
    [
      ['100', '100', '0'],
      [1, 2, 3],
    ],
  ])('stops after the first zero revenue in %j', (revenues, valuedYears) => {
    const result = reliefFromRoyalty({ ...TEXTBOOK, revenues, discountRate: '0', royaltyRate: '1', taxRate: '0' });

    expect(result.years.map((y) => y.year)).toEqual(valuedYears);
    const expected = revenues.slice(0, valuedYears.length).reduce((sum, r) => sum.plus(r), new Decimal(0));
    expect(result.value).toBe(expected.toFixed(2));
  });

  it.each(['-1', '-1.0'])('stops a projection with growth %s after year 1, whose revenue is zero', (growthRate) => {
    const result = reliefFromRoyalty({ ...TEXTBOOK, revenues: { baseRevenue: '1000', growthRate, years: 5 } });
    expect(result.years).toHaveLength(1);
    expect(result.value).toBe('0.00');
  });

  it('stops a zero-base projection after year 1', () => {
    const result = reliefFromRoyalty({ ...TEXTBOOK, revenues: { baseRevenue: '0', growthRate: '0.5', years: 5 } });
    expect(result.years).toEqual([
      { year: 1, revenue: '0', benefit: '0', discountFactor: '0.9090909091', presentValue: '0.00' },
    ]);
  });

  it.each([
    ['0.125', '0.12'],
    ['0.135', '0.14'],
    ['0.145', '0.14'],
    ['0.1251', '0.13'],
  ])('rounds a value of %s half to even: %s', (revenue, rounded) => {
    const result = reliefFromRoyalty({
      ...TEXTBOOK,
      revenues: [revenue],
      discountRate: '0',
      royaltyRate: '1',
      taxRate: '0',
    });
    expect(result.unroundedValue).toBe(revenue);
    expect(result.value).toBe(rounded);
    expect(result.years[0]?.presentValue).toBe(rounded);
  });

  it('accepts the boundary rates royalty 0 and 1, tax 0, and a negative discount rate above -1', () => {
    expect(reliefFromRoyalty({ ...TEXTBOOK, royaltyRate: '0' }).value).toBe('0.00');
    expect(
      reliefFromRoyalty({ ...TEXTBOOK, revenues: ['100'], royaltyRate: '1', taxRate: '0', discountRate: '-0.5' }).value,
    ).toBe('200.00');
  });

  describe('rejects invalid input', () => {
    it.each<[string, Partial<ReliefFromRoyaltyInput>, string]>([
      ['discount rate of -1', { discountRate: '-1' }, 'discountRate'],
      ['discount rate below -1', { discountRate: '-1.5' }, 'discountRate'],
      ['infinite discount rate', { discountRate: 'Infinity' }, 'discountRate'],
      ['negative royalty rate', { royaltyRate: '-0.01' }, 'royaltyRate'],
      ['royalty rate above 1', { royaltyRate: '1.01' }, 'royaltyRate'],
      ['NaN royalty rate', { royaltyRate: 'NaN' }, 'royaltyRate'],
      ['royalty rate as a JS number', { royaltyRate: 0.05 as unknown as string }, 'royaltyRate'],
      ['negative tax rate', { taxRate: '-0.1' }, 'taxRate'],
      ['tax rate of 1', { taxRate: '1' }, 'taxRate'],
      ['overflowing tax rate', { taxRate: '1e309' }, 'taxRate'],
      ['zero legal term', { remainingLegalYears: 0 }, 'remainingLegalYears'],
      ['negative legal term', { remainingLegalYears: -2 }, 'remainingLegalYears'],
      ['NaN legal term', { remainingLegalYears: Number.NaN }, 'remainingLegalYears'],
      ['infinite legal term', { remainingLegalYears: Number.POSITIVE_INFINITY }, 'remainingLegalYears'],
      ['zero economic life', { economicLifeYears: 0 }, 'economicLifeYears'],
      ['infinite economic life', { economicLifeYears: Number.POSITIVE_INFINITY }, 'economicLifeYears'],
      ['empty stream', { revenues: [] }, 'revenues'],
      ['negative revenue', { revenues: ['1', '2', '3', '-4'] }, 'revenues[3]'],
      [
        'negative revenue beyond the income period',
        { revenues: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '-10'] },
        'revenues[9]',
      ],
      ['NaN revenue', { revenues: ['1', 'NaN'] }, 'revenues[1]'],
      ['overflowing revenue', { revenues: ['1e309'] }, 'revenues[0]'],
      ['infinite revenue', { revenues: ['Infinity'] }, 'revenues[0]'],
      ['hexadecimal revenue', { revenues: ['0x10'] }, 'revenues[0]'],
      ['missing revenues', { revenues: null as unknown as string[] }, 'revenues'],
      ['negative base revenue', { revenues: { baseRevenue: '-1', growthRate: '0', years: 3 } }, 'revenues.baseRevenue'],
      ['growth below -100 %', { revenues: { baseRevenue: '1', growthRate: '-1.01', years: 3 } }, 'revenues.growthRate'],
      ['NaN growth', { revenues: { baseRevenue: '1', growthRate: 'NaN', years: 3 } }, 'revenues.growthRate'],
      ['zero projection years', { revenues: { baseRevenue: '1', growthRate: '0', years: 0 } }, 'revenues.years'],
      [
        'fractional projection years',
        { revenues: { baseRevenue: '1', growthRate: '0', years: 1.5 } },
        'revenues.years',
      ],
      ['too many projection years', { revenues: { baseRevenue: '1', growthRate: '0', years: 1001 } }, 'revenues.years'],
      ['lower-case currency', { currency: 'cny' }, 'currency'],
      ['short currency', { currency: 'CN' }, 'currency'],
    ])('%s', (_label, overrides, field) => {
      expectInvalid({ ...TEXTBOOK, ...overrides }, field);
    });
  });

  describe('properties', () => {
    it('value never rises as the discount rate rises', () => {
      fc.assert(
        fc.property(revenueStream, basisPoints(-9_900, 20_000), basisPoints(1, 5_000), (revenues, lower, step) => {
          const higher = new Decimal(lower).plus(step).toString();
          expect(value({ revenues, discountRate: lower }).gte(value({ revenues, discountRate: higher }))).toBe(true);
        }),
      );
    });

    it('a longer legal term or economic life never lowers the value', () => {
      fc.assert(
        fc.property(revenueStream, life, life, life, (revenues, other, shorter, extra) => {
          const longer = shorter + extra;
          const legalLonger = value({ revenues, remainingLegalYears: longer, economicLifeYears: other });
          const legalShorter = value({ revenues, remainingLegalYears: shorter, economicLifeYears: other });
          expect(legalLonger.gte(legalShorter)).toBe(true);
          const economicLonger = value({ revenues, remainingLegalYears: other, economicLifeYears: longer });
          const economicShorter = value({ revenues, remainingLegalYears: other, economicLifeYears: shorter });
          expect(economicLonger.gte(economicShorter)).toBe(true);
        }),
      );
    });

    it('value scales linearly with the royalty rate', () => {
      fc.assert(
        fc.property(
          revenueStream,
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 0, max: 10_000 }),
          basisPoints(0, 9_999),
          basisPoints(-5_000, 5_000),
          (revenues, a, b, taxRate, discountRate) => {
            const at = (bp: number) =>
              value({ revenues, taxRate, discountRate, royaltyRate: new Decimal(bp).div(10_000).toString() });
            // value(a) / a == value(b) / b, cross-multiplied; 40-digit rounding allows a relative error far below 1e-30.
            const left = at(a).times(b);
            const right = at(b).times(a);
            expect(left.minus(right).abs().lte(Decimal.max(left, right).times('1e-30'))).toBe(true);
          },
        ),
      );
    });

    it('the reported years and value are consistent with the inputs', () => {
      fc.assert(
        fc.property(
          revenueStream,
          basisPoints(0, 10_000),
          basisPoints(0, 9_999),
          basisPoints(-5_000, 5_000),
          life,
          life,
          (revenues, royaltyRate, taxRate, discountRate, remainingLegalYears, economicLifeYears) => {
            const input = { revenues, royaltyRate, taxRate, discountRate, remainingLegalYears, economicLifeYears };
            const result = reliefFromRoyalty({ ...TEXTBOOK, ...input });
            expect(result.years.length).toBeLessThanOrEqual(Math.min(result.incomePeriod.years, revenues.length));
            expect(result.value).toBe(new Decimal(result.unroundedValue).toFixed(2, Decimal.ROUND_HALF_EVEN));
            const sumOfRoundedYears = result.years.reduce((sum, y) => sum.plus(y.presentValue), new Decimal(0));
            // Per-year rounding can drift by at most half a cent per year.
            expect(
              sumOfRoundedYears.minus(result.unroundedValue).abs().lte(new Decimal('0.005').times(result.years.length)),
            ).toBe(true);
          },
        ),
      );
    });
  });
});
