import { Decimal } from '@app/money';
import { ValuationInputError, toDecimalInput, type DecimalLike } from './valuation-input.js';

/** How far a method's result, or the reconciled value, can be relied on. */
export type ReconciliationConfidence = 'HIGH' | 'MEDIUM' | 'LOW';

/** One method's value to reconcile. */
export interface ReconciliationMethodInput {
  /** Label shown in the workings, e.g. RELIEF_FROM_ROYALTY or COST. */
  method: string;
  /** Non-negative amount, all methods in the same currency. */
  value: DecimalLike;
  /** Relative weight; give it for every method or for none. */
  weight?: DecimalLike;
  confidence: ReconciliationConfidence;
}

/** Inputs of {@link reconcileValuations}. */
export interface ReconciliationInput {
  methods: readonly ReconciliationMethodInput[];
  /** Percentiles of a Monte Carlo run, to widen the range by the income method's uncertainty. */
  monteCarlo?: { p10: DecimalLike; p50?: DecimalLike; p90: DecimalLike };
}

/** Why the reconciled confidence was lowered. */
export type ReconciliationNote = 'SINGLE_METHOD' | 'WIDE_RANGE' | 'VERY_WIDE_RANGE';

/** How the range was formed. */
export type ReconciliationRangeBasis =
  'SINGLE_VALUE' | 'METHOD_SPREAD' | 'MONTE_CARLO' | 'METHOD_SPREAD_AND_MONTE_CARLO';

/** One method in the workings. */
export interface ReconciledMethod {
  method: string;
  value: string;
  confidence: ReconciliationConfidence;
  /** Normalised weight (the weights sum to 1), 6 decimals. */
  weight: string;
  /** weight x value, 2 decimals. */
  contribution: string;
}

/** Result of {@link reconcileValuations}; amounts are 2-dp decimal strings (half to even). */
export interface ReconciliationResult {
  /** Weighted mean of the method values. */
  value: string;
  low: string;
  high: string;
  rangeBasis: ReconciliationRangeBasis;
  /** (high - low) / value, 4 decimals; null when the value is zero. */
  relativeSpread: string | null;
  confidence: ReconciliationConfidence;
  weightBasis: 'EXPLICIT' | 'BY_CONFIDENCE';
  notes: ReconciliationNote[];
  methods: ReconciledMethod[];
}

/** Weights used when none are given: a HIGH-confidence method counts three times a LOW one. */
export const CONFIDENCE_WEIGHTS: Readonly<Record<ReconciliationConfidence, number>> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

/** Relative spread above which confidence drops one level. */
export const WIDE_RANGE_SPREAD = new Decimal('0.5');
/** Relative spread above which confidence is LOW. */
export const VERY_WIDE_RANGE_SPREAD = new Decimal(1);

const LEVELS: readonly ReconciliationConfidence[] = ['LOW', 'MEDIUM', 'HIGH'];

function requireConfidence(value: unknown, field: string): ReconciliationConfidence {
  if (value === 'HIGH' || value === 'MEDIUM' || value === 'LOW') return value;
  throw new ValuationInputError(field, `must be HIGH, MEDIUM or LOW, got ${JSON.stringify(value)}`);
}

function nonNegative(value: unknown, field: string): Decimal {
  const parsed = toDecimalInput(value, field);
  if (parsed.lt(0)) throw new ValuationInputError(field, `must not be negative, got ${parsed.toString()}`);
  return parsed;
}

function amount(value: Decimal): string {
  return value.toFixed(2, Decimal.ROUND_HALF_EVEN);
}

/**
 * Reconciles the results of several valuation methods into one appraised value.
 *
 * Rules:
 * 1. Weights: explicit weights (non-negative, positive total) are normalised to sum to 1;
 *    without weights each method weighs {@link CONFIDENCE_WEIGHTS} by its confidence.
 *    Weights must be given for all methods or none, so that the scales never mix.
 * 2. Value = sum of weight x value, unrounded, then 2 dp.
 * 3. Range: the spread [min, max] of the methods with a positive weight; with a Monte
 *    Carlo run, widened to include its P10 and P90 (never narrowed: the range is the
 *    envelope of both views of the uncertainty). The value always lies within it.
 * 4. Confidence: the weighted mean of the methods' levels (HIGH 3, MEDIUM 2, LOW 1),
 *    HIGH from 2.5, MEDIUM from 1.5; then at most MEDIUM with a single weighted method
 *    (SINGLE_METHOD, nothing corroborates it); one level lower when the relative spread
 *    (high - low) / value exceeds 0.5 (WIDE_RANGE); LOW when it exceeds 1 or the value is
 *    zero with a positive high (VERY_WIDE_RANGE).
 *
 * @throws ValuationInputError naming the field: no methods, a negative or non-decimal
 *   value or weight, weights given for only some methods or all zero, an unknown
 *   confidence, a blank method name, or Monte Carlo percentiles out of order.
 */
export function reconcileValuations(input: ReconciliationInput): ReconciliationResult {
  // Checked through unknown: Array.isArray would narrow a readonly array to any[].
  const raw: unknown = input.methods;
  if (!Array.isArray(raw)) throw new ValuationInputError('methods', 'must be a list of method results');
  const methods = input.methods;
  if (methods.length === 0) throw new ValuationInputError('methods', 'must list at least one method result');
  const withWeights = methods.filter((m) => m.weight !== undefined).length;
  if (withWeights !== 0 && withWeights !== methods.length) {
    const missing = methods.findIndex((m) => m.weight === undefined);
    throw new ValuationInputError(`methods[${missing}].weight`, 'give a weight for every method or for none');
  }
  const explicit = withWeights > 0;
  const parsed = methods.map((m, i) => {
    if (typeof m.method !== 'string' || m.method.trim() === '')
      throw new ValuationInputError(`methods[${i}].method`, 'must name the method');
    const confidence = requireConfidence(m.confidence, `methods[${i}].confidence`);
    return {
      method: m.method,
      value: nonNegative(m.value, `methods[${i}].value`),
      confidence,
      rawWeight: explicit ? nonNegative(m.weight, `methods[${i}].weight`) : new Decimal(CONFIDENCE_WEIGHTS[confidence]),
    };
  });
  const weightSum = Decimal.sum(...parsed.map((m) => m.rawWeight));
  if (weightSum.isZero()) throw new ValuationInputError('methods', 'weights must not all be zero');

  let value = new Decimal(0);
  let level = new Decimal(0);
  let weighted = 0;
  // At least one weight is positive, so the spread starts from a real value.
  let rangeLow: Decimal | null = null;
  let rangeHigh: Decimal | null = null;
  const workings: ReconciledMethod[] = [];
  for (const m of parsed) {
    const weight = m.rawWeight.div(weightSum);
    const contribution = weight.times(m.value);
    value = value.plus(contribution);
    level = level.plus(weight.times(LEVELS.indexOf(m.confidence) + 1));
    if (weight.gt(0)) {
      weighted += 1;
      rangeLow = rangeLow === null ? m.value : Decimal.min(rangeLow, m.value);
      rangeHigh = rangeHigh === null ? m.value : Decimal.max(rangeHigh, m.value);
    }
    workings.push({
      method: m.method,
      value: m.value.toString(),
      confidence: m.confidence,
      weight: weight.toFixed(6, Decimal.ROUND_HALF_EVEN),
      contribution: amount(contribution),
    });
  }
  if (rangeLow === null || rangeHigh === null) throw new ValuationInputError('methods', 'weights must not all be zero');
  let rangeBasis: ReconciliationRangeBasis = rangeLow.eq(rangeHigh) ? 'SINGLE_VALUE' : 'METHOD_SPREAD';

  if (input.monteCarlo !== undefined) {
    const p10 = nonNegative(input.monteCarlo.p10, 'monteCarlo.p10');
    const p90 = nonNegative(input.monteCarlo.p90, 'monteCarlo.p90');
    if (p90.lt(p10)) throw new ValuationInputError('monteCarlo.p90', `must not be below p10 ${p10.toString()}`);
    if (input.monteCarlo.p50 !== undefined) {
      const p50 = nonNegative(input.monteCarlo.p50, 'monteCarlo.p50');
      if (p50.lt(p10) || p50.gt(p90)) throw new ValuationInputError('monteCarlo.p50', 'must lie between p10 and p90');
    }
    const widened = p10.lt(rangeLow) || p90.gt(rangeHigh);
    rangeLow = Decimal.min(rangeLow, p10);
    rangeHigh = Decimal.max(rangeHigh, p90);
    if (widened) rangeBasis = rangeBasis === 'METHOD_SPREAD' ? 'METHOD_SPREAD_AND_MONTE_CARLO' : 'MONTE_CARLO';
  }

  const notes: ReconciliationNote[] = [];
  let confidence: ReconciliationConfidence = level.gte('2.5') ? 'HIGH' : level.gte('1.5') ? 'MEDIUM' : 'LOW';
  if (weighted === 1 && confidence === 'HIGH') {
    confidence = 'MEDIUM';
    notes.push('SINGLE_METHOD');
  }
  const width = rangeHigh.minus(rangeLow);
  const relativeSpread = value.isZero() ? null : width.div(value);
  if (
    (relativeSpread === null && width.gt(0)) ||
    (relativeSpread !== null && relativeSpread.gt(VERY_WIDE_RANGE_SPREAD))
  ) {
    confidence = 'LOW';
    notes.push('VERY_WIDE_RANGE');
  } else if (relativeSpread !== null && relativeSpread.gt(WIDE_RANGE_SPREAD)) {
    confidence = LEVELS[Math.max(0, LEVELS.indexOf(confidence) - 1)] ?? 'LOW';
    notes.push('WIDE_RANGE');
  }

  return {
    value: amount(value),
    low: amount(rangeLow),
    high: amount(rangeHigh),
    rangeBasis,
    relativeSpread: relativeSpread === null ? null : relativeSpread.toFixed(4, Decimal.ROUND_HALF_EVEN),
    confidence,
    weightBasis: explicit ? 'EXPLICIT' : 'BY_CONFIDENCE',
    notes,
    methods: workings,
  };
}
