import { Decimal } from '@app/money';
import { ValuationInputError, requireFiniteYears, toDecimalInput } from './valuation-input.js';

// Validation rules shared by the valuation methods, so that the same input (a tax rate,
// a discount rate, a life) is held to the same bounds whichever method receives it.
// Internal to the engine: index.ts does not export this module.

/** Returns `value` when `ok`, otherwise throws naming `field` and quoting the value. */
export function requireRange(value: Decimal, field: string, ok: boolean, rule: string): Decimal {
  if (!ok) throw new ValuationInputError(field, `${rule}, got ${value.toString()}`);
  return value;
}

/** A tax rate: 0 allowed, 100 % refused because it would leave no benefit to value. */
export function parseTaxRate(value: unknown, field = 'taxRate'): Decimal {
  const rate = toDecimalInput(value, field);
  return requireRange(rate, field, rate.gte(0) && rate.lt(1), 'must be at least 0 and below 1');
}

/** A discount rate: at or below -100 % the factor 1 / (1 + r)^t is undefined or changes sign. */
export function parseDiscountRate(value: unknown, field = 'discountRate'): Decimal {
  const rate = toDecimalInput(value, field);
  return requireRange(rate, field, rate.gt(-1), 'must be greater than -1');
}

/** A share of a whole (royalty rate, split ratio, obsolescence factor): 0 to 1 inclusive. */
export function parseFraction(value: unknown, field: string): Decimal {
  const rate = toDecimalInput(value, field);
  return requireRange(rate, field, rate.gte(0) && rate.lte(1), 'must be between 0 and 1');
}

/** An amount that cannot be negative (a cost, an asset value, a revenue). */
export function parseNonNegative(value: unknown, field: string): Decimal {
  const amount = toDecimalInput(value, field);
  return requireRange(amount, field, amount.gte(0), 'must not be negative');
}

/** An amount that must be strictly positive (a price, a volatility). */
export function parsePositive(value: unknown, field: string): Decimal {
  const amount = toDecimalInput(value, field);
  return requireRange(amount, field, amount.gt(0), 'must be greater than 0');
}

/**
 * A profit mark-up on cost. Large mark-ups are legitimate for IP (the guideline's own example
 * uses 400 %), so the only upper bound is one that catches a percentage typed for a fraction
 * ("2500" for 25 %); a mark-up of -100 % or below would make the marked-up cost non-positive.
 */
export const MAX_PROFIT_RATE = new Decimal(10);

/** Parses a profit mark-up rate, see {@link MAX_PROFIT_RATE}. */
export function parseProfitRate(value: unknown, field: string): Decimal {
  const rate = toDecimalInput(value, field);
  return requireRange(
    rate,
    field,
    rate.gt(-1) && rate.lte(MAX_PROFIT_RATE),
    `must be greater than -1 and at most ${MAX_PROFIT_RATE.toString()}`,
  );
}

/** A life or term in years: finite and strictly positive (fractions allowed). */
export function parsePositiveLife(value: unknown, field: string): number {
  const years = requireFiniteYears(value, field);
  if (years <= 0) throw new ValuationInputError(field, `must be greater than 0, got ${years}`);
  return years;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** An ISO 4217 code; carried through unchanged, every amount of a valuation is in it. */
export function parseCurrency(value: unknown, field = 'currency'): string {
  if (typeof value !== 'string' || !CURRENCY_CODE.test(value)) {
    throw new ValuationInputError(field, `must be an ISO 4217 code, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** An optional boolean flag; `undefined` means `fallback`. */
export function parseFlag(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new ValuationInputError(field, `must be true or false, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * A non-empty per-year list, year 1 first; every element is parsed with `parse`, which
 * receives the element's own path (`field[i]`) so an error points at the bad year.
 */
export function parseYearList<T>(
  value: unknown,
  field: string,
  parse: (element: unknown, elementField: string) => T,
): T[] {
  if (!Array.isArray(value)) throw new ValuationInputError(field, 'must be a list with one entry per year');
  const list: readonly unknown[] = value;
  if (list.length === 0) throw new ValuationInputError(field, 'must contain at least one year');
  return list.map((element, i) => parse(element, `${field}[${i}]`));
}

/** Per-year lists that are multiplied year by year must cover the same years. */
export function requireSameLength(expected: number, expectedField: string, actual: number, actualField: string): void {
  if (actual !== expected) {
    throw new ValuationInputError(
      actualField,
      `mismatched lengths: ${actual} entries against ${expected} in ${expectedField}`,
    );
  }
}
