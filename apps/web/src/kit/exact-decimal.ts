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
