import fc from 'fast-check';
import { Decimal } from '@app/money';
import { incrementalIncome, type IncrementalIncomeInput } from './incremental-income.js';
import { ValuationInputError } from './valuation-input.js';

function expectInvalid(input: unknown, field: string): void {
  let error: unknown;
  try {
    incrementalIncome(input as IncrementalIncomeInput);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValuationInputError);
  expect((error as ValuationInputError).code).toBe('INVALID_INPUT');
  expect((error as ValuationInputError).field).toBe(field);
}

const TERMS = { taxRate: '0.25', discountRate: '0.1', remainingLegalYears: 10, economicLifeYears: 8, currency: 'CNY' };

/** 1000, 1200, 1500 extra units at a margin of 2.50, 2.50, 2.00. */
const VOLUME: IncrementalIncomeInput = {
  ...TERMS,
  extraVolumes: ['1000', '1200', '1500'],
  unitMargins: ['2.5', '2.5', '2'],
};

const PREMIUM: IncrementalIncomeInput = {
  ...TERMS,
  taxRate: '0.2',
  discountRate: '0.25',
  pricePremiums: ['500', '500', '500'],
};

function value(input: IncrementalIncomeInput): Decimal {
  return new Decimal(incrementalIncome(input).unroundedValue);
}

function closeTo(actual: Decimal, expected: Decimal): boolean {
  return actual.minus(expected).abs().lte(Decimal.max(actual.abs(), expected.abs()).times('1e-30'));
}

const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Decimal(n).div(100).toString());
const basisPoints = (min: number, max: number) =>
  fc.integer({ min, max }).map((bp) => new Decimal(bp).div(10_000).toString());
const life = fc.integer({ min: 1, max: 4000 }).map((hundredths) => hundredths / 100);
/** Equal-length volume and margin lists, year 1 positive. */
const volumeMargin = fc
  .array(fc.tuple(cents(1, 10_000_000), cents(1, 100_000)), { minLength: 1, maxLength: 20 })
  .map((pairs) => ({ extraVolumes: pairs.map(([v]) => v), unitMargins: pairs.map(([, m]) => m) }));

describe('incrementalIncome', () => {
  it('values extra volume x unit margin after tax to the cent', () => {
    // benefits: 1000 * 2.5 * 0.75 = 1875; 1200 * 2.5 * 0.75 = 2250; 1500 * 2 * 0.75 = 2250
    // PV = 1875/1.1 + 2250/1.21 + 2250/1.331 = (2268.75 + 2475 + 2250) / 1.331 = 6993.75 / 1.331 = 5254.5078888...
    const result = incrementalIncome(VOLUME);

    expect(result).toMatchObject({
      method: 'INCREMENTAL_INCOME',
      currency: 'CNY',
      value: '5254.51',
      stoppedAtYear: null,
      midYear: false,
      incomePeriod: { years: 8, cappedBy: 'ECONOMIC_LIFE' },
    });
    expect(result.years).toEqual([
      {
        year: 1,
        extraVolume: '1000',
        unitMargin: '2.5',
        benefit: '1875',
        discountFactor: '0.9090909091',
        presentValue: '1704.55',
      },
      {
        year: 2,
        extraVolume: '1200',
        unitMargin: '2.5',
        benefit: '2250',
        discountFactor: '0.8264462810',
        presentValue: '1859.50',
      },
      {
        year: 3,
        extraVolume: '1500',
        unitMargin: '2',
        benefit: '2250',
        discountFactor: '0.7513148009',
        presentValue: '1690.46',
      },
    ]);
    expect(closeTo(new Decimal(result.unroundedValue), new Decimal('6993.75').div('1.331'))).toBe(true);
  });

  it('values a price premium after tax to the cent', () => {
    // benefit 500 * 0.8 = 400 a year at 25 %: 400/1.25 + 400/1.5625 + 400/1.953125 = 320 + 256 + 204.8 = 780.80 exactly
    const result = incrementalIncome(PREMIUM);
    expect(result.unroundedValue).toBe('780.8');
    expect(result.years.map((y) => ['pricePremium' in y ? y.pricePremium : null, y.benefit, y.presentValue])).toEqual([
      ['500', '400', '320.00'],
      ['500', '400', '256.00'],
      ['500', '400', '204.80'],
    ]);
  });

  it('discounts from mid-year when asked', () => {
    // mid-year = end-of-year x sqrt(1.1) = 5254.5078888 x 1.0488088482 = 5510.97
    expect(incrementalIncome({ ...VOLUME, midYear: true })).toMatchObject({ value: '5510.97', midYear: true });
  });

  it('accepts a zero tax rate', () => {
    // 400 / 0.8 = 500 a year before tax: 780.80 / 0.8 = 976.00
    expect(incrementalIncome({ ...PREMIUM, taxRate: '0' }).value).toBe('976.00');
  });

  it.each<[string, Partial<IncrementalIncomeInput>, number, string]>([
    ['a negative margin', { extraVolumes: ['10', '10', '10'], unitMargins: ['1', '-1', '1'] }, 2, '7.50'],
    ['a zero volume', { extraVolumes: ['10', '0', '10'], unitMargins: ['1', '1', '1'] }, 2, '7.50'],
    ['a negative premium', { pricePremiums: ['10', '-5', '10'] }, 2, '7.50'],
  ])('stops at %s', (_label, stream, stoppedAtYear, expected) => {
    const input = { ...TERMS, discountRate: '0', ...stream } as IncrementalIncomeInput;
    expect(incrementalIncome(input)).toMatchObject({ stoppedAtYear, value: expected });
  });

  describe('rejects invalid input', () => {
    const volume = { ...TERMS, extraVolumes: ['1', '2'], unitMargins: ['1', '1'] };
    it.each<[string, Record<string, unknown>, string]>([
      ['mismatched lengths', { ...volume, unitMargins: ['1'] }, 'unitMargins'],
      ['mismatched lengths, margins longer', { ...volume, unitMargins: ['1', '1', '1'] }, 'unitMargins'],
      ['both kinds of increment', { ...volume, pricePremiums: ['1'] }, 'pricePremiums'],
      ['neither kind of increment', { ...TERMS }, 'extraVolumes'],
      ['volumes without margins', { ...TERMS, extraVolumes: ['1'] }, 'unitMargins'],
      ['empty volumes', { ...volume, extraVolumes: [] }, 'extraVolumes'],
      ['empty premiums', { ...TERMS, pricePremiums: [] }, 'pricePremiums'],
      ['negative volume', { ...volume, extraVolumes: ['1', '-2'] }, 'extraVolumes[1]'],
      ['NaN margin', { ...volume, unitMargins: ['NaN', '1'] }, 'unitMargins[0]'],
      ['overflowing premium', { ...TERMS, pricePremiums: ['1', '1e309'] }, 'pricePremiums[1]'],
      ['premium as a JS number', { ...TERMS, pricePremiums: [5] }, 'pricePremiums[0]'],
      ['tax rate of 1', { ...volume, taxRate: '1' }, 'taxRate'],
      ['negative tax rate', { ...volume, taxRate: '-0.1' }, 'taxRate'],
      ['missing tax rate', { ...volume, taxRate: undefined }, 'taxRate'],
      ['discount rate of -100 %', { ...volume, discountRate: '-1' }, 'discountRate'],
      ['infinite discount rate', { ...volume, discountRate: 'Infinity' }, 'discountRate'],
      ['zero legal term', { ...volume, remainingLegalYears: 0 }, 'remainingLegalYears'],
      ['NaN economic life', { ...volume, economicLifeYears: Number.NaN }, 'economicLifeYears'],
      ['non-boolean midYear', { ...volume, midYear: 1 }, 'midYear'],
      ['bad currency', { ...volume, currency: 'yuan' }, 'currency'],
    ])('%s', (_label, input, field) => {
      expectInvalid(input, field);
    });
  });

  describe('properties', () => {
    it('value never rises as the discount rate rises', () => {
      fc.assert(
        fc.property(volumeMargin, basisPoints(-9_900, 20_000), basisPoints(1, 5_000), (stream, lower, step) => {
          const higher = new Decimal(lower).plus(step).toString();
          expect(
            value({ ...TERMS, ...stream, discountRate: lower }).gte(
              value({ ...TERMS, ...stream, discountRate: higher }),
            ),
          ).toBe(true);
        }),
      );
    });

    it('a longer life never lowers the value', () => {
      fc.assert(
        fc.property(volumeMargin, life, life, life, (stream, other, shorter, extra) => {
          const at = (remainingLegalYears: number, economicLifeYears: number) =>
            value({ ...TERMS, ...stream, remainingLegalYears, economicLifeYears });
          expect(at(shorter + extra, other).gte(at(shorter, other))).toBe(true);
          expect(at(other, shorter + extra).gte(at(other, shorter))).toBe(true);
        }),
      );
    });

    it('scales linearly with the unit margins and with (1 - tax)', () => {
      fc.assert(
        fc.property(
          volumeMargin,
          fc.integer({ min: 1, max: 1000 }),
          basisPoints(0, 9_999),
          (stream, factor, taxRate) => {
            const base = value({ ...TERMS, ...stream, taxRate });
            const scaled = value({
              ...TERMS,
              ...stream,
              taxRate,
              unitMargins: stream.unitMargins.map((m) => new Decimal(m).times(factor).toString()),
            });
            expect(closeTo(scaled, base.times(factor))).toBe(true);
            const untaxed = value({ ...TERMS, ...stream, taxRate: '0' });
            expect(closeTo(base, untaxed.times(new Decimal(1).minus(taxRate)))).toBe(true);
          },
        ),
      );
    });

    it('a premium stream equals the volume stream with the same yearly amounts', () => {
      fc.assert(
        fc.property(volumeMargin, (stream) => {
          const pricePremiums = stream.extraVolumes.map((v, i) =>
            new Decimal(v).times(stream.unitMargins[i]!).toString(),
          );
          expect(incrementalIncome({ ...TERMS, pricePremiums }).unroundedValue).toBe(
            incrementalIncome({ ...TERMS, ...stream }).unroundedValue,
          );
        }),
      );
    });
  });
});
