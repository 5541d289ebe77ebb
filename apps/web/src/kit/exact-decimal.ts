import DecimalJs from 'decimal.js';

/**
 * Exact decimal arithmetic for figures the console derives from the API's decimal strings
 * (sums, ratios): never through a float. Precision 40 is far beyond any amount the API sends.
 */
export const ExactDecimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});
export type ExactDecimal = InstanceType<typeof ExactDecimal>;

/** The exact sum of decimal strings, as a plain decimal string. */
export function sumDecimals(values: readonly string[]): string {
  return values.reduce((sum, v) => sum.plus(v), new ExactDecimal(0)).toFixed();
}

/** A decimal rounded half-even to the cent, as a string with two decimals. */
export function toCents(value: ExactDecimal): string {
  return value.toDecimalPlaces(2, ExactDecimal.ROUND_HALF_EVEN).toFixed(2);
}

/**
 * Compares two decimal strings exactly (-1, 0, 1): `'0.0435'` against `'0.04350'` is 0.
 * Null when either is not a plain decimal (an API value still loading, a typo).
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 | null {
  const plain = /^-?\d+(\.\d+)?$/;
  if (!plain.test(a.trim()) || !plain.test(b.trim())) return null;
  return new ExactDecimal(a.trim()).comparedTo(b.trim()) as -1 | 0 | 1;
}
