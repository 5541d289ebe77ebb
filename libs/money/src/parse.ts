import { Decimal } from './decimal.js';
import { MoneyError, MoneyErrorCode } from './money-error.js';

/**
 * The only textual form accepted for amounts: no exponent, no sign other than a leading
 * minus, no surrounding whitespace, no bare `.5`. It is what PostgreSQL prints for
 * `numeric`, so values round-trip without reformatting.
 */
export const DECIMAL_STRING_PATTERN = /^-?\d+(\.\d+)?$/;

/** Integer digits that fit `numeric(20,4)`, the column type used for amounts. */
export const DEFAULT_MAX_INTEGER_DIGITS = 16;

/** Limits applied by {@link parseDecimal}. */
export interface ParseDecimalOptions {
  /** Smallest accepted value (inclusive). */
  min?: Decimal | string;
  /** Largest accepted value (inclusive). */
  max?: Decimal | string;
  /**
   * Whether values below zero are accepted. Defaults to `false` because most inputs
   * (principal, valuation, fee) must not be negative and forgetting to say so should fail safe.
   */
  allowNegative?: boolean;
  /** Most significant fractional digits; trailing zeros do not count. Unlimited by default. */
  maxScale?: number;
  /** Most integer digits, leading zeros not counted. Defaults to {@link DEFAULT_MAX_INTEGER_DIGITS}. */
  maxIntegerDigits?: number;
}

function invalid(field: string, problem: string): MoneyError {
  return new MoneyError(MoneyErrorCode.INVALID_AMOUNT, `${field}: ${problem}`, { field });
}

function toCanonicalString(value: unknown, field: string): string {
  if (typeof value === 'string' && DECIMAL_STRING_PATTERN.test(value)) return value;
  // Integers below 2^53 are exact in a double, so clients may send them unquoted.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw invalid(field, 'must be a decimal string like "1234.56"');
}

/**
 * Parses an untrusted amount at a system boundary (GraphQL input, CSV import, config).
 *
 * Accepts a canonical decimal string (`/^-?\d+(\.\d+)?$/`) or a JS safe integer; rejects
 * everything else, including `NaN`, `Infinity`, exponent notation and floats, because
 * those either are not amounts or have already lost precision.
 *
 * @param value - The raw input.
 * @param field - The input path, used in the message and the error's `field`.
 * @returns The value as a `Decimal`; `-0` comes back as `0`.
 * @throws {@link MoneyError} with code `INVALID_AMOUNT` naming `field` when the value is
 * malformed or outside the limits in `opts`.
 */
export function parseDecimal(value: unknown, field: string, opts: ParseDecimalOptions = {}): Decimal {
  const text = toCanonicalString(value, field);
  const negative = text.startsWith('-');
  const [integerPart = '', fractionPart = ''] = (negative ? text.slice(1) : text).split('.');

  // Digit limits are checked on the text before building a Decimal so that a huge input
  // is refused without allocating it.
  const maxIntegerDigits = opts.maxIntegerDigits ?? DEFAULT_MAX_INTEGER_DIGITS;
  const integerDigits = integerPart.replace(/^0+/, '').length;
  if (integerDigits > maxIntegerDigits) {
    throw invalid(field, `must have at most ${maxIntegerDigits} digits before the decimal point`);
  }
  if (opts.maxScale !== undefined && fractionPart.replace(/0+$/, '').length > opts.maxScale) {
    throw invalid(field, `must have at most ${opts.maxScale} digits after the decimal point`);
  }

  const parsed = new Decimal(text);
  // '-0' is zero; keeping its sign would make isNegative() true for a zero amount.
  const result = parsed.isZero() ? new Decimal(0) : parsed;

  if (!(opts.allowNegative ?? false) && result.isNegative()) {
    throw invalid(field, 'must not be negative');
  }
  if (opts.min !== undefined && result.lessThan(opts.min)) {
    throw invalid(field, `must be at least ${new Decimal(opts.min).toFixed()}`);
  }
  if (opts.max !== undefined && result.greaterThan(opts.max)) {
    throw invalid(field, `must be at most ${new Decimal(opts.max).toFixed()}`);
  }
  return result;
}
