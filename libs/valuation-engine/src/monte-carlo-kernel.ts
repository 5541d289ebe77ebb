/**
 * The number-only core of the Monte Carlo simulation (see monte-carlo.ts): PRNG,
 * samplers and the path valuation. It imports nothing, so that a worker thread loads it
 * in milliseconds; the decimal edges (validation, planning, statistics) stay in
 * monte-carlo.ts.
 */

/** Random inputs of the simulation; the other inputs stay at their base value. */
export type MonteCarloVariable = 'growthRate' | 'royaltyRate' | 'discountRate' | 'economicLifeYears';

/** Paths per PRNG stream; fixed, so that results never depend on the worker count. */
export const MONTE_CARLO_BLOCK_SIZE = 4096;

/** Redraws of a truncated normal before clamping; planning makes running out practically impossible. */
const MAX_REDRAWS = 1000;

/** A validated sampler, in numbers. */
export type MonteCarloSampler =
  | { kind: 'FIXED'; value: number }
  | { kind: 'NORMAL'; mean: number; sd: number; min: number; max: number }
  | { kind: 'TRIANGULAR'; min: number; mode: number; max: number }
  | { kind: 'UNIFORM'; min: number; max: number };

/**
 * A validated simulation, plain data (structured-clone safe) so that it can be sent to
 * worker threads. Built by `planMonteCarlo` (monte-carlo.ts).
 */
export interface MonteCarloPlan {
  paths: number;
  seed: number;
  histogramBins: number;
  currency: string;
  baseRevenue: number;
  /** 1 - tax rate. */
  afterTax: number;
  remainingLegalYears: number;
  samplers: Record<MonteCarloVariable, MonteCarloSampler>;
  /** Deterministic base-case value, 2 dp, from the decimal engine. */
  closedForm: string;
}

/** Simulated values of paths [startPath, startPath + count). */
export interface MonteCarloChunk {
  startPath: number;
  count: number;
  values: Float64Array<ArrayBuffer>;
}

// Bound once: under vm contexts (Jest) each global lookup such as `Math` in the hot loop is slow.
const { imul, sqrt, log, sin, cos, floor } = Math;
const minOf = Math.min;
const maxOf = Math.max;
const TWO_PI = 2 * Math.PI;

/** One splitmix32 output for a state; a good 32-bit mixer. */
function mix32(state: number): number {
  let z = state | 0;
  z = imul(z ^ (z >>> 16), 0x85ebca6b);
  z = imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const GOLDEN = 0x9e3779b9;
const TWO_POW_MINUS_32 = 2 ** -32;

/**
 * xoshiro128** (Blackman and Vigna), 32-bit state words, seeded by splitmix32 from the
 * run seed and the stream number. Generates normals by Box-Muller, keeping the second of
 * each pair for the next call.
 */
export class MonteCarloRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number, stream: number) {
    // splitmix32 sequence starting from a hash of (seed, stream).
    let state = mix32(mix32(seed ^ 0x632be5ab) ^ mix32(stream + GOLDEN));
    const next = (): number => {
      state = (state + GOLDEN) | 0;
      return mix32(state);
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the all-zero state is a fixed point
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const product = imul(s1, 5);
    const result = imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** Uniform in [0, 1) with 32 random bits. */
  uniform(): number {
    return this.nextUint32() * TWO_POW_MINUS_32;
  }

  /** Standard normal by Box-Muller. */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const radius = sqrt(-2 * log(1 - this.uniform())); // 1 - u in (0, 1]: log is finite
    const angle = TWO_PI * this.uniform();
    this.spare = radius * sin(angle);
    this.hasSpare = true;
    return radius * cos(angle);
  }
}

function draw(sampler: MonteCarloSampler, random: MonteCarloRandom): number {
  switch (sampler.kind) {
    case 'FIXED':
      return sampler.value;
    case 'UNIFORM':
      return sampler.min + (sampler.max - sampler.min) * random.uniform();
    case 'TRIANGULAR': {
      const { min, mode, max } = sampler;
      const u = random.uniform();
      const width = max - min;
      return u * width < mode - min ? min + sqrt(u * width * (mode - min)) : max - sqrt((1 - u) * width * (max - mode));
    }
    case 'NORMAL': {
      let x = sampler.mean;
      for (let attempt = 0; attempt < MAX_REDRAWS; attempt += 1) {
        x = sampler.mean + sampler.sd * random.normal();
        if (x >= sampler.min && x <= sampler.max) return x;
      }
      // Unreachable in practice: planning guarantees >= 5 % mass, so 1000 misses has odds below 1e-22.
      return minOf(sampler.max, maxOf(sampler.min, x));
    }
  }
}

/** Value of one path: the relief-from-royalty PV for the drawn inputs. */
function pathValue(plan: MonteCarloPlan, random: MonteCarloRandom): number {
  const { samplers } = plan;
  // Fixed draw order; FIXED samplers consume no random numbers.
  const growth = draw(samplers.growthRate, random);
  const royalty = draw(samplers.royaltyRate, random);
  const discount = draw(samplers.discountRate, random);
  const life = draw(samplers.economicLifeYears, random);
  const years = floor(minOf(plan.remainingLegalYears, life));
  const ratio = (1 + growth) / (1 + discount);
  let factor = 1;
  let sum = 0;
  for (let t = 1; t <= years; t += 1) {
    factor *= ratio;
    sum += factor;
  }
  return plan.baseRevenue * royalty * plan.afterTax * sum;
}

/**
 * Simulates paths [startPath, startPath + count) of a plan without checking the range
 * (callers do: `simulateChunk`, or the pool, which only asks for ranges it derived from
 * the plan). A range starting inside a block first replays that block's earlier paths,
 * so that the values are those of a whole-run simulation.
 */
export function simulatePaths(plan: MonteCarloPlan, startPath: number, count: number): MonteCarloChunk {
  const values = new Float64Array(count);
  const end = startPath + count;
  let path = startPath - (startPath % MONTE_CARLO_BLOCK_SIZE);
  while (path < end) {
    const block = path / MONTE_CARLO_BLOCK_SIZE;
    const random = new MonteCarloRandom(plan.seed, block);
    const blockEnd = minOf(end, path + MONTE_CARLO_BLOCK_SIZE);
    for (; path < blockEnd; path += 1) {
      const value = pathValue(plan, random);
      if (path >= startPath) values[path - startPath] = value;
    }
  }
  return { startPath, count, values };
}

/**
 * What a worker sends back for a block-aligned range: its values sorted (so the final
 * merge is linear, not a 1M-value sort on the caller's event loop) and, per block of
 * MONTE_CARLO_BLOCK_SIZE paths, [count, mean, M2] computed in path order. Blocks are the
 * same whatever the split, so combining them in block order gives bit-identical statistics
 * for any number of workers.
 */
export interface MonteCarloSummary {
  startPath: number;
  count: number;
  sorted: Float64Array<ArrayBuffer>;
  blocks: Float64Array<ArrayBuffer>;
}

/**
 * Summarises values of paths [startPath, startPath + n); startPath must start a block.
 * Sorts `values` in place (callers hand over their buffer; no copy of up to 1M values).
 */
export function summarizeValues(values: Float64Array<ArrayBuffer>, startPath: number): MonteCarloSummary {
  const n = values.length;
  const blockCount = Math.ceil(n / MONTE_CARLO_BLOCK_SIZE);
  const blocks = new Float64Array(blockCount * 3);
  for (let b = 0; b < blockCount; b += 1) {
    const from = b * MONTE_CARLO_BLOCK_SIZE;
    const to = minOf(n, from + MONTE_CARLO_BLOCK_SIZE);
    // Welford's update, in path order.
    let count = 0;
    let mean = 0;
    let m2 = 0;
    for (let i = from; i < to; i += 1) {
      const value = values[i] as number;
      count += 1;
      const delta = value - mean;
      mean += delta / count;
      m2 += delta * (value - mean);
    }
    blocks[b * 3] = count;
    blocks[b * 3 + 1] = mean;
    blocks[b * 3 + 2] = m2;
  }
  const sorted = values.sort();
  return { startPath, count: n, sorted, blocks };
}

/** Simulates and summarises a block-aligned range (what a worker does). */
export function simulateSummary(plan: MonteCarloPlan, startPath: number, count: number): MonteCarloSummary {
  return summarizeValues(simulatePaths(plan, startPath, count).values, startPath);
}
