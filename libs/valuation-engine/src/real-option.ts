import { Decimal } from '@app/money';
import { MAX_RATE_COMPONENT } from './discount-rate.js';
import { MAX_PROJECTION_YEARS } from './income-approach.js';
import { parseCurrency, parsePositive, requireRange } from './input-rules.js';
import { ValuationInputError, requireFiniteYears, toDecimalInput, type DecimalLike } from './valuation-input.js';

// Black-Scholes needs exp, log, sqrt and the normal distribution, which decimal.js either
// lacks (erf) or computes slowly at 40 digits. The option formula runs in IEEE doubles
// instead: about 15 significant digits, far finer than the volatility estimate it rests
// on, and cent-exact below roughly 1e13. Inputs are validated as Decimals and outputs
// converted back to Decimal strings, so no float crosses the engine's boundary.

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23
// (1969) 631-637, as in his CALERF routine (netlib specfun). The approximations themselves
// are good to about 1e-18; evaluated in doubles the result is within a few 1e-15 relative
// (the exp(-x^2) factor dominates), as accurate as the C library's erfc.
// The published 18-digit constants, each written as the double it rounds to.
const ERF_A = [
  3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315,
] as const;
const ERF_B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171] as const;
const ERFC_C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769, 1712.0476126340707,
  2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
] as const;
const ERFC_D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597, 4362.619090143247,
  3439.3676741437216, 1230.3393548037495,
] as const;
const ERFC_P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378,
  0.016315387137302097,
] as const;
const ERFC_Q = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
] as const;
const ONE_OVER_SQRT_PI = 0.5641895835477563;

/** exp(-y^2) without the cancellation of squaring y directly (Cody's splitting). */
function expMinusSquare(y: number): number {
  const head = Math.trunc(y * 16) / 16;
  const tail = (y - head) * (y + head);
  return Math.exp(-head * head) * Math.exp(-tail);
}

/**
 * Complementary error function erfc(x) = 1 - erf(x) by Cody's rational approximations,
 * relative error below 5e-15; beyond |x| = 27 the result is exactly 0 (or 2). NaN gives NaN.
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  let result: number;
  if (Number.isNaN(x)) {
    return Number.NaN;
  } else if (y <= 0.46875) {
    const ysq = y * y;
    let num = ERF_A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + (ERF_A[i] ?? 0)) * ysq;
      den = (den + (ERF_B[i] ?? 0)) * ysq;
    }
    return 1 - (x * (num + ERF_A[3])) / (den + ERF_B[3]);
  } else if (y <= 4) {
    let num = ERFC_C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + (ERFC_C[i] ?? 0)) * y;
      den = (den + (ERFC_D[i] ?? 0)) * y;
    }
    result = (expMinusSquare(y) * (num + ERFC_C[7])) / (den + ERFC_D[7]);
  } else if (y >= 27) {
    // exp(-27^2) is far below the smallest double: erfc(27) already underflows to 0.
    result = 0;
  } else {
    const ysq = 1 / (y * y);
    let num = ERFC_P[5] * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + (ERFC_P[i] ?? 0)) * ysq;
      den = (den + (ERFC_Q[i] ?? 0)) * ysq;
    }
    const series = (ysq * (num + ERFC_P[4])) / (den + ERFC_Q[4]);
    result = (expMinusSquare(y) * (ONE_OVER_SQRT_PI - series)) / y;
  }
  return x < 0 ? 2 - result : result;
}

/**
 * Standard normal cumulative distribution N(x) = erfc(-x / sqrt 2) / 2: absolute error
 * below 1e-15, and relative error of a few 1e-15 even deep in the lower tail. NaN gives NaN.
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Inputs of {@link blackScholes}; amounts and rates as decimals, time in years. */
export interface BlackScholesInput {
  /** Present value of the underlying, > 0. */
  spot: DecimalLike;
  /** Exercise price, > 0. */
  strike: DecimalLike;
  /** Time to expiry, > 0 and at most 1000 years. */
  years: number;
  /** Annual volatility of the underlying ("0.3" = 30 %), > 0 and at most 5. */
  volatility: DecimalLike;
  /** Continuously compounded risk-free rate, -0.5 to 0.5. */
  riskFreeRate: DecimalLike;
  /** Continuous dividend (leakage) yield, >= 0. */
  dividendYield: DecimalLike;
}

/** Prices of {@link blackScholes}: 2 decimals half to even, and the unrounded doubles as decimal strings. */
export interface BlackScholesResult {
  call: string;
  put: string;
  unroundedCall: string;
  unroundedPut: string;
  d1: string;
  d2: string;
}

/** Above 500 % a year the lognormal model says nothing useful, and "30" for 30 % is caught. */
export const MAX_VOLATILITY = new Decimal(5);

interface OptionFields {
  spot: string;
  strike: string;
  years: string;
  volatility: string;
  riskFreeRate: string;
  dividendYield: string;
}

interface OptionArgs {
  spot: number;
  strike: number;
  years: number;
  volatility: number;
  riskFreeRate: number;
  dividendYield: number;
}

function parseOptionArgs(input: BlackScholesInput, fields: OptionFields): OptionArgs {
  const spot = parsePositive(input.spot, fields.spot);
  const strike = parsePositive(input.strike, fields.strike);
  const years = requireFiniteYears(input.years, fields.years);
  if (years <= 0 || years > MAX_PROJECTION_YEARS) {
    throw new ValuationInputError(
      fields.years,
      `must be greater than 0 and at most ${MAX_PROJECTION_YEARS}, got ${years}`,
    );
  }
  const volatility = parsePositive(input.volatility, fields.volatility);
  requireRange(
    volatility,
    fields.volatility,
    volatility.lte(MAX_VOLATILITY),
    `must be at most ${MAX_VOLATILITY.toString()}`,
  );
  const rate = toDecimalInput(input.riskFreeRate, fields.riskFreeRate);
  const bound = MAX_RATE_COMPONENT.toString();
  requireRange(rate, fields.riskFreeRate, rate.abs().lte(MAX_RATE_COMPONENT), `must be between -${bound} and ${bound}`);
  const dividendYield = toDecimalInput(input.dividendYield, fields.dividendYield);
  requireRange(dividendYield, fields.dividendYield, dividendYield.gte(0), 'must not be negative');
  return {
    spot: spot.toNumber(),
    strike: strike.toNumber(),
    years,
    volatility: volatility.toNumber(),
    riskFreeRate: rate.toNumber(),
    dividendYield: dividendYield.toNumber(),
  };
}

/** A double as a plain decimal string: toFixed() without digits never uses exponent notation. */
function decimalString(value: number): string {
  return new Decimal(value).toFixed();
}

function price({ spot, strike, years, volatility, riskFreeRate, dividendYield }: OptionArgs): BlackScholesResult {
  const spread = volatility * Math.sqrt(years);
  const d1 =
    (Math.log(spot / strike) + (riskFreeRate - dividendYield + (volatility * volatility) / 2) * years) / spread;
  const d2 = d1 - spread;
  const carriedSpot = spot * Math.exp(-dividendYield * years);
  const discountedStrike = strike * Math.exp(-riskFreeRate * years);
  // Each price is a difference of two positive terms; a rounding residue below zero is clamped.
  const call = Math.max(0, carriedSpot * normalCdf(d1) - discountedStrike * normalCdf(d2));
  const put = Math.max(0, discountedStrike * normalCdf(-d2) - carriedSpot * normalCdf(-d1));
  return {
    call: new Decimal(call).toFixed(2, Decimal.ROUND_HALF_EVEN),
    put: new Decimal(put).toFixed(2, Decimal.ROUND_HALF_EVEN),
    unroundedCall: decimalString(call),
    unroundedPut: decimalString(put),
    d1: decimalString(d1),
    d2: decimalString(d2),
  };
}

/**
 * European call and put by Black-Scholes-Merton with a continuous dividend yield q:
 * call = S e^(-qT) N(d1) - K e^(-rT) N(d2), put = K e^(-rT) N(-d2) - S e^(-qT) N(-d1),
 * d1 = (ln(S/K) + (r - q + sigma^2/2) T) / (sigma sqrt T), d2 = d1 - sigma sqrt T.
 * Computed in doubles (see the note at the top of this module).
 *
 * @throws ValuationInputError on `spot`/`strike` not positive, `years` not in (0, 1000],
 *   `volatility` not in (0, 5], `riskFreeRate` outside [-0.5, 0.5], a negative
 *   `dividendYield`, or any input that is not a finite decimal.
 */
export function blackScholes(input: BlackScholesInput): BlackScholesResult {
  return price(
    parseOptionArgs(input, {
      spot: 'spot',
      strike: 'strike',
      years: 'years',
      volatility: 'volatility',
      riskFreeRate: 'riskFreeRate',
      dividendYield: 'dividendYield',
    }),
  );
}

/** Inputs of {@link realOption}. */
export interface RealOptionInput {
  /** S: present value of the cash flows commercialisation would bring, > 0. */
  presentValueOfCashFlows: DecimalLike;
  /** K: present value of the investment needed to commercialise, > 0. */
  investmentCost: DecimalLike;
  /** T: remaining life of the right in years, > 0 and at most 1000. */
  remainingLifeYears: number;
  /** Annual volatility of the cash flows' value, > 0 and at most 5. */
  volatility: DecimalLike;
  /** Continuously compounded risk-free rate, -0.5 to 0.5. */
  riskFreeRate: DecimalLike;
  /** ISO 4217 code; carried through, all amounts are in this currency. */
  currency: string;
}

/** Result of {@link realOption}. */
export interface RealOptionResult {
  method: 'REAL_OPTION';
  currency: string;
  /** Call value, 2 decimals half to even. */
  value: string;
  unroundedValue: string;
  /** q = 1 / T, the cost of delay, unrounded. */
  dividendYield: string;
  d1: string;
  d2: string;
}

/**
 * Values a patent as a call option on commercialisation (Black-Scholes): the owner may
 * invest K to obtain cash flows worth S at any time during the remaining life T, but each
 * year of waiting gives away a year of protected income, so the dividend yield is
 * q = 1 / T (the cost of delay).
 *
 * @throws ValuationInputError on `presentValueOfCashFlows`/`investmentCost` not positive,
 *   `remainingLifeYears` not in (0, 1000], `volatility` not in (0, 5], `riskFreeRate`
 *   outside [-0.5, 0.5], a non-decimal input, or an invalid currency.
 */
export function realOption(input: RealOptionInput): RealOptionResult {
  const fields: OptionFields = {
    spot: 'presentValueOfCashFlows',
    strike: 'investmentCost',
    years: 'remainingLifeYears',
    volatility: 'volatility',
    riskFreeRate: 'riskFreeRate',
    dividendYield: 'remainingLifeYears',
  };
  // q is only derivable once T is known good, so T is checked with a placeholder yield first.
  const checked = parseOptionArgs(
    {
      ...input,
      spot: input.presentValueOfCashFlows,
      strike: input.investmentCost,
      years: input.remainingLifeYears,
      dividendYield: '0',
    },
    fields,
  );
  const currency = parseCurrency(input.currency);
  // String() of a double is the shortest decimal that round-trips, i.e. what the caller wrote.
  const dividendYield = new Decimal(1).div(String(checked.years));
  const result = price({ ...checked, dividendYield: dividendYield.toNumber() });
  return {
    method: 'REAL_OPTION',
    currency,
    value: result.call,
    unroundedValue: result.unroundedCall,
    dividendYield: dividendYield.toString(),
    d1: result.d1,
    d2: result.d2,
  };
}
