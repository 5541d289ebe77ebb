import fc from 'fast-check';
import { Decimal } from '@app/money';
import { buildUpDiscountRate, type BuildUpDiscountRateInput } from './discount-rate.js';
import { ValuationInputError } from './valuation-input.js';

function expectInvalid(input: unknown, field: string): void {
  let error: unknown;
  try {
    buildUpDiscountRate(input as BuildUpDiscountRateInput);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValuationInputError);
  expect((error as ValuationInputError).code).toBe('INVALID_INPUT');
  expect((error as ValuationInputError).field).toBe(field);
}

const TEXTBOOK: BuildUpDiscountRateInput = {
  riskFreeRate: '0.025',
  premiums: [
    { name: 'market', rate: '0.06' },
    { name: 'size', rate: '0.03' },
    { name: 'technology', rate: '0.04' },
  ],
};

const basisPoints = (min: number, max: number) =>
  fc.integer({ min, max }).map((bp) => new Decimal(bp).div(10_000).toString());

describe('buildUpDiscountRate', () => {
  it('adds the premiums to the risk-free rate', () => {
    // 2.5 % + 6 % + 3 % + 4 % = 15.5 %
    expect(buildUpDiscountRate(TEXTBOOK)).toEqual({
      rate: '0.155',
      components: [
        { name: 'risk-free', rate: '0.025' },
        { name: 'market', rate: '0.06' },
        { name: 'size', rate: '0.03' },
        { name: 'technology', rate: '0.04' },
      ],
    });
  });

  it.each<[string, string, string[], string]>([
    ['a negative premium for unusually low risk', '0.03', ['0.05', '-0.01'], '0.07'],
    ['a negative real risk-free rate', '-0.005', ['0.08'], '0.075'],
    ['the bounds of each term', '0.5', ['-0.5', '0.5'], '0.5'],
    ['a total just below 100 %', '0.5', ['0.4999'], '0.9999'],
    ['a total just above -100 %', '-0.5', ['-0.4999'], '-0.9999'],
  ])('accepts %s', (_label, riskFreeRate, rates, expected) => {
    const premiums = rates.map((rate, i) => ({ name: `p${i}`, rate }));
    expect(buildUpDiscountRate({ riskFreeRate, premiums }).rate).toBe(expected);
  });

  it('accepts Decimal instances', () => {
    expect(
      buildUpDiscountRate({ riskFreeRate: new Decimal('0.02'), premiums: [{ name: 'all', rate: new Decimal('0.1') }] })
        .rate,
    ).toBe('0.12');
  });

  describe('rejects invalid input', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['a risk-free rate above 50 %', { riskFreeRate: '0.51' }, 'riskFreeRate'],
      ['a risk-free rate typed as a percentage', { riskFreeRate: '2.5' }, 'riskFreeRate'],
      ['a NaN risk-free rate', { riskFreeRate: 'NaN' }, 'riskFreeRate'],
      ['a risk-free rate as a JS number', { riskFreeRate: 0.025 }, 'riskFreeRate'],
      ['an overflowing risk-free rate', { riskFreeRate: '1e309' }, 'riskFreeRate'],
      [
        'a premium above 50 %',
        {
          premiums: [
            { name: 'a', rate: '0.05' },
            { name: 'b', rate: '0.6' },
          ],
        },
        'premiums[1].rate',
      ],
      ['a premium below -50 %', { premiums: [{ name: 'a', rate: '-0.51' }] }, 'premiums[0].rate'],
      ['an infinite premium', { premiums: [{ name: 'a', rate: 'Infinity' }] }, 'premiums[0].rate'],
      ['an unnamed premium', { premiums: [{ name: ' ', rate: '0.05' }] }, 'premiums[0].name'],
      ['a premium that is not an object', { premiums: ['0.05'] }, 'premiums[0]'],
      ['no premiums', { premiums: [] }, 'premiums'],
      ['premiums that are not a list', { premiums: '0.05' }, 'premiums'],
      ['a total of 100 %', { riskFreeRate: '0.5', premiums: [{ name: 'a', rate: '0.5' }] }, 'premiums'],
      ['a total of -100 %', { riskFreeRate: '-0.5', premiums: [{ name: 'a', rate: '-0.5' }] }, 'premiums'],
    ])('%s', (_label, overrides, field) => {
      expectInvalid({ ...TEXTBOOK, ...overrides }, field);
    });
  });

  it('is the exact sum of its components, whatever their order', () => {
    fc.assert(
      fc.property(
        basisPoints(-1_000, 1_000),
        fc.array(basisPoints(-500, 2_000), { minLength: 1, maxLength: 5 }),
        (riskFreeRate, rates) => {
          const premiums = rates.map((rate, i) => ({ name: `premium ${i}`, rate }));
          const result = buildUpDiscountRate({ riskFreeRate, premiums });
          const sum = result.components.reduce((total, c) => total.plus(c.rate), new Decimal(0));
          expect(sum.eq(result.rate)).toBe(true);
          expect(buildUpDiscountRate({ riskFreeRate, premiums: [...premiums].reverse() }).rate).toBe(result.rate);
        },
      ),
    );
  });
});
