import { Decimal } from '@app/money';
import { ValuationInputError } from './valuation-input.js';

/** (1 + rate)^period after checking both; shared so the two exports agree exactly. */
function growthFactor(rate: Decimal, period: number): Decimal {
  if (rate.lte(-1)) throw new ValuationInputError('discountRate', 'must be greater than -1');
  if (!Number.isSafeInteger(period) || period < 0) {
    throw new ValuationInputError('period', `must be a non-negative integer, got ${period}`);
  }
  return rate.plus(1).pow(period);
}

/**
 * End-of-period discount factor 1 / (1 + rate)^period: income of year t is assumed
 * to arrive at the end of year t.
 *
 * @throws ValuationInputError `INVALID_INPUT` on `discountRate` when rate <= -1 (the
 *   factor would be undefined or change sign) and on `period` unless it is a
 *   non-negative integer.
 */
export function discountFactor(rate: Decimal, period: number): Decimal {
  return new Decimal(1).div(growthFactor(rate, period));
}

/**
 * Present value of `amount` received at the end of `period` at `rate`, unrounded.
 * Divides by (1 + rate)^period instead of multiplying by the rounded discount factor,
 * so e.g. 121 at 10 % over two years is exactly 100.
 *
 * @throws ValuationInputError as {@link discountFactor}.
 */
export function presentValue(amount: Decimal, rate: Decimal, period: number): Decimal {
  return amount.div(growthFactor(rate, period));
}
