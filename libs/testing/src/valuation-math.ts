import DecimalModule from 'decimal.js';

/**
 * Hand computations for the valuation e2e specs. Deliberately independent of
 * @app/valuation-engine (the code under test): a plain decimal.js clone for the
 * discounting and a different normal CDF algorithm (Marsaglia's series rather than the
 * engine's Cody rational approximations) for Black-Scholes.
 */

// decimal.js' declaration file describes its CommonJS build; Node loads decimal.mjs,
// whose default export is the class (see libs/money/src/decimal.ts).
const DecimalJs = DecimalModule as unknown as typeof DecimalModule.default;

/** A 60-digit decimal, enough that hand computations never round before the final cent. */
export const D = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -60, toExpPos: 60 });
export type D = InstanceType<typeof D>;

/** Rounds to the cent, half to even, as a string ("102.27"). */
export function cents(value: D | string | number): string {
  return new D(value).toFixed(2, DecimalJs.ROUND_HALF_EVEN);
}

/** Rounds down to the cent (a lender never lends a cent above the cap). */
export function centsDown(value: D | string | number): string {
  return new D(value).toFixed(2, DecimalJs.ROUND_DOWN);
}

/**
 * Present value of end-of-year benefits: sum of benefit_t / (1 + r)^t for t = 1..n, where
 * the list is already cut to the income period.
 */
export function presentValue(benefits: readonly (D | string | number)[], rate: D | string | number): D {
  const onePlusR = new D(1).plus(rate);
  return benefits.reduce<D>((sum, b, i) => sum.plus(new D(b).div(onePlusR.pow(i + 1))), new D(0));
}

/**
 * Standard normal CDF by Marsaglia's series (J. Stat. Software 11(4), 2004):
 * Phi(x) = 1/2 + phi(x) (x + x^3/3 + x^5/(3*5) + ...), about 15 correct digits for |x| < 8;
 * beyond that the tails are 0 or 1 to double precision.
 */
export function normalCdf(x: number): number {
  if (x < -8) return 0;
  if (x > 8) return 1;
  let sum = x;
  let term = x;
  for (let i = 3; sum + term !== sum; i += 2) {
    term = (term * x * x) / i;
    sum += term;
  }
  return 0.5 + sum * Math.exp(-0.5 * x * x - 0.9189385332046728 /* ln sqrt(2 pi) */);
}

export interface BlackScholesCase {
  spot: number;
  strike: number;
  years: number;
  volatility: number;
  riskFreeRate: number;
  /** Continuous dividend (leakage) yield. */
  dividendYield: number;
}

/** Black-Scholes-Merton call with a continuous dividend yield, in doubles. */
export function blackScholesCall(c: BlackScholesCase): { call: number; d1: number; d2: number } {
  const spread = c.volatility * Math.sqrt(c.years);
  const d1 =
    (Math.log(c.spot / c.strike) + (c.riskFreeRate - c.dividendYield + (c.volatility * c.volatility) / 2) * c.years) /
    spread;
  const d2 = d1 - spread;
  const call =
    c.spot * Math.exp(-c.dividendYield * c.years) * normalCdf(d1) -
    c.strike * Math.exp(-c.riskFreeRate * c.years) * normalCdf(d2);
  return { call: Math.max(0, call), d1, d2 };
}

/** `date` + `months` calendar months in UTC, the day clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
export function addCalendarMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      targetYear,
      targetMonth,
      Math.min(date.getUTCDate(), lastDay),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

/** Whole days from `from` to `to`, both ISO dates (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
