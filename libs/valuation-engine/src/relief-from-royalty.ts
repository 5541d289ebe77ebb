import { Decimal } from '@app/money';
import {
  MAX_PROJECTION_YEARS,
  parseIncomeTerms,
  valueIncomeMethod,
  type IncomeBenefitStream,
  type IncomeStreamYear,
} from './income-approach.js';
import { type IncomePeriod } from './income-period.js';
import { parseFraction, parseNonNegative, parseTaxRate, requireRange } from './input-rules.js';
import { ValuationInputError, toDecimalInput, type DecimalLike } from './valuation-input.js';

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
  /** Discount at mid-year instead of year end (default false). */
  midYear?: boolean;
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

// Kept exported from here, where it was first defined; it now bounds every generated stream.
export { MAX_PROJECTION_YEARS } from './income-approach.js';

type RevenueYear = IncomeStreamYear<{ revenue: string }>;

/**
 * Validates the revenues and turns them into a benefit stream; explicit lists are validated
 * in full even beyond the income period, projections before any year is generated.
 */
function revenueStream(
  revenues: ReliefFromRoyaltyInput['revenues'],
  afterTaxRoyalty: Decimal,
): IncomeBenefitStream<{ revenue: string }> {
  // Zero revenue, not zero benefit, ends the stream: a zero royalty rate still shows every year.
  const yearOf = (revenue: Decimal): RevenueYear => ({
    inputs: { revenue: revenue.toString() },
    benefit: revenue.times(afterTaxRoyalty),
    endsStream: revenue.lte(0),
  });
  if (Array.isArray(revenues)) {
    const list: readonly DecimalLike[] = revenues;
    if (list.length === 0) throw new ValuationInputError('revenues', 'must contain at least one year');
    return list.map((revenue, i) => yearOf(parseNonNegative(revenue, `revenues[${i}]`)));
  }
  if (typeof revenues !== 'object' || revenues === null) {
    throw new ValuationInputError('revenues', 'must be a list of revenues or a projection');
  }
  const projection = revenues as RevenueProjection;
  const base = parseNonNegative(projection.baseRevenue, 'revenues.baseRevenue');
  const growth = toDecimalInput(projection.growthRate, 'revenues.growthRate');
  // Below -100 % growth the sign would alternate year by year, which is meaningless.
  requireRange(growth, 'revenues.growthRate', growth.gte(-1), 'must be at least -1');
  const years = projection.years;
  if (!Number.isSafeInteger(years) || years < 1 || years > MAX_PROJECTION_YEARS) {
    throw new ValuationInputError(
      'revenues.years',
      `must be an integer from 1 to ${MAX_PROJECTION_YEARS}, got ${String(years)}`,
    );
  }
  const factor = growth.plus(1);
  return (year) => (year <= years ? yearOf(base.times(factor.pow(year))) : undefined);
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
 * may not add up to `value` to the cent. The discounting is the shared income approach
 * (`incomeApproach`), always end-of-year here.
 *
 * @throws ValuationInputError (`code` INVALID_INPUT, `field` the input path) for a
 *   non-decimal or out-of-range input: discountRate <= -1, royaltyRate outside [0, 1],
 *   taxRate outside [0, 1), a non-positive or non-finite life, an empty stream, a
 *   negative revenue, or a currency that is not three upper-case letters.
 */
export function reliefFromRoyalty(input: ReliefFromRoyaltyInput): ReliefFromRoyaltyResult {
  const royaltyRate = parseFraction(input.royaltyRate, 'royaltyRate');
  const taxRate = parseTaxRate(input.taxRate);
  const terms = parseIncomeTerms({
    discountRate: input.discountRate,
    remainingLegalYears: input.remainingLegalYears,
    economicLifeYears: input.economicLifeYears,
    midYear: input.midYear === true,
    currency: input.currency,
  });
  const stream = revenueStream(input.revenues, royaltyRate.times(new Decimal(1).minus(taxRate)));
  // The shared core also reports stoppedAtYear and midYear; this result type predates them.
  const { method, currency, value, unroundedValue, incomePeriod, years } = valueIncomeMethod(
    'RELIEF_FROM_ROYALTY',
    terms,
    stream,
  );
  return { method, currency, value, unroundedValue, incomePeriod, years };
}
