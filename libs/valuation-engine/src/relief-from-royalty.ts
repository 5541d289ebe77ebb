import { Decimal } from '@app/money';
import { discountFactor, presentValue } from './discounting.js';
import { incomePeriod, type IncomePeriod } from './income-period.js';
import { ValuationInputError, requireFiniteYears, toDecimalInput, type DecimalLike } from './valuation-input.js';

/** Revenue generated as base * (1 + growthRate)^t for t = 1..years. */
export interface RevenueProjection {
  baseRevenue: DecimalLike;
  growthRate: DecimalLike;
  years: number;
}

/** Inputs of {@link reliefFromRoyalty}. Rates are fractions ("0.05" = 5 %). */
export interface ReliefFromRoyaltyInput {
  /** Revenue attributable to the IP per year, year 1 first, or a growth projection. */
  revenues: readonly DecimalLike[] | RevenueProjection;
  royaltyRate: DecimalLike;
  taxRate: DecimalLike;
  discountRate: DecimalLike;
  remainingLegalYears: number;
  economicLifeYears: number;
  /** ISO 4217 code; carried through, all amounts are in this currency. */
  currency: string;
}

/** One valued year; all amounts are decimal strings. */
export interface ReliefFromRoyaltyYear {
  year: number;
  revenue: string;
  /** After-tax royalty saved: revenue * royaltyRate * (1 - taxRate), unrounded. */
  benefit: string;
  /** 1 / (1 + r)^year, 10 decimals, for display; present values divide by (1 + r)^year directly. */
  discountFactor: string;
  /** 2 decimals (display only; the total sums unrounded values). */
  presentValue: string;
}

/** Result of {@link reliefFromRoyalty}. */
export interface ReliefFromRoyaltyResult {
  method: 'RELIEF_FROM_ROYALTY';
  currency: string;
  /** Total present value rounded to 2 decimals, half to even. */
  value: string;
  /** Total present value before rounding. */
  unroundedValue: string;
  incomePeriod: IncomePeriod;
  years: ReliefFromRoyaltyYear[];
}

/** Guards the generated projection against a unit mix-up (months or days for years). */
export const MAX_PROJECTION_YEARS = 1000;

const CURRENCY_CODE = /^[A-Z]{3}$/;

function requireRange(value: Decimal, field: string, ok: boolean, rule: string): Decimal {
  if (!ok) throw new ValuationInputError(field, `${rule}, got ${value.toString()}`);
  return value;
}

function requirePositiveLife(value: unknown, field: string): number {
  const years = requireFiniteYears(value, field);
  if (years <= 0) throw new ValuationInputError(field, `must be greater than 0, got ${years}`);
  return years;
}

/** Validates and materialises up to `limit` revenues; explicit streams are validated in full. */
function revenueStream(revenues: ReliefFromRoyaltyInput['revenues'], limit: number): Decimal[] {
  if (Array.isArray(revenues)) {
    const list: readonly DecimalLike[] = revenues;
    if (list.length === 0) throw new ValuationInputError('revenues', 'must contain at least one year');
    const parsed = list.map((revenue, i) => {
      const field = `revenues[${i}]`;
      const value = toDecimalInput(revenue, field);
      return requireRange(value, field, value.gte(0), 'must not be negative');
    });
    return parsed.slice(0, limit);
  }
  if (typeof revenues !== 'object' || revenues === null) {
    throw new ValuationInputError('revenues', 'must be a list of revenues or a projection');
  }
  const projection = revenues as RevenueProjection;
  const base = toDecimalInput(projection.baseRevenue, 'revenues.baseRevenue');
  requireRange(base, 'revenues.baseRevenue', base.gte(0), 'must not be negative');
  const growth = toDecimalInput(projection.growthRate, 'revenues.growthRate');
  // Below -100 % growth the sign would alternate year by year, which is meaningless.
  requireRange(growth, 'revenues.growthRate', growth.gte(-1), 'must be at least -1');
  const years = projection.years;
  if (!Number.isSafeInteger(years) || years < 1 || years > MAX_PROJECTION_YEARS) {
    throw new ValuationInputError('revenues.years', `must be an integer from 1 to ${MAX_PROJECTION_YEARS}, got ${String(years)}`);
  }
  const factor = growth.plus(1);
  return Array.from({ length: Math.min(years, limit) }, (_, i) => base.times(factor.pow(i + 1)));
}

/**
 * Values an IP right by the relief-from-royalty method: the owner is worth the
 * after-tax royalties it is spared from paying a licensor.
 *
 * - Income period = min(remaining legal term, economic life) in whole years
 *   (see {@link incomePeriod}); revenues beyond it are ignored and a shorter stream
 *   ends the valuation early.
 * - benefit_t = revenue_t * royaltyRate * (1 - taxRate).
 * - PV = sum of benefit_t / (1 + discountRate)^t, end-of-year discounting.
 * - Once a year's revenue is zero the product is taken to be off the market: that
 *   year is shown with no benefit and later years are not counted.
 *
 * All arithmetic is decimal; only the outputs are rounded, so per-year present values
 * may not add up to `value` to the cent.
 *
 * @throws ValuationInputError (`code` INVALID_INPUT, `field` the input path) for a
 *   non-decimal or out-of-range input: discountRate <= -1, royaltyRate outside [0, 1],
 *   taxRate outside [0, 1), a non-positive or non-finite life, an empty stream, a
 *   negative revenue, or a currency that is not three upper-case letters.
 */
export function reliefFromRoyalty(input: ReliefFromRoyaltyInput): ReliefFromRoyaltyResult {
  const royaltyRate = toDecimalInput(input.royaltyRate, 'royaltyRate');
  requireRange(royaltyRate, 'royaltyRate', royaltyRate.gte(0) && royaltyRate.lte(1), 'must be between 0 and 1');
  const taxRate = toDecimalInput(input.taxRate, 'taxRate');
  requireRange(taxRate, 'taxRate', taxRate.gte(0) && taxRate.lt(1), 'must be at least 0 and below 1');
  const discountRate = toDecimalInput(input.discountRate, 'discountRate');
  requireRange(discountRate, 'discountRate', discountRate.gt(-1), 'must be greater than -1');
  const remainingLegalYears = requirePositiveLife(input.remainingLegalYears, 'remainingLegalYears');
  const economicLifeYears = requirePositiveLife(input.economicLifeYears, 'economicLifeYears');
  if (typeof input.currency !== 'string' || !CURRENCY_CODE.test(input.currency)) {
    throw new ValuationInputError('currency', `must be an ISO 4217 code, got ${JSON.stringify(input.currency)}`);
  }

  const period = incomePeriod({ remainingLegalYears, economicLifeYears });
  const revenues = revenueStream(input.revenues, period.years);
  const afterTaxRoyalty = royaltyRate.times(new Decimal(1).minus(taxRate));

  const years: ReliefFromRoyaltyYear[] = [];
  let total = new Decimal(0);
  for (const [index, revenue] of revenues.entries()) {
    const year = index + 1;
    const benefit = revenue.times(afterTaxRoyalty);
    const pv = presentValue(benefit, discountRate, year);
    total = total.plus(pv);
    years.push({
      year,
      revenue: revenue.toString(),
      benefit: benefit.toString(),
      discountFactor: discountFactor(discountRate, year).toFixed(10, Decimal.ROUND_HALF_EVEN),
      presentValue: pv.toFixed(2, Decimal.ROUND_HALF_EVEN),
    });
    if (revenue.lte(0)) break;
  }

  return {
    method: 'RELIEF_FROM_ROYALTY',
    currency: input.currency,
    value: total.toFixed(2, Decimal.ROUND_HALF_EVEN),
    unroundedValue: total.toString(),
    incomePeriod: period,
    years,
  };
}
