import { Decimal } from '@app/money';
import { parseCurrency, parseNonNegative, parsePositive, requireRange } from './input-rules.js';
import { ValuationInputError, type DecimalLike } from './valuation-input.js';

/**
 * Multiplicative adjustments that bring a comparable's price to the subject IP: "1.10"
 * means the subject is worth 10 % more on that count, "0.90" 10 % less; "1" is no change.
 */
export interface ComparableAdjustments {
  /** Technology: advancement, maturity, scope of the claims. */
  technical: DecimalLike;
  /** Market size, margins, exclusivity. */
  economic: DecimalLike;
  /** Legal status and remaining term of the right, licence terms. */
  legal: DecimalLike;
  /** Date of the transaction (price level, market since then). */
  time: DecimalLike;
}

/** One comparable transaction (sale or licence of similar IP), price in the result's currency. */
export interface Comparable {
  /** Where the price comes from (deal, database id); carried through. */
  reference?: string;
  price: DecimalLike;
  adjustments: ComparableAdjustments;
  /** Relative weight, not negative; give it on every comparable or on none. */
  weight?: DecimalLike;
}

/** Inputs of {@link marketApproach}. */
export interface MarketApproachInput {
  comparables: readonly Comparable[];
  /** ISO 4217 code; carried through, all amounts are in this currency. */
  currency: string;
}

/** How far the market value can be relied on; see {@link marketApproach}. */
export type MarketConfidence = 'LOW' | 'MEDIUM' | 'HIGH';

/** One adjusted comparable; decimal strings, unrounded. */
export interface AdjustedComparable {
  reference: string | null;
  price: string;
  /** technical x economic x legal x time. */
  combinedFactor: string;
  /** price x combinedFactor. */
  adjustedPrice: string;
  /** The weight used (1 for each when none were given). */
  weight: string;
}

/** Dispersion of the adjusted prices; decimal strings, unrounded. */
export interface MarketStatistics {
  count: number;
  /** Plain mean of the adjusted prices, whatever the weights. */
  mean: string;
  min: string;
  max: string;
  /** Sample standard deviation (n - 1); null with a single comparable. */
  standardDeviation: string | null;
  /** standardDeviation / mean; null with a single comparable. */
  coefficientOfVariation: string | null;
}

/** Result of {@link marketApproach}. */
export interface MarketApproachResult {
  method: 'MARKET';
  currency: string;
  /** Mean adjusted price (weighted when weights were given), 2 decimals half to even. */
  value: string;
  unroundedValue: string;
  weighted: boolean;
  comparables: AdjustedComparable[];
  statistics: MarketStatistics;
  confidence: MarketConfidence;
  /** Why the confidence is what it is, including the scarcity of licence prices. */
  confidenceNote: string;
}

/** An adjustment factor beyond 10x means the "comparable" is not comparable, or a percentage was typed ("110" for 110 %). */
export const MAX_ADJUSTMENT_FACTOR = new Decimal(10);

/** With a coefficient of variation above this the comparables disagree too much to rely on. */
export const MAX_RELIABLE_CV = new Decimal('0.5');

const SCARCITY =
  'Licence and sale prices of IP are scarce and rarely disclosed, and no two rights are alike, ' +
  'so a market value is best read as a check on the income approach.';

function parseFactor(value: unknown, field: string): Decimal {
  const factor = parsePositive(value, field);
  return requireRange(
    factor,
    field,
    factor.lte(MAX_ADJUSTMENT_FACTOR),
    `must be at most ${MAX_ADJUSTMENT_FACTOR.toString()}`,
  );
}

interface ParsedComparable {
  reference: string | null;
  price: Decimal;
  combinedFactor: Decimal;
  adjustedPrice: Decimal;
  weight: Decimal | null;
}

function parseComparable(comparable: Comparable, field: string): ParsedComparable {
  if (typeof comparable !== 'object' || comparable === null) throw new ValuationInputError(field, 'must be an object');
  const reference: unknown = comparable.reference;
  if (reference !== undefined && typeof reference !== 'string')
    throw new ValuationInputError(`${field}.reference`, 'must be a string');
  const price = parsePositive(comparable.price, `${field}.price`);
  const adjustments: unknown = comparable.adjustments;
  if (typeof adjustments !== 'object' || adjustments === null)
    throw new ValuationInputError(`${field}.adjustments`, 'must be an object');
  const combinedFactor = (['technical', 'economic', 'legal', 'time'] as const)
    .map((name) => parseFactor(comparable.adjustments[name], `${field}.adjustments.${name}`))
    .reduce((product, factor) => product.times(factor), new Decimal(1));
  const weight = comparable.weight === undefined ? null : parseNonNegative(comparable.weight, `${field}.weight`);
  return { reference: reference ?? null, price, combinedFactor, adjustedPrice: price.times(combinedFactor), weight };
}

function confidenceOf(count: number, cv: Decimal | null): { confidence: MarketConfidence; note: string } {
  if (count < 3)
    return { confidence: 'LOW', note: `Only ${count} comparable${count === 1 ? '' : 's'} (fewer than 3). ${SCARCITY}` };
  if (cv !== null && cv.gt(MAX_RELIABLE_CV)) {
    return {
      confidence: 'LOW',
      note: `The adjusted prices disagree (coefficient of variation ${cv.toFixed(2)} > 0.5). ${SCARCITY}`,
    };
  }
  if (count <= 5) return { confidence: 'MEDIUM', note: `${count} comparables (3 to 5). ${SCARCITY}` };
  return { confidence: 'HIGH', note: `${count} consistent comparables. ${SCARCITY}` };
}

/**
 * Values an IP right by the market approach: comparable transactions, each price
 * adjusted multiplicatively for technical, economic, legal (and term) and time
 * differences, then averaged (weighted when weights are given).
 *
 * Confidence: LOW with fewer than 3 comparables or a coefficient of variation above 0.5,
 * MEDIUM with 3 to 5, HIGH with 6 or more that agree. Licence prices are scarce and
 * seldom public, so LOW is the common outcome and the note says so.
 *
 * @throws ValuationInputError naming the input: `comparables` empty or not a list, a
 *   price that is not positive (`comparables[1].price`), an adjustment factor not in
 *   (0, 10] (`comparables[0].adjustments.time`), a negative weight, weights given on some
 *   comparables only (`comparables[2].weight`) or all zero (`comparables`), or an invalid currency.
 */
export function marketApproach(input: MarketApproachInput): MarketApproachResult {
  const list: unknown = input.comparables;
  if (!Array.isArray(list)) throw new ValuationInputError('comparables', 'must be a list of comparables');
  if (list.length === 0) throw new ValuationInputError('comparables', 'must contain at least one comparable');
  const parsed = (list as readonly Comparable[]).map((comparable, i) =>
    parseComparable(comparable, `comparables[${i}]`),
  );
  const weighted = parsed.some((c) => c.weight !== null);
  const unweightedAt = parsed.findIndex((c) => c.weight === null);
  if (weighted && unweightedAt >= 0) {
    throw new ValuationInputError(`comparables[${unweightedAt}].weight`, 'is required when any comparable is weighted');
  }
  const currency = parseCurrency(input.currency);

  const one = new Decimal(1);
  const weights = parsed.map((c) => c.weight ?? one);
  const weightSum = weights.reduce((sum, w) => sum.plus(w), new Decimal(0));
  if (weightSum.isZero()) throw new ValuationInputError('comparables', 'the weights must not all be zero');
  const value = parsed
    .reduce((sum, c, i) => sum.plus(c.adjustedPrice.times(weights[i] ?? one)), new Decimal(0))
    .div(weightSum);

  const prices = parsed.map((c) => c.adjustedPrice);
  const count = prices.length;
  const mean = prices.reduce((sum, p) => sum.plus(p), new Decimal(0)).div(count);
  const sd =
    count < 2
      ? null
      : prices
          .reduce((sum, p) => sum.plus(p.minus(mean).pow(2)), new Decimal(0))
          .div(count - 1)
          .sqrt();
  // Prices and factors are positive, so the mean is too and the ratio is defined.
  const cv = sd === null ? null : sd.div(mean);
  const { confidence, note } = confidenceOf(count, cv);

  return {
    method: 'MARKET',
    currency,
    value: value.toFixed(2, Decimal.ROUND_HALF_EVEN),
    unroundedValue: value.toString(),
    weighted,
    comparables: parsed.map((c, i) => ({
      reference: c.reference,
      price: c.price.toString(),
      combinedFactor: c.combinedFactor.toString(),
      adjustedPrice: c.adjustedPrice.toString(),
      weight: (weights[i] ?? one).toString(),
    })),
    statistics: {
      count,
      mean: mean.toString(),
      min: Decimal.min(...prices).toString(),
      max: Decimal.max(...prices).toString(),
      standardDeviation: sd?.toString() ?? null,
      coefficientOfVariation: cv?.toString() ?? null,
    },
    confidence,
    confidenceNote: note,
  };
}
