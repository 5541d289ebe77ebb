import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  blackScholes,
  erfc,
  normalCdf,
  realOption,
  type BlackScholesInput,
  type RealOptionInput,
} from './real-option.js';
import { expectInvalid } from './__test__/expect-invalid.js';

/**
 * Reference erfc for x >= 0 from the all-positive series
 * erf(x) = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) / (1.3.5...(2n+1)), in 40-digit decimals;
 * no cancellation inside the sum, so for x <= 6 the result keeps 20+ significant digits.
 */
function referenceErfc(x: string): Decimal {
  const z = new Decimal(x);
  const twoZSquared = z.pow(2).times(2);
  let term = z;
  let sum = new Decimal(0);
  for (let n = 0; term.gt('1e-45'); n++) {
    sum = sum.plus(term);
    term = term.times(twoZSquared).div(2 * n + 3);
  }
  const erf = sum.times(2).div(Decimal.acos(-1).sqrt()).times(z.pow(2).neg().exp());
  return new Decimal(1).minus(erf);
}

/** Hull, Options, Futures and Other Derivatives, example 15.6: a 6-month call on a non-dividend stock. */
const HULL: BlackScholesInput = {
  spot: '42',
  strike: '40',
  years: 0.5,
  volatility: '0.2',
  riskFreeRate: '0.1',
  dividendYield: '0',
};

const REAL: RealOptionInput = {
  presentValueOfCashFlows: '100',
  investmentCost: '100',
  remainingLifeYears: 10,
  volatility: '0.3',
  riskFreeRate: '0.05',
  currency: 'CNY',
};

describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1.96, 0.9750021048517795],
    [-1.96, 0.024997895148220435],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [3, 0.9986501019683699],
    [-5, 2.866515718791946e-7],
    [-8, 6.220960574271819e-16],
  ])('N(%d) = %d', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-15);
    // Relative accuracy holds deep in the lower tail too.
    expect(Math.abs(normalCdf(x) / expected - 1)).toBeLessThan(1e-13);
  });

  it('saturates in the far tails and propagates NaN', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  // In doubles exp(-x^2) alone costs a few ulps (the C library's erfc is off by 1.8e-15 at 3.99).
  it('matches a 40-digit series to 5e-15 relative across all three of Cody ranges', () => {
    // 0.46875 and 4 are the range boundaries; points either side of each.
    for (const x of [
      '0',
      '0.1',
      '0.46875',
      '0.4688',
      '0.7',
      '1',
      '1.5',
      '2',
      '2.5',
      '3',
      '3.8',
      '3.99',
      '4',
      '4.01',
      '4.5',
      '5',
      '5.5',
      '6',
    ]) {
      const reference = referenceErfc(x);
      const relativeError = new Decimal(erfc(Number(x))).minus(reference).div(reference).abs();
      expect(relativeError.lt('5e-15')).toBe(true);
      // erfc(-x) = 2 - erfc(x)
      expect(new Decimal(erfc(-Number(x))).minus(new Decimal(2).minus(reference)).abs().lt('1e-15')).toBe(true);
    }
  });

  // Random points over [0, 6]: 5e-15 relative held at the fixed points above, but deep in the
  // tail (erfc(6) ~ 2e-17) double rounding of Cody's rational terms reaches ~1e-14; 5e-14 is
  // still 20x inside the 1e-12 the valuation needs.
  it('matches the 40-digit series at random points to 5e-14 relative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (tenThousandths) => {
        const x = new Decimal(tenThousandths).div(10_000).toString();
        const reference = referenceErfc(x);
        expect(new Decimal(erfc(Number(x))).minus(reference).div(reference).abs().lt('5e-14')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is symmetric, N(x) + N(-x) = 1, and non-decreasing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (x, step) => {
          expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThan(1e-15);
          expect(normalCdf(x + step)).toBeGreaterThanOrEqual(normalCdf(x));
          expect(normalCdf(x)).toBeGreaterThanOrEqual(0);
          expect(normalCdf(x)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('blackScholes', () => {
  it("prices Hull's example: S 42, K 40, r 10 %, sigma 20 %, T 0.5 -> call 4.76, put 0.81", () => {
    // d1 = (ln(42/40) + (0.1 + 0.02) * 0.5) / (0.2 * sqrt 0.5) = (0.048790 + 0.06) / 0.141421 = 0.7693
    // d2 = 0.7693 - 0.1414 = 0.6278; N(d1) = 0.7791, N(d2) = 0.7349
    // call = 42 * 0.7791 - 40 e^-0.05 * 0.7349 = 32.7235 - 27.9641 = 4.7594
    // put  = 40 e^-0.05 * N(-0.6278) - 42 * N(-0.7693) = 38.0492 * 0.2651 - 42 * 0.2209 = 0.8086
    const result = blackScholes(HULL);
    expect(result).toMatchObject({ call: '4.76', put: '0.81' });
    expect(Number(result.d1)).toBeCloseTo(0.7692626281060315, 12);
    expect(Number(result.d2)).toBeCloseTo(0.627841271868722, 12);
    expect(Number(result.unroundedCall)).toBeCloseTo(4.759422392871535, 10);
    expect(Number(result.unroundedPut)).toBeCloseTo(0.8085993729000958, 10);
  });

  it("prices Hull's index option with a dividend yield: S 930, K 900, r 8 %, q 3 %, sigma 20 %, 2 months -> 51.83", () => {
    // d1 = (ln(930/900) + (0.08 - 0.03 + 0.02) / 6) / (0.2 sqrt(1/6)) = (0.032790 + 0.011667) / 0.081650 = 0.5445
    // d2 = 0.4628; call = 930 e^-0.005 * 0.706944 - 900 e^(-0.08/6) * 0.678257 = 654.182 - 602.346 = 51.836
    // (Hull: 51.83); put by parity = 51.833 - 925.362 + 888.079 = 14.55
    const result = blackScholes({
      spot: '930',
      strike: '900',
      years: 2 / 12,
      volatility: '0.2',
      riskFreeRate: '0.08',
      dividendYield: '0.03',
    });
    expect(result.call).toBe('51.83');
    expect(result.put).toBe('14.55');
  });

  it('returns plain decimal strings even for tiny prices', () => {
    const result = blackScholes({ ...HULL, strike: '400' });
    expect(result.unroundedCall).toMatch(/^\d+(\.\d+)?$/);
    expect(result.call).toBe('0.00');
  });

  it.each<[string, Partial<BlackScholesInput>, string]>([
    ['zero spot', { spot: '0' }, 'spot'],
    ['negative strike', { strike: '-1' }, 'strike'],
    ['spot as a JS number', { spot: 42 as unknown as string }, 'spot'],
    ['overflowing spot', { spot: '1e309' }, 'spot'],
    ['zero time', { years: 0 }, 'years'],
    ['NaN time', { years: Number.NaN }, 'years'],
    ['infinite time', { years: Number.POSITIVE_INFINITY }, 'years'],
    ['time beyond 1000 years', { years: 1001 }, 'years'],
    ['zero volatility', { volatility: '0' }, 'volatility'],
    ['volatility typed as a percentage', { volatility: '20' }, 'volatility'],
    ['NaN volatility', { volatility: 'NaN' }, 'volatility'],
    ['risk-free rate above 50 %', { riskFreeRate: '0.51' }, 'riskFreeRate'],
    ['risk-free rate of -100 %', { riskFreeRate: '-1' }, 'riskFreeRate'],
    ['negative dividend yield', { dividendYield: '-0.01' }, 'dividendYield'],
    ['infinite dividend yield', { dividendYield: 'Infinity' }, 'dividendYield'],
  ])('rejects %s', (_label, overrides, field) => {
    expectInvalid(() => blackScholes({ ...HULL, ...overrides }), field);
  });

  describe('properties', () => {
    const amount = fc.integer({ min: 1, max: 10_000_000 }).map((cents) => new Decimal(cents).div(100).toString());
    const rate = (min: number, max: number) =>
      fc.integer({ min, max }).map((bp) => new Decimal(bp).div(10_000).toString());
    const years = fc.integer({ min: 1, max: 4000 }).map((hundredths) => hundredths / 100);
    const option = fc.record({
      spot: amount,
      strike: amount,
      years,
      volatility: rate(1, 20_000),
      riskFreeRate: rate(-5_000, 5_000),
      dividendYield: rate(0, 10_000),
    });

    it('satisfies put-call parity: C - P = S e^(-qT) - K e^(-rT)', () => {
      fc.assert(
        fc.property(option, (input) => {
          const { unroundedCall, unroundedPut } = blackScholes(input);
          const S = Number(input.spot);
          const K = Number(input.strike);
          const forward =
            S * Math.exp(-Number(input.dividendYield) * input.years) -
            K * Math.exp(-Number(input.riskFreeRate) * input.years);
          // Doubles carry ~16 digits; allow 1e-12 of the larger leg.
          expect(Math.abs(Number(unroundedCall) - Number(unroundedPut) - forward)).toBeLessThanOrEqual(
            1e-12 * Math.max(S, K) * Math.exp(0.5 * input.years),
          );
        }),
      );
    });

    it('stays within the no-arbitrage bounds and rises with the spot', () => {
      fc.assert(
        fc.property(option, amount, (input, extra) => {
          const call = Number(blackScholes(input).unroundedCall);
          const S = Number(input.spot);
          const carried = S * Math.exp(-Number(input.dividendYield) * input.years);
          const intrinsic = carried - Number(input.strike) * Math.exp(-Number(input.riskFreeRate) * input.years);
          const slack = 1e-12 * Math.max(S, Number(input.strike)) * Math.exp(0.5 * input.years);
          expect(call).toBeGreaterThanOrEqual(Math.max(0, intrinsic) - slack);
          expect(call).toBeLessThanOrEqual(carried + slack);
          const higher = Number(
            blackScholes({ ...input, spot: new Decimal(input.spot).plus(extra).toString() }).unroundedCall,
          );
          expect(higher).toBeGreaterThanOrEqual(call - slack);
        }),
      );
    });
  });
});

describe('realOption', () => {
  it('values a patent as a call with the cost of delay q = 1 / T', () => {
    // S = K = 100, T = 10, sigma 30 %, r 5 %, q = 1/10:
    // d1 = (0 + (0.05 - 0.1 + 0.045) * 10) / (0.3 sqrt 10) = -0.05 / 0.948683 = -0.052705
    // d2 = -0.052705 - 0.948683 = -1.001388; N(d1) = 0.4789836, N(d2) = 0.1583196
    // call = 36.78794 * 0.4789836 - 60.65307 * 0.1583196 = 17.62082 - 9.60257 = 8.01825 -> 8.02
    const result = realOption(REAL);
    expect(result).toMatchObject({ method: 'REAL_OPTION', currency: 'CNY', value: '8.02', dividendYield: '0.1' });
    expect(Number(result.unroundedValue)).toBeCloseTo(8.018250711122898, 10);
    expect(Number(result.d1)).toBeCloseTo(-0.052704627669473036, 12);
  });

  it('agrees with blackScholes given q = 1 / T', () => {
    // T = 8: q = 0.125; S 1000, K 800, sigma 35 %, r 3 % -> 82.72
    const input = {
      ...REAL,
      presentValueOfCashFlows: '1000',
      investmentCost: '800',
      remainingLifeYears: 8,
      volatility: '0.35',
      riskFreeRate: '0.03',
    };
    const result = realOption(input);
    const direct = blackScholes({
      spot: '1000',
      strike: '800',
      years: 8,
      volatility: '0.35',
      riskFreeRate: '0.03',
      dividendYield: '0.125',
    });
    expect(result.value).toBe('82.72');
    expect(result.unroundedValue).toBe(direct.unroundedCall);
  });

  it('reports the cost of delay exactly for fractional lives', () => {
    expect(realOption({ ...REAL, remainingLifeYears: 0.4 }).dividendYield).toBe('2.5');
    expect(realOption({ ...REAL, remainingLifeYears: 3 }).dividendYield).toBe(new Decimal(1).div(3).toString());
  });

  it.each<[string, Partial<RealOptionInput>, string]>([
    ['zero cash flows', { presentValueOfCashFlows: '0' }, 'presentValueOfCashFlows'],
    ['negative investment', { investmentCost: '-5' }, 'investmentCost'],
    ['NaN investment', { investmentCost: 'NaN' }, 'investmentCost'],
    ['zero life', { remainingLifeYears: 0 }, 'remainingLifeYears'],
    ['negative life', { remainingLifeYears: -1 }, 'remainingLifeYears'],
    ['infinite life', { remainingLifeYears: Number.POSITIVE_INFINITY }, 'remainingLifeYears'],
    ['negative volatility', { volatility: '-0.3' }, 'volatility'],
    ['rate as a JS number', { riskFreeRate: 0.05 as unknown as string }, 'riskFreeRate'],
    ['lower-case currency', { currency: 'cny' }, 'currency'],
  ])('rejects %s', (_label, overrides, field) => {
    expectInvalid(() => realOption({ ...REAL, ...overrides }), field);
  });

  it('value rises with the cash flows and falls with the investment', () => {
    const amount = fc.integer({ min: 1, max: 10_000_000 }).map((cents) => new Decimal(cents).div(100));
    fc.assert(
      fc.property(amount, amount, amount, fc.integer({ min: 1, max: 3000 }), (s, k, step, hundredths) => {
        const at = (spot: Decimal, strike: Decimal) =>
          Number(
            realOption({
              ...REAL,
              presentValueOfCashFlows: spot.toString(),
              investmentCost: strike.toString(),
              remainingLifeYears: hundredths / 100,
            }).unroundedValue,
          );
        const slack = 1e-12 * (s.toNumber() + k.toNumber() + step.toNumber());
        expect(at(s.plus(step), k)).toBeGreaterThanOrEqual(at(s, k) - slack);
        expect(at(s, k.plus(step))).toBeLessThanOrEqual(at(s, k) + slack);
      }),
    );
  });
});
