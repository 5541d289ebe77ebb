import type { Decimal } from '@app/money';

/** Places every dashboard ratio (shares, growth, attainment) is rounded to. */
export const RATIO_PLACES = 4;

/** part / whole to 4 places (half-even, the library's rounding); null when whole is zero. */
export function ratio(part: Decimal, whole: Decimal): Decimal | null {
  return whole.isZero() ? null : part.div(whole).toDecimalPlaces(RATIO_PLACES);
}
