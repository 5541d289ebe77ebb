import { Decimal } from '@app/money';
import { MAX_PROJECTION_YEARS, reliefFromRoyalty, type ReliefFromRoyaltyResult } from './relief-from-royalty.js';
import {
  MONTE_CARLO_BLOCK_SIZE,
  simulatePaths,
  summarizeValues,
  type MonteCarloChunk,
  type MonteCarloSummary,
  type MonteCarloPlan,
  type MonteCarloSampler,
  type MonteCarloVariable,
} from './monte-carlo-kernel.js';
import { ValuationInputError, requireFiniteYears, toDecimalInput, type DecimalLike } from './valuation-input.js';

export {
  MONTE_CARLO_BLOCK_SIZE,
  MonteCarloRandom,
  simulateSummary,
  type MonteCarloChunk,
  type MonteCarloSummary,
  type MonteCarloPlan,
  type MonteCarloSampler,
  type MonteCarloVariable,
} from './monte-carlo-kernel.js';

/**
 * Seeded Monte Carlo over the relief-from-royalty value.
 *
 * Each path draws a revenue growth rate, a royalty rate, a discount rate and an economic
 * life, then values the patent exactly as {@link reliefFromRoyalty} would for a revenue
 * projection base x (1 + g)^t: income period = floor(min(remaining legal term, economic
 * life)), PV = sum of base x (1 + g)^t x royalty x (1 - tax) / (1 + r)^t.
 *
 * Determinism: path p draws from PRNG stream number floor(p / {@link MONTE_CARLO_BLOCK_SIZE}),
 * seeded from (seed, stream number), having first drawn the earlier paths of that block.
 * A path's value therefore depends on the seed and its index only, never on how the path
 * range is split between workers, and {@link mergeChunks} computes every statistic from
 * the merged values in path order: any split gives bit-identical results.
 *
 * Floats are used only inside the simulation (number, Float64Array); inputs are decimals
 * and outputs are 2-dp decimal strings.
 */

/**
 * A distribution of one variable. Parameters are decimals (fractions for rates, years for
 * the life). A normal's `mean` and a triangular's `mode` default to the base-case value.
 * Normals are truncated to [min, max], which default to the variable's
 * {@link MONTE_CARLO_BOUNDS}, by redrawing.
 */
export type MonteCarloDistribution =
  | { kind: 'NORMAL'; mean?: DecimalLike; sd: DecimalLike; min?: DecimalLike; max?: DecimalLike }
  | { kind: 'TRIANGULAR'; min: DecimalLike; mode?: DecimalLike; max: DecimalLike }
  | { kind: 'UNIFORM'; min: DecimalLike; max: DecimalLike };

/** Inputs of the simulation: the base case plus distributions. Rates are fractions. */
export interface MonteCarloInput {
  /** Revenue of year 0; year t earns baseRevenue x (1 + growthRate)^t. */
  baseRevenue: DecimalLike;
  growthRate: DecimalLike;
  royaltyRate: DecimalLike;
  taxRate: DecimalLike;
  discountRate: DecimalLike;
  remainingLegalYears: number;
  economicLifeYears: number;
  /** ISO 4217 code of every amount. */
  currency: string;
  /** Variables without a distribution stay at their base value. */
  distributions?: Partial<Record<MonteCarloVariable, MonteCarloDistribution>>;
  /** Number of paths, 1 to {@link MAX_MONTE_CARLO_PATHS}. */
  paths: number;
  /** Integer seed, 0 to 2^32 - 1. */
  seed: number;
  /** Bins of the value histogram, 1 to 200; 20 when omitted. */
  histogramBins?: number;
}

/** Hard bounds on sampled values ("sane" ranges); distributions must lie within them. */
export const MONTE_CARLO_BOUNDS: Readonly<Record<MonteCarloVariable, { readonly min: number; readonly max: number }>> =
  {
    /** -100 % (revenue gone) to +200 % a year. */
    growthRate: { min: -1, max: 2 },
    royaltyRate: { min: 0, max: 1 },
    /** A discount rate is a required return: 0 to 100 %. */
    discountRate: { min: 0, max: 1 },
    /** Longer than any patent's term; a trademark's life beyond 100 years adds nothing discounted. */
    economicLifeYears: { min: 0, max: 100 },
  };

/** Guards memory: the merge holds two Float64Arrays of this many values. */
export const MAX_MONTE_CARLO_PATHS = 1_000_000;
/** Histogram bins when none are asked for. */
export const DEFAULT_HISTOGRAM_BINS = 20;
const MAX_HISTOGRAM_BINS = 200;
/**
 * A truncated normal must keep at least this share of its mass inside [min, max], so that
 * redrawing stays cheap; below it the distribution is mostly truncation and is refused.
 */
export const MIN_TRUNCATED_MASS = 0.05;

const VARIABLES: readonly MonteCarloVariable[] = ['growthRate', 'royaltyRate', 'discountRate', 'economicLifeYears'];

/** One histogram bin, [lower, upper) except the last, which includes its upper edge. */
export interface MonteCarloHistogramBin {
  lower: string;
  upper: string;
  count: number;
}

/** Result of a simulation; amounts are 2-dp decimal strings (half to even). */
export interface MonteCarloResult {
  method: 'RELIEF_FROM_ROYALTY_MONTE_CARLO';
  currency: string;
  paths: number;
  seed: number;
  blockSize: number;
  /** Percentiles by linear interpolation between order statistics (h = (n - 1) p). */
  p10: string;
  p50: string;
  p90: string;
  mean: string;
  /** Sample standard deviation (n - 1 denominator; 0 for one path). */
  standardDeviation: string;
  /** Standard error of the mean: standardDeviation / sqrt(paths). */
  standardError: string;
  min: string;
  max: string;
  /** Value of the base case without randomness. */
  closedForm: string;
  histogram: MonteCarloHistogramBin[];
}

// ---------------------------------------------------------------------------------------
// Validation and planning (decimals)

function toAmount(value: Decimal): string {
  const fixed = value.toFixed(2, Decimal.ROUND_HALF_EVEN);
  return fixed === '-0.00' ? '0.00' : fixed;
}

/** Standard normal CDF via erf (Abramowitz-Stegun 7.1.26, error < 1.5e-7); validation only. */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

function param(value: unknown, field: string, bounds: { min: number; max: number }): Decimal {
  const parsed = toDecimalInput(value, field);
  if (parsed.lt(bounds.min) || parsed.gt(bounds.max)) {
    throw new ValuationInputError(field, `must be between ${bounds.min} and ${bounds.max}, got ${parsed.toString()}`);
  }
  return parsed;
}

function planSampler(
  variable: MonteCarloVariable,
  base: Decimal,
  distribution: MonteCarloDistribution | undefined,
): MonteCarloSampler {
  if (distribution === undefined) return { kind: 'FIXED', value: base.toNumber() };
  const field = `distributions.${variable}`;
  const bounds = MONTE_CARLO_BOUNDS[variable];
  if (typeof distribution !== 'object' || distribution === null)
    throw new ValuationInputError(field, 'must be a distribution');
  const kind: unknown = distribution.kind;
  switch (distribution.kind) {
    case 'NORMAL': {
      const mean = param(distribution.mean ?? base, `${field}.mean`, bounds);
      const sd = toDecimalInput(distribution.sd, `${field}.sd`);
      if (sd.lt(0)) throw new ValuationInputError(`${field}.sd`, `must not be negative, got ${sd.toString()}`);
      const min = param(distribution.min ?? bounds.min.toString(), `${field}.min`, bounds);
      const max = param(distribution.max ?? bounds.max.toString(), `${field}.max`, bounds);
      if (min.gt(mean) || max.lt(mean))
        throw new ValuationInputError(`${field}.mean`, `must lie within [${min.toString()}, ${max.toString()}]`);
      if (sd.isZero()) return { kind: 'FIXED', value: mean.toNumber() };
      const [m, s, lo, hi] = [mean.toNumber(), sd.toNumber(), min.toNumber(), max.toNumber()];
      if (normalCdf((hi - m) / s) - normalCdf((lo - m) / s) < MIN_TRUNCATED_MASS) {
        throw new ValuationInputError(
          `${field}.sd`,
          `leaves less than ${MIN_TRUNCATED_MASS * 100} % of the normal within [${lo}, ${hi}]`,
        );
      }
      return { kind: 'NORMAL', mean: m, sd: s, min: lo, max: hi };
    }
    case 'TRIANGULAR': {
      const min = param(distribution.min, `${field}.min`, bounds);
      const max = param(distribution.max, `${field}.max`, bounds);
      if (max.lt(min)) throw new ValuationInputError(`${field}.max`, `must not be below min ${min.toString()}`);
      const mode = param(distribution.mode ?? base, `${field}.mode`, bounds);
      if (mode.lt(min) || mode.gt(max))
        throw new ValuationInputError(`${field}.mode`, `must lie within [${min.toString()}, ${max.toString()}]`);
      if (min.eq(max)) return { kind: 'FIXED', value: min.toNumber() };
      return { kind: 'TRIANGULAR', min: min.toNumber(), mode: mode.toNumber(), max: max.toNumber() };
    }
    case 'UNIFORM': {
      const min = param(distribution.min, `${field}.min`, bounds);
      const max = param(distribution.max, `${field}.max`, bounds);
      if (max.lt(min)) throw new ValuationInputError(`${field}.max`, `must not be below min ${min.toString()}`);
      if (min.eq(max)) return { kind: 'FIXED', value: min.toNumber() };
      return { kind: 'UNIFORM', min: min.toNumber(), max: max.toNumber() };
    }
    default:
      throw new ValuationInputError(
        `${field}.kind`,
        `must be NORMAL, TRIANGULAR or UNIFORM, got ${JSON.stringify(kind)}`,
      );
  }
}

function requireInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ValuationInputError(field, `must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

/**
 * The deterministic relief-from-royalty value of the base case (no randomness), computed
 * in decimals by {@link reliefFromRoyalty} over the projection base x (1 + g)^t.
 *
 * @throws ValuationInputError as {@link reliefFromRoyalty}, and on a negative base revenue
 *   or a growth rate below -1.
 */
export function closedFormReliefFromRoyalty(
  input: Pick<
    MonteCarloInput,
    | 'baseRevenue'
    | 'growthRate'
    | 'royaltyRate'
    | 'taxRate'
    | 'discountRate'
    | 'remainingLegalYears'
    | 'economicLifeYears'
    | 'currency'
  >,
): ReliefFromRoyaltyResult {
  return reliefFromRoyalty({
    // The engine stops the projection at the income period, so the cap here only bounds it.
    revenues: { baseRevenue: input.baseRevenue, growthRate: input.growthRate, years: MAX_PROJECTION_YEARS },
    royaltyRate: input.royaltyRate,
    taxRate: input.taxRate,
    discountRate: input.discountRate,
    remainingLegalYears: input.remainingLegalYears,
    economicLifeYears: input.economicLifeYears,
    currency: input.currency,
  });
}

/**
 * Validates the input and turns it into a plain-number {@link MonteCarloPlan}.
 *
 * @throws ValuationInputError naming the field: base-case errors as
 *   {@link reliefFromRoyalty}, an economic life beyond the bounds, a distribution
 *   parameter outside {@link MONTE_CARLO_BOUNDS} or inconsistent (max < min, mean or mode
 *   outside [min, max], negative sd, a normal truncated to under 5 % of its mass), an
 *   unknown distribution kind, paths outside 1..1,000,000, a seed that is not a 32-bit
 *   unsigned integer, histogram bins outside 1..200.
 */
export function planMonteCarlo(input: MonteCarloInput): MonteCarloPlan {
  const paths = requireInteger(input.paths, 'paths', 1, MAX_MONTE_CARLO_PATHS);
  const seed = requireInteger(input.seed, 'seed', 0, 0xffffffff);
  const histogramBins = requireInteger(
    input.histogramBins ?? DEFAULT_HISTOGRAM_BINS,
    'histogramBins',
    1,
    MAX_HISTOGRAM_BINS,
  );
  const economicLifeYears = requireFiniteYears(input.economicLifeYears, 'economicLifeYears');
  if (economicLifeYears > MONTE_CARLO_BOUNDS.economicLifeYears.max) {
    throw new ValuationInputError(
      'economicLifeYears',
      `must be at most ${MONTE_CARLO_BOUNDS.economicLifeYears.max}, got ${economicLifeYears}`,
    );
  }
  // Validates the base case the same way the deterministic engine does.
  const closedForm = closedFormReliefFromRoyalty(input);
  const distributions = input.distributions ?? {};
  if (typeof distributions !== 'object' || distributions === null)
    throw new ValuationInputError('distributions', 'must be an object');
  for (const key of Object.keys(distributions)) {
    if (!(VARIABLES as readonly string[]).includes(key))
      throw new ValuationInputError(`distributions.${key}`, 'is not a simulated variable');
  }
  const bases: Record<MonteCarloVariable, Decimal> = {
    growthRate: toDecimalInput(input.growthRate, 'growthRate'),
    royaltyRate: toDecimalInput(input.royaltyRate, 'royaltyRate'),
    discountRate: toDecimalInput(input.discountRate, 'discountRate'),
    economicLifeYears: new Decimal(economicLifeYears),
  };
  const samplers = {} as Record<MonteCarloVariable, MonteCarloSampler>;
  for (const variable of VARIABLES)
    samplers[variable] = planSampler(variable, bases[variable], distributions[variable]);
  return {
    paths,
    seed,
    histogramBins,
    currency: input.currency,
    baseRevenue: toDecimalInput(input.baseRevenue, 'baseRevenue').toNumber(),
    afterTax: new Decimal(1).minus(toDecimalInput(input.taxRate, 'taxRate')).toNumber(),
    remainingLegalYears: input.remainingLegalYears,
    samplers,
    closedForm: closedForm.value,
  };
}

/**
 * Simulates paths [startPath, startPath + count) of a plan. Any range may be asked for; a
 * range starting inside a block first replays that block's earlier paths, so that the
 * values are those of a whole-run simulation.
 *
 * @throws ValuationInputError on `startPath`/`count` outside the plan's paths.
 */
export function simulateChunk(plan: MonteCarloPlan, startPath: number, count: number): MonteCarloChunk {
  requireInteger(startPath, 'startPath', 0, plan.paths);
  requireInteger(count, 'count', 0, plan.paths - startPath);
  return simulatePaths(plan, startPath, count);
}

// ---------------------------------------------------------------------------------------
// Merge and statistics

// Bound once: under vm contexts (Jest) each global lookup such as `Math` in a loop is slow.
const { floor, sqrt } = Math;
const minOf = Math.min;

/** Percentile p of ascending values: linear interpolation at h = (n - 1) p (Hyndman-Fan type 7). */
function percentile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = floor(h);
  const low = sorted[lower] ?? 0;
  const high = sorted[minOf(sorted.length - 1, lower + 1)] ?? low;
  return low + (h - lower) * (high - low);
}

function histogram(values: Float64Array, min: number, max: number, bins: number): MonteCarloHistogramBin[] {
  if (!(max > min))
    return [{ lower: toAmount(new Decimal(min)), upper: toAmount(new Decimal(max)), count: values.length }];
  const counts = new Array<number>(bins).fill(0);
  const width = (max - min) / bins;
  for (const value of values) {
    const bin = minOf(bins - 1, floor((value - min) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((count, i) => ({
    lower: toAmount(new Decimal(min + i * width)),
    upper: toAmount(new Decimal(i === bins - 1 ? max : min + (i + 1) * width)),
    count,
  }));
}

/**
 * Merges chunks covering paths [0, plan.paths) exactly once, in any order, into the
 * result. The merge does not combine per-chunk statistics: it concatenates the values in
 * path order and computes mean and standard deviation (two passes, compensated sums) and
 * the percentiles (over one sorted copy) from them, so the result is the same however the
 * range was split.
 *
 * @throws ValuationInputError (`chunks`) when the chunks overlap, leave a gap or do not
 *   match their declared counts.
 */
export function mergeChunks(plan: MonteCarloPlan, chunks: readonly MonteCarloChunk[]): MonteCarloResult {
  const ordered = [...chunks].sort((a, b) => a.startPath - b.startPath);
  const values = new Float64Array(plan.paths);
  let next = 0;
  for (const chunk of ordered) {
    if (chunk.values.length !== chunk.count)
      throw new ValuationInputError(
        'chunks',
        `chunk at ${chunk.startPath} holds ${chunk.values.length} values, not ${chunk.count}`,
      );
    if (chunk.count === 0) continue;
    if (chunk.startPath !== next)
      throw new ValuationInputError('chunks', `expected a chunk starting at path ${next}, got ${chunk.startPath}`);
    if (next + chunk.count > plan.paths)
      throw new ValuationInputError('chunks', `chunks exceed the ${plan.paths} paths`);
    values.set(chunk.values, next);
    next += chunk.count;
  }
  if (next !== plan.paths) throw new ValuationInputError('chunks', `cover ${next} of ${plan.paths} paths`);
  // Arbitrary (unaligned) chunks are reassembled and summarised by whole blocks, which is
  // exactly what the block-aligned worker ranges produce: same statistics either way.
  return mergeSummaries(plan, [summarizeValues(values, 0)]);
}

/** Merges k sorted arrays (k is the number of workers, small) into one sorted array. */
function mergeSorted(parts: readonly Float64Array[], total: number): Float64Array {
  if (parts.length === 1) return parts[0] as Float64Array;
  const out = new Float64Array(total);
  const at = new Array<number>(parts.length).fill(0);
  for (let i = 0; i < total; i += 1) {
    let best = -1;
    let bestValue = Infinity;
    for (let p = 0; p < parts.length; p += 1) {
      const part = parts[p] as Float64Array;
      const j = at[p] as number;
      if (j < part.length && (best === -1 || (part[j] as number) < bestValue)) {
        best = p;
        bestValue = part[j] as number;
      }
    }
    out[i] = bestValue;
    at[best] = (at[best] as number) + 1;
  }
  return out;
}

/**
 * Combines block-aligned summaries (from workers or in-thread): block statistics in block
 * order with Chan's parallel formula, sorted values by a linear k-way merge. Both are
 * independent of how the path range was split, so results are bit-identical for any
 * number of workers.
 */
export function mergeSummaries(plan: MonteCarloPlan, summaries: readonly MonteCarloSummary[]): MonteCarloResult {
  const ordered = [...summaries].filter((s) => s.count > 0).sort((a, b) => a.startPath - b.startPath);
  let next = 0;
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const summary of ordered) {
    if (
      summary.startPath !== next ||
      summary.sorted.length !== summary.count ||
      summary.startPath % MONTE_CARLO_BLOCK_SIZE !== 0
    ) {
      throw new ValuationInputError('chunks', `summary at path ${summary.startPath} does not continue at ${next}`);
    }
    for (let b = 0; b < summary.blocks.length; b += 3) {
      const nb = summary.blocks[b] as number;
      const meanB = summary.blocks[b + 1] as number;
      const m2B = summary.blocks[b + 2] as number;
      const total = n + nb;
      const delta = meanB - mean;
      mean += (delta * nb) / total;
      m2 += m2B + (delta * delta * n * nb) / total;
      n = total;
    }
    next += summary.count;
  }
  if (next !== plan.paths) throw new ValuationInputError('chunks', `cover ${next} of ${plan.paths} paths`);
  const sorted = mergeSorted(
    ordered.map((s) => s.sorted),
    n,
  );
  const sd = n > 1 ? sqrt(m2 / (n - 1)) : 0;
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  const amount = (x: number): string => toAmount(new Decimal(x));
  return {
    method: 'RELIEF_FROM_ROYALTY_MONTE_CARLO',
    currency: plan.currency,
    paths: plan.paths,
    seed: plan.seed,
    blockSize: MONTE_CARLO_BLOCK_SIZE,
    p10: amount(percentile(sorted, 0.1)),
    p50: amount(percentile(sorted, 0.5)),
    p90: amount(percentile(sorted, 0.9)),
    mean: amount(mean),
    standardDeviation: amount(sd),
    standardError: amount(sd / sqrt(n)),
    min: amount(min),
    max: amount(max),
    closedForm: plan.closedForm,
    histogram: histogram(sorted, min, max, plan.histogramBins),
  };
}

/**
 * Runs the whole simulation in the calling thread: plan, one chunk, merge.
 * For worker threads see `runMonteCarlo` (monte-carlo-pool).
 *
 * @throws ValuationInputError as {@link planMonteCarlo}.
 */
export function simulateMonteCarlo(input: MonteCarloInput): MonteCarloResult {
  const plan = planMonteCarlo(input);
  return mergeChunks(plan, [simulateChunk(plan, 0, plan.paths)]);
}
