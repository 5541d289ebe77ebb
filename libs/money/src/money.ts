import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal } from './decimal.js';
import { MoneyError, MoneyErrorCode } from './money-error.js';
import { DECIMAL_STRING_PATTERN } from './parse.js';

/** A decimal.js rounding mode, e.g. `Decimal.ROUND_HALF_UP`. */
export type RoundingMode = DecimalJs.Rounding;

/** Plain, JSON-safe form of a {@link Money}; the amount stays a string so no float ever appears. */
export interface MoneyJson {
  amount: string;
  currency: string;
}

const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** Minor-unit scale used for currencies missing from {@link MINOR_UNITS}. */
export const DEFAULT_MINOR_UNITS = 2;

// Only the currencies the platform trades in; anything else falls back to cents,
// which is right for the large majority of ISO-4217 codes.
const MINOR_UNITS: ReadonlyMap<string, number> = new Map([
  ['CNY', 2],
  ['USD', 2],
  ['EUR', 2],
  ['HKD', 2],
  ['JPY', 0],
]);

/**
 * Number of decimal places of the currency's smallest unit (2 for USD, 0 for JPY),
 * {@link DEFAULT_MINOR_UNITS} when the currency is not in the table.
 */
export function minorUnits(currency: string): number {
  return MINOR_UNITS.get(currency) ?? DEFAULT_MINOR_UNITS;
}

function assertCurrency(currency: unknown): asserts currency is string {
  if (typeof currency !== 'string' || !CURRENCY_PATTERN.test(currency)) {
    throw new MoneyError(
      MoneyErrorCode.INVALID_CURRENCY,
      `currency must be an ISO-4217 code of three upper-case letters, got ${JSON.stringify(currency)}`,
    );
  }
}

/** Converts a trusted operand to this library's Decimal clone, refusing NaN, ±Infinity and non-canonical text. */
function toDecimal(value: string | Decimal, code: MoneyErrorCode, what: string): Decimal {
  if (typeof value === 'string') {
    if (!DECIMAL_STRING_PATTERN.test(value)) {
      throw new MoneyError(code, `${what} must be a decimal string like "1234.56", got ${JSON.stringify(value)}`);
    }
    value = new Decimal(value);
  } else if (!Decimal.isDecimal(value)) {
    throw new MoneyError(code, `${what} must be a string or a Decimal`);
  } else if (!value.isFinite()) {
    throw new MoneyError(code, `${what} must be a finite number, got ${value.toString()}`);
  } else if (value.constructor !== Decimal) {
    // A Decimal from another decimal.js clone computes with that clone's precision and rounding.
    value = new Decimal(value);
  }
  // Negative zero would otherwise report isNegative() === true.
  return value.isZero() ? new Decimal(0) : value;
}

function assertScale(scale: number): void {
  // A bad scale is a programming error, not bad input, hence RangeError rather than MoneyError.
  if (!Number.isSafeInteger(scale) || scale < 0) {
    throw new RangeError(`scale must be a non-negative integer, got ${String(scale)}`);
  }
}

/** `units * 10^-scale` built from text, because Decimal arithmetic is capped at 40 significant digits. */
function fromMinorUnits(units: bigint, scale: number): Decimal {
  return new Decimal(`${units.toString()}e-${scale}`);
}

/** The decimal's digits as an integer after shifting the point `scale` places right; exact for any size. */
function toScaledBigInt(value: Decimal, scale: number): bigint {
  const [integerPart = '0', fractionPart = ''] = value.toFixed().split('.');
  return BigInt(integerPart + fractionPart.padEnd(scale, '0'));
}

/**
 * An immutable amount of one currency. The amount is a `Decimal` kept at full precision;
 * rounding to the currency's minor unit only happens through {@link Money.round} or
 * {@link Money.allocate}, so chains of arithmetic do not accumulate rounding errors.
 */
export class Money {
  private constructor(
    /** The exact amount; never NaN, never infinite, never negative zero. */
    readonly amount: Decimal,
    /** ISO-4217 code, three upper-case letters. */
    readonly currency: string,
  ) {
    Object.freeze(this);
  }

  /**
   * Creates a money value.
   *
   * @param amount - A canonical decimal string (`"1234.56"`, no exponent) or a finite `Decimal`.
   * @param currency - ISO-4217 code such as `"CNY"`.
   * @throws {@link MoneyError} `INVALID_AMOUNT` or `INVALID_CURRENCY`.
   */
  static of(amount: string | Decimal, currency: string): Money {
    assertCurrency(currency);
    return new Money(toDecimal(amount, MoneyErrorCode.INVALID_AMOUNT, 'amount'), currency);
  }

  /** Zero of the given currency. @throws {@link MoneyError} `INVALID_CURRENCY`. */
  static zero(currency: string): Money {
    return Money.of(new Decimal(0), currency);
  }

  /** Exact sum. @throws {@link MoneyError} `CURRENCY_MISMATCH`. */
  plus(other: Money): Money {
    this.assertSameCurrency(other);
    return this.with(this.amount.plus(other.amount));
  }

  /** Exact difference. @throws {@link MoneyError} `CURRENCY_MISMATCH`. */
  minus(other: Money): Money {
    this.assertSameCurrency(other);
    return this.with(this.amount.minus(other.amount));
  }

  /**
   * Product with a unit-less factor such as a rate or a quantity; not rounded.
   * @throws {@link MoneyError} `INVALID_AMOUNT` when the factor is not a finite decimal.
   */
  times(factor: string | Decimal): Money {
    return this.with(this.amount.times(toDecimal(factor, MoneyErrorCode.INVALID_AMOUNT, 'factor')));
  }

  /**
   * Quotient by a unit-less divisor, to 40 significant digits; round the result before
   * storing it. To split an amount into parts that must add up, use {@link Money.allocate}.
   * @throws {@link MoneyError} `INVALID_AMOUNT` when the divisor is zero or not a finite decimal.
   */
  dividedBy(divisor: string | Decimal): Money {
    const d = toDecimal(divisor, MoneyErrorCode.INVALID_AMOUNT, 'divisor');
    if (d.isZero()) throw new MoneyError(MoneyErrorCode.INVALID_AMOUNT, 'divisor must not be zero');
    return this.with(this.amount.dividedBy(d));
  }

  /** The same amount with the opposite sign. */
  negated(): Money {
    return this.with(this.amount.negated());
  }

  isZero(): boolean {
    return this.amount.isZero();
  }

  /** True when strictly below zero. */
  isNegative(): boolean {
    return this.amount.isNegative();
  }

  /** True when strictly above zero. */
  isPositive(): boolean {
    return !this.amount.isZero() && this.amount.isPositive();
  }

  /**
   * Orders two amounts of the same currency by value (`"1.0"` and `"1.00"` compare equal).
   * @returns -1, 0 or 1.
   * @throws {@link MoneyError} `CURRENCY_MISMATCH`, because amounts of different currencies have no order.
   */
  compare(other: Money): -1 | 0 | 1 {
    this.assertSameCurrency(other);
    return this.amount.comparedTo(other.amount) as -1 | 0 | 1;
  }

  /** Value equality: same currency and numerically equal amounts. Never throws. */
  equals(other: Money): boolean {
    return this.currency === other.currency && this.amount.equals(other.amount);
  }

  /**
   * Rounds to `scale` decimal places.
   * @param scale - Defaults to the currency's minor units (2 for CNY, 0 for JPY).
   * @param mode - Defaults to banker's rounding, which does not drift over many roundings.
   * @throws RangeError when `scale` is not a non-negative integer.
   */
  round(scale: number = minorUnits(this.currency), mode: RoundingMode = Decimal.ROUND_HALF_EVEN): Money {
    assertScale(scale);
    return this.with(this.amount.toDecimalPlaces(scale, mode));
  }

  /**
   * Splits the amount in proportion to `ratios` (e.g. `['1', '1', '1']` or `['0.7', '0.3']`).
   *
   * The amount is first rounded half-even to `scale`; the parts then add up to exactly that
   * rounded whole, each within one unit of `scale` of its exact share. Units left over after
   * truncating every share go to the parts with the largest truncated remainders (largest
   * remainder method), ties to the earlier part, so the result is deterministic. A negative
   * amount is split like its absolute value, with every part negated.
   *
   * @param ratios - Non-negative decimals, at least one of them non-zero.
   * @param scale - Defaults to the currency's minor units.
   * @returns One part per ratio, in order.
   * @throws {@link MoneyError} `INVALID_RATIO` for an empty list, a negative or malformed ratio,
   * or ratios that are all zero.
   * @throws RangeError when `scale` is not a non-negative integer.
   */
  allocate(ratios: readonly (string | Decimal)[], scale: number = minorUnits(this.currency)): Money[] {
    assertScale(scale);
    if (ratios.length === 0) {
      throw new MoneyError(MoneyErrorCode.INVALID_RATIO, 'allocate needs at least one ratio');
    }
    const weights = ratios.map((ratio, i) => {
      const weight = toDecimal(ratio, MoneyErrorCode.INVALID_RATIO, `ratio ${i}`);
      if (weight.isNegative()) {
        throw new MoneyError(MoneyErrorCode.INVALID_RATIO, `ratio ${i} must not be negative, got ${weight.toFixed()}`);
      }
      return weight;
    });

    // BigInt keeps every step exact; Decimal would round products beyond 40 digits.
    const ratioScale = Math.max(...weights.map((w) => w.decimalPlaces()));
    const scaledWeights = weights.map((w) => toScaledBigInt(w, ratioScale));
    const totalWeight = scaledWeights.reduce((sum, w) => sum + w, 0n);
    if (totalWeight === 0n) {
      throw new MoneyError(MoneyErrorCode.INVALID_RATIO, 'ratios must not all be zero');
    }

    const whole = this.amount.toDecimalPlaces(scale, Decimal.ROUND_HALF_EVEN);
    const wholeUnits = toScaledBigInt(whole.abs(), scale);
    const shares = scaledWeights.map((w, index) => {
      const numerator = wholeUnits * w;
      return { index, units: numerator / totalWeight, remainder: numerator % totalWeight };
    });

    let leftover = wholeUnits - shares.reduce((sum, s) => sum + s.units, 0n);
    const byRemainder = [...shares].sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
    for (const share of byRemainder) {
      if (leftover === 0n) break;
      share.units += 1n;
      leftover -= 1n;
    }

    const sign = whole.isNegative() ? -1n : 1n;
    return shares.map((s) => this.with(fromMinorUnits(sign * s.units, scale)));
  }

  /** `{ amount: "1234.56", currency: "CNY" }`; the amount is plain notation, never exponent. */
  toJSON(): MoneyJson {
    return { amount: this.amount.toFixed(), currency: this.currency };
  }

  /** `"1234.56 CNY"`, for logs and messages. */
  toString(): string {
    return `${this.amount.toFixed()} ${this.currency}`;
  }

  private with(amount: Decimal): Money {
    return new Money(amount.isZero() ? new Decimal(0) : amount, this.currency);
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new MoneyError(MoneyErrorCode.CURRENCY_MISMATCH, `cannot combine ${this.currency} with ${other.currency}`);
    }
  }
}
