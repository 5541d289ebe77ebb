import DecimalModule from 'decimal.js';

// decimal.js ships one declaration file written for its CommonJS build, so under
// `moduleResolution: nodenext` TypeScript types the default import as the CommonJS module
// object. Node (and Jest in ESM mode) load decimal.mjs, whose default export is the class.
const DecimalJs = DecimalModule as unknown as typeof DecimalModule.default;

/**
 * The one configured decimal.js clone used for every monetary and rate computation.
 * Precision 40 keeps intermediate results exact far beyond numeric(20,4); banker's
 * rounding (ROUND_HALF_EVEN) is the default so that repeated rounding does not drift.
 * Rules that need another rounding mode name it explicitly at the call site.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});
/** An instance of the configured {@link Decimal} clone. */
export type Decimal = InstanceType<typeof Decimal>;
/** What the `Decimal` constructor accepts. Pass a number only when it is an exact integer: a float has already lost precision. */
export type DecimalInput = Decimal | string | number;

/** An optional decimal input (absent or null stays null), e.g. a nullable GraphQL Decimal argument. */
export function decimalOrNull(value: string | null | undefined): Decimal | null {
  return value == null ? null : new Decimal(value);
}
