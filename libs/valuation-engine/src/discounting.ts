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

/** (1 + rate)^(year - 1/2), built from an integer power and a square root, both correctly rounded. */
function midYearGrowthFactor(rate: Decimal, year: number): Decimal {
  if (!Number.isSafeInteger(year) || year < 1) {
    throw new ValuationInputError('period', `must be a positive integer year, got ${year}`);
  }
  // decimal.js computes a fractional power through exp(ln(x) * y), which is only "almost
  // always" correctly rounded; (1 + r)^(t-1) * sqrt(1 + r) keeps results reproducible.
  return growthFactor(rate, year - 1).times(rate.plus(1).sqrt());
}

/**
 * Mid-year discount factor 1 / (1 + rate)^(year - 0.5): income of year t is assumed to
 * arrive evenly over the year, so on average half-way through it. Year 1 is discounted
 * by half a year only.
 *
 * @throws ValuationInputError `INVALID_INPUT` on `discountRate` when rate <= -1 and on
 *   `period` unless `year` is a positive integer.
 */
export function midYearDiscountFactor(rate: Decimal, year: number): Decimal {
  return new Decimal(1).div(midYearGrowthFactor(rate, year));
}

/**
 * Present value of `amount` earned evenly over year `year`, discounted from its middle,
 * unrounded; e.g. 110 in year 1 at 21 % is exactly 100.
 *
 * @throws ValuationInputError as {@link midYearDiscountFactor}.
 */
export function midYearPresentValue(amount: Decimal, rate: Decimal, year: number): Decimal {
  return amount.div(midYearGrowthFactor(rate, year));
}
