import fc from 'fast-check';
import { Decimal } from '@app/money';
import { midYearDiscountFactor, midYearPresentValue } from './discounting.js';
import {
  MAX_PROJECTION_YEARS,
  incomeApproach,
  type IncomeApproachInput,
  type IncomeBenefitStream,
  type IncomeStreamYear,
} from './income-approach.js';
import { expectInvalid } from './__test__/expect-invalid.js';

type Inputs = { amount: string };

/** A stream whose benefits are the given amounts, shown as `amount`. */
function stream(amounts: readonly string[]): IncomeStreamYear<Inputs>[] {
  return amounts.map((amount) => ({ inputs: { amount }, benefit: new Decimal(amount) }));
}

const BASE: IncomeApproachInput<Inputs> = {
  stream: stream(['100', '100', '100']),
  discountRate: '0.1',
  remainingLegalYears: 12,
  economicLifeYears: 10,
};

function value(overrides: Partial<IncomeApproachInput<Inputs>>): Decimal {
  return new Decimal(incomeApproach({ ...BASE, ...overrides }).unroundedValue);
}

function closeTo(actual: Decimal, expected: Decimal, relative = '1e-30'): boolean {
  return actual.minus(expected).abs().lte(Decimal.max(actual.abs(), expected.abs()).times(relative));
}

const centsAmount = fc.integer({ min: 0, max: 100_000_000_000 }).map((cents) => new Decimal(cents).div(100).toString());
const positiveCents = fc
  .integer({ min: 1, max: 100_000_000_000 })
  .map((cents) => new Decimal(cents).div(100).toString());
const amounts = fc
  .tuple(positiveCents, fc.array(centsAmount, { maxLength: 25 }))
  .map(([first, rest]) => [first, ...rest]);
const basisPoints = (min: number, max: number) =>
  fc.integer({ min, max }).map((bp) => new Decimal(bp).div(10_000).toString());
const life = fc.integer({ min: 1, max: 4000 }).map((hundredths) => hundredths / 100);

describe('mid-year discounting', () => {
  it.each([
    // (1 + r)^(t - 1/2): at 21 % sqrt(1.21) = 1.1 exactly
    ['0.21', 1, '0.9090909091'], // 1 / 1.1
    ['0.21', 2, '0.7513148009'], // 1 / (1.21 * 1.1) = 1 / 1.331
    ['0', 7, '1.0000000000'],
    ['0.44', 1, '0.8333333333'], // 1 / 1.2
  ])('rate %s, year %i -> factor %s', (rate, year, expected) => {
    expect(midYearDiscountFactor(new Decimal(rate), year).toFixed(10)).toBe(expected);
  });

  it('discounts 110 earned over year 1 at 21 % to exactly 100', () => {
    expect(midYearPresentValue(new Decimal('110'), new Decimal('0.21'), 1).toString()).toBe('100');
  });

  it.each([
    ['-1', 1, 'discountRate'],
    ['0.1', 0, 'period'],
    ['0.1', 1.5, 'period'],
    ['0.1', Number.NaN, 'period'],
  ])('rate %s, year %d is rejected on %s', (rate, year, field) => {
    expectInvalid(() => midYearDiscountFactor(new Decimal(rate), year), field);
  });
});

describe('incomeApproach', () => {
  it('discounts a level stream at the end of each year to the cent', () => {
    // 100/1.1 + 100/1.21 + 100/1.331 = (121 + 110 + 100) * 100 / 133.1 = 331000 / 1331 = 248.6851990...
    const result = incomeApproach(BASE);

    expect(result).toMatchObject({
      value: '248.69',
      incomePeriod: { years: 10, cappedBy: 'ECONOMIC_LIFE' },
      stoppedAtYear: null,
      midYear: false,
    });
    expect(result.years).toEqual([
      { year: 1, amount: '100', benefit: '100', discountFactor: '0.9090909091', presentValue: '90.91' },
      { year: 2, amount: '100', benefit: '100', discountFactor: '0.8264462810', presentValue: '82.64' },
      { year: 3, amount: '100', benefit: '100', discountFactor: '0.7513148009', presentValue: '75.13' },
    ]);
    expect(closeTo(new Decimal(result.unroundedValue), new Decimal(331000).div(1331))).toBe(true);
  });

  it('discounts from mid-year when asked', () => {
    // At 21 %: 110 / 1.21^0.5 + 121 / 1.21^1.5 = 110 / 1.1 + 121 / 1.331 = 100 + 90.909090... = 190.91
    const result = incomeApproach({ ...BASE, stream: stream(['110', '121']), discountRate: '0.21', midYear: true });

    expect(result).toMatchObject({ value: '190.91', midYear: true });
    expect(result.years.map((y) => [y.discountFactor, y.presentValue])).toEqual([
      ['0.9090909091', '100.00'],
      ['0.7513148009', '90.91'],
    ]);
    expect(closeTo(new Decimal(result.unroundedValue), new Decimal(2100).div(11))).toBe(true);
  });

  it.each<[string, string[], number[], number | null, string]>([
    // r = 0, so the value is the plain sum of the counted years.
    ['stops at a zero year, showing it', ['100', '50', '0', '100'], [1, 2, 3], 3, '150.00'],
    ['stops at a negative year without subtracting it', ['100', '-20', '100'], [1, 2], 2, '100.00'],
    ['stops at once when year 1 is zero', ['0', '100'], [1], 1, '0.00'],
    ['runs to the end of a positive stream', ['1', '2', '3'], [1, 2, 3], null, '6.00'],
  ])('%s', (_label, benefits, valuedYears, stoppedAtYear, expected) => {
    const result = incomeApproach({ ...BASE, stream: stream(benefits), discountRate: '0' });

    expect(result.years.map((y) => y.year)).toEqual(valuedYears);
    expect(result.stoppedAtYear).toBe(stoppedAtYear);
    expect(result.value).toBe(expected);
    expect(result.years.at(-1)?.benefit).toBe(benefits[valuedYears.length - 1]);
  });

  it('shows a negative final year with a zero present value', () => {
    const result = incomeApproach({ ...BASE, stream: stream(['100', '-20']) });
    expect(result.years[1]).toEqual({
      year: 2,
      amount: '-20',
      benefit: '-20',
      discountFactor: '0.8264462810',
      presentValue: '0.00',
    });
  });

  it('lets a method keep going through a zero benefit, but never through a loss', () => {
    const keepGoing = (amounts: string[]): IncomeStreamYear<Inputs>[] =>
      stream(amounts).map((y) => ({ ...y, endsStream: false }));

    expect(incomeApproach({ ...BASE, stream: keepGoing(['0', '100']), discountRate: '0' })).toMatchObject({
      value: '100.00',
      stoppedAtYear: null,
    });
    expect(incomeApproach({ ...BASE, stream: keepGoing(['-1', '100']), discountRate: '0' })).toMatchObject({
      value: '0.00',
      stoppedAtYear: 1,
    });
  });

  it('lets a method end the stream on a positive year, which still counts', () => {
    const items = stream(['100', '100', '100']).map((y, i) => ({ ...y, endsStream: i === 1 }));
    expect(incomeApproach({ ...BASE, stream: items, discountRate: '0' })).toMatchObject({
      value: '200.00',
      stoppedAtYear: 2,
    });
  });

  it.each([
    // [legal, economic, valued years]
    [2.9, 10, 2],
    [10, 2.9, 2],
    [0.5, 10, 0],
    [30, 40, 3], // the stream runs out first
  ])('legal %d / economic %d values %i years', (remainingLegalYears, economicLifeYears, count) => {
    const result = incomeApproach({ ...BASE, remainingLegalYears, economicLifeYears });
    expect(result.years).toHaveLength(count);
    expect(result.stoppedAtYear).toBeNull();
  });

  describe('with a generator', () => {
    const growing: IncomeBenefitStream<Inputs> = (year) => ({
      inputs: { amount: String(year) },
      benefit: new Decimal(100 * year),
    });

    it('calls it for year 1 .. income period', () => {
      // 100/1.1 + 200/1.21 = 90.9091 + 165.2893 = 256.20
      const result = incomeApproach({ ...BASE, stream: growing, economicLifeYears: 2.5 });
      expect(result.years.map((y) => y.amount)).toEqual(['1', '2']);
      expect(result.value).toBe('256.20');
    });

    it('ends when it returns undefined', () => {
      const result = incomeApproach({
        ...BASE,
        stream: (year) => (year <= 3 ? growing(year) : undefined),
        economicLifeYears: 50,
      });
      expect(result.years).toHaveLength(3);
    });

    it(`may run for ${MAX_PROJECTION_YEARS} years but not more`, () => {
      const level: IncomeBenefitStream<Inputs> = () => ({ inputs: { amount: '1' }, benefit: new Decimal(1) });
      const long = { ...BASE, stream: level, discountRate: '0', remainingLegalYears: 5000, economicLifeYears: 5000 };
      expect(incomeApproach({ ...long, economicLifeYears: MAX_PROJECTION_YEARS }).value).toBe('1000.00');
      expectInvalid(() => incomeApproach(long), 'stream');
    });
  });

  describe('rejects invalid input', () => {
    it.each<[string, Partial<IncomeApproachInput<Inputs>>, string]>([
      ['discount rate of -1', { discountRate: '-1' }, 'discountRate'],
      ['NaN discount rate', { discountRate: 'NaN' }, 'discountRate'],
      ['overflowing discount rate', { discountRate: '1e309' }, 'discountRate'],
      ['discount rate as a JS number', { discountRate: 0.1 as unknown as string }, 'discountRate'],
      ['zero legal term', { remainingLegalYears: 0 }, 'remainingLegalYears'],
      ['NaN legal term', { remainingLegalYears: Number.NaN }, 'remainingLegalYears'],
      ['negative economic life', { economicLifeYears: -1 }, 'economicLifeYears'],
      ['infinite economic life', { economicLifeYears: Number.POSITIVE_INFINITY }, 'economicLifeYears'],
      ['non-boolean midYear', { midYear: 'yes' as unknown as boolean }, 'midYear'],
      ['empty stream', { stream: [] }, 'stream'],
      ['missing stream', { stream: null as unknown as [] }, 'stream'],
      [
        'benefit as a JS number',
        { stream: [...stream(['1']), { inputs: { amount: '2' }, benefit: 2 as unknown as Decimal }] },
        'stream[1].benefit',
      ],
      [
        'infinite benefit',
        { stream: [{ inputs: { amount: 'Infinity' }, benefit: new Decimal('Infinity') }] },
        'stream[0].benefit',
      ],
    ])('%s', (_label, overrides, field) => {
      expectInvalid(() => incomeApproach({ ...BASE, ...overrides }), field);
    });
  });

  describe('properties', () => {
    it('value never rises as the discount rate rises, end- or mid-year', () => {
      fc.assert(
        fc.property(
          amounts,
          basisPoints(-9_900, 20_000),
          basisPoints(1, 5_000),
          fc.boolean(),
          (list, lower, step, midYear) => {
            const higher = new Decimal(lower).plus(step).toString();
            expect(
              value({ stream: stream(list), discountRate: lower, midYear }).gte(
                value({ stream: stream(list), discountRate: higher, midYear }),
              ),
            ).toBe(true);
          },
        ),
      );
    });

    it('a longer legal term or economic life never lowers the value', () => {
      fc.assert(
        fc.property(amounts, life, life, life, (list, other, shorter, extra) => {
          const s = stream(list);
          const longer = shorter + extra;
          expect(
            value({ stream: s, remainingLegalYears: longer, economicLifeYears: other }).gte(
              value({ stream: s, remainingLegalYears: shorter, economicLifeYears: other }),
            ),
          ).toBe(true);
          expect(
            value({ stream: s, remainingLegalYears: other, economicLifeYears: longer }).gte(
              value({ stream: s, remainingLegalYears: other, economicLifeYears: shorter }),
            ),
          ).toBe(true);
        }),
      );
    });

    it('scales linearly with the benefits and is never negative', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n).div(100).toString()),
            { minLength: 1, maxLength: 20 },
          ),
          fc.integer({ min: 1, max: 100_000 }),
          basisPoints(-5_000, 5_000),
          (list, factor, discountRate) => {
            const base = value({ stream: stream(list), discountRate });
            const scaled = value({
              stream: stream(list.map((a) => new Decimal(a).times(factor).toString())),
              discountRate,
            });
            expect(base.gte(0)).toBe(true);
            expect(closeTo(scaled, base.times(factor))).toBe(true);
          },
        ),
      );
    });

    it('mid-year value = end-of-year value x sqrt(1 + r)', () => {
      fc.assert(
        fc.property(amounts, basisPoints(-5_000, 5_000), (list, discountRate) => {
          const endOfYear = value({ stream: stream(list), discountRate });
          const midYear = value({ stream: stream(list), discountRate, midYear: true });
          expect(closeTo(midYear, endOfYear.times(new Decimal(discountRate).plus(1).sqrt()))).toBe(true);
        }),
      );
    });

    it('reports consistent years, rounding and stop', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.integer({ min: -1_000, max: 100_000 }).map((n) => new Decimal(n).div(100).toString()),
            { minLength: 1, maxLength: 20 },
          ),
          basisPoints(-5_000, 5_000),
          life,
          (list, discountRate, economicLifeYears) => {
            const result = incomeApproach({ ...BASE, stream: stream(list), discountRate, economicLifeYears });
            expect(result.value).toBe(new Decimal(result.unroundedValue).toFixed(2, Decimal.ROUND_HALF_EVEN));
            const firstStop = list.findIndex((a) => new Decimal(a).lte(0)) + 1;
            const inPeriod = firstStop > 0 && firstStop <= result.incomePeriod.years;
            expect(result.stoppedAtYear).toBe(inPeriod ? firstStop : null);
            expect(result.years.slice(0, -1).every((y) => new Decimal(y.benefit).gt(0))).toBe(true);
          },
        ),
      );
    });
  });
});
