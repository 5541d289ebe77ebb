import { Decimal } from '@app/money';

/**
 * A decimal amount or rate: a plain decimal string ("1234.56", "0.05", "1e3") or a
 * Decimal. JS numbers are refused so that no binary float ever reaches a valuation.
 */
export type DecimalLike = string | Decimal;

/**
 * Raised when a valuation input cannot be used. `field` is the input path, e.g.
 * `royaltyRate` or `revenues[3]`, so API layers can point at the offending value.
 */
export class ValuationInputError extends Error {
  override readonly name = 'ValuationInputError';
  readonly code = 'INVALID_INPUT';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/**
 * Inputs beyond this magnitude are refused: they cannot be stored as numeric(20,4)
 * and usually mean a unit mistake; it also rejects '1e309', which decimal.js would
 * happily accept although no client could represent it.
 */
export const MAX_INPUT_MAGNITUDE = new Decimal('1e16');

/** Plain decimal notation only; decimal.js would also take hex, binary, NaN and Infinity. */
const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Converts a {@link DecimalLike} to a Decimal, refusing anything that is not a finite
 * number of sane magnitude.
 *
 * @throws ValuationInputError naming `field`.
 */
export function toDecimalInput(value: unknown, field: string): Decimal {
  let parsed: Decimal;
  if (value instanceof Decimal) {
    parsed = value;
  } else if (typeof value === 'string' && DECIMAL_STRING.test(value.trim())) {
    parsed = new Decimal(value.trim());
  } else if (typeof value === 'number') {
    throw new ValuationInputError(field, `must be a decimal string, not a JS number (${value})`);
  } else {
    throw new ValuationInputError(field, `is not a decimal number: ${JSON.stringify(value)}`);
  }
  if (!parsed.isFinite()) throw new ValuationInputError(field, 'must be finite');
  if (parsed.abs().gte(MAX_INPUT_MAGNITUDE)) {
    throw new ValuationInputError(field, `magnitude must be below ${MAX_INPUT_MAGNITUDE.toString()}`);
  }
  // '-0' would otherwise surface as '-0.00' in outputs.
  return parsed.isZero() ? new Decimal(0) : parsed;
}

/**
 * Checks a length of time in years is a finite JS number.
 *
 * @throws ValuationInputError naming `field`.
 */
export function requireFiniteYears(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValuationInputError(field, `must be a finite number of years, got ${String(value)}`);
  }
  return value;
}
