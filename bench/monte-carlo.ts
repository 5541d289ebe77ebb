import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { GATEWAY_IDENTITY_HEADER, issueUserToken, signGatewayIdentity } from '@app/auth';
import { DEV_GATEWAY_SHARED_SECRET, DEV_JWT_SECRET } from '@app/config';
import { demoIdentity, LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from '@app/demo-data';
import {
  mergeChunks,
  planMonteCarlo,
  runMonteCarlo,
  simulateChunk,
  type MonteCarloInput,
  type MonteCarloResult,
} from '@app/valuation-engine';
import {
  flag,
  gitCommit,
  isMain,
  log,
  median,
  numberFlag,
  onCleanup,
  printJson,
  printTable,
  removeDir,
  round,
  runBench,
  startBenchPlatform,
  sleep,
  tempDir,
  withTimeout,
} from './common.js';

/**
 * Monte Carlo benchmarks (relief from royalty over growth, royalty, discount rate and life).
 *
 * (a) Engine vs a minimal loop: 100,000 paths with `runMonteCarlo(..., { workers: 0 })`
 *     against a hand-written Float64Array loop doing the same arithmetic per path (same
 *     distributions, a simple PRNG, the discounted royalty stream for the path's life),
 *     then a sort for the percentiles and a plain mean. Warm-up, then the median of 5
 *     interleaved runs each; ratio engine / minimal (goal <= 1.5x). The engine's time is
 *     also split into plan (decimal validation + closed form), kernel and merge.
 * (b) Workers: 1,000,000 paths with 1 vs 2 worker threads, median of 3 interleaved runs
 *     (goal >= 1.7x on 2 cores), plus a check that workers 0, 1, 2 and 4 give identical
 *     results. The merge (sort, statistics) runs on the calling thread and is timed
 *     separately: it bounds the achievable speed-up.
 * (c) Event loop under a 1,000,000-path job: the platform (embedded PostgreSQL in a temp
 *     dir, free ports, demo seed) is started; a trivial cost-only `valuationEstimate` is
 *     sent every 10 ms both through the gateway and straight to the valuation subgraph
 *     (signed gateway identity), open loop, before (baseline) and while one client runs
 *     1,000,000-path `valuationEstimate`s through the gateway back to back. The subgraph
 *     process also gets a preloaded lag sampler (a 10 ms interval timer recording how late
 *     it fires: the event-loop delay as the subgraph sees it), via NODE_OPTIONS=--import
 *     of a data: URL that only activates in the valuation main thread.
 *
 * node dist/bench/monte-carlo.js [--engine-paths 100000] [--engine-runs 5] [--worker-paths 1000000]
 *   [--worker-runs 3] [--jobs 5] [--baseline 5] [--platform true]
 */

// ---------------------------------------------------------------------------------------
// Shared input: the demo SRAM patent's assumptions with distributions on all four variables.

const BASE = {
  baseRevenue: 18_000_000,
  growthRate: 0.06,
  royaltyRate: 0.035,
  taxRate: 0.25,
  discountRate: 0.13,
  remainingLegalYears: 11.45,
  economicLifeYears: 10,
};
const DIST = {
  growth: { mean: 0.06, sd: 0.03, min: -0.05, max: 0.2 },
  royalty: { min: 0.02, mode: 0.035, max: 0.05 },
  discount: { min: 0.11, max: 0.16 },
  life: { min: 6, mode: 10, max: 14 },
};
const SEED = 20261121;

function engineInput(paths: number): MonteCarloInput {
  return {
    baseRevenue: String(BASE.baseRevenue),
    growthRate: String(BASE.growthRate),
    royaltyRate: String(BASE.royaltyRate),
    taxRate: String(BASE.taxRate),
    discountRate: String(BASE.discountRate),
    remainingLegalYears: BASE.remainingLegalYears,
    economicLifeYears: BASE.economicLifeYears,
    currency: 'CNY',
    distributions: {
      growthRate: {
        kind: 'NORMAL',
        mean: String(DIST.growth.mean),
        sd: String(DIST.growth.sd),
        min: String(DIST.growth.min),
        max: String(DIST.growth.max),
      },
      royaltyRate: {
        kind: 'TRIANGULAR',
        min: String(DIST.royalty.min),
        mode: String(DIST.royalty.mode),
        max: String(DIST.royalty.max),
      },
      discountRate: { kind: 'UNIFORM', min: String(DIST.discount.min), max: String(DIST.discount.max) },
      economicLifeYears: {
        kind: 'TRIANGULAR',
        min: String(DIST.life.min),
        mode: String(DIST.life.mode),
        max: String(DIST.life.max),
      },
    },
    paths,
    seed: SEED,
  };
}

/** The same simulation as GraphQL input (valuationEstimate with reliefFromRoyalty + monteCarlo). */
function graphqlInput(paths: number): Record<string, unknown> {
  return {
    currency: 'CNY',
    economicLifeYears: BASE.economicLifeYears,
    remainingLegalYears: BASE.remainingLegalYears,
    taxRate: String(BASE.taxRate),
    discountRate: String(BASE.discountRate),
    applyScorecardPremium: false,
    reliefFromRoyalty: {
      projection: { baseRevenue: String(BASE.baseRevenue), growthRate: String(BASE.growthRate), years: 12 },
      royaltyRate: String(BASE.royaltyRate),
    },
    monteCarlo: {
      paths,
      seed: SEED,
      growthRate: {
        kind: 'NORMAL',
        mean: String(DIST.growth.mean),
        sd: String(DIST.growth.sd),
        min: String(DIST.growth.min),
        max: String(DIST.growth.max),
      },
      royaltyRate: {
        kind: 'TRIANGULAR',
        min: String(DIST.royalty.min),
        mode: String(DIST.royalty.mode),
        max: String(DIST.royalty.max),
      },
      discountRate: { kind: 'UNIFORM', min: String(DIST.discount.min), max: String(DIST.discount.max) },
      economicLifeYears: {
        kind: 'TRIANGULAR',
        min: String(DIST.life.min),
        mode: String(DIST.life.mode),
        max: String(DIST.life.max),
      },
    },
  };
}

// ---------------------------------------------------------------------------------------
// (a) The minimal loop

interface MinimalResult {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

/**
 * The floor: one Float64Array, mulberry32, Box-Muller with a spare, truncated normal by
 * redrawing (at most 1000 times), triangular by inverse CDF, the path's discounted royalty
 * stream, then an in-place sort for the percentiles (type 7) and a plain mean.
 */
export function minimalMonteCarlo(paths: number, seed: number): MinimalResult {
  const values = new Float64Array(paths);
  const { sqrt, log: ln, sin, cos, floor, min: minOf, imul } = Math;
  const twoPi = 2 * Math.PI;
  let state = seed | 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = imul(state ^ (state >>> 15), 1 | state);
    t = (t + imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const { mean: gMean, sd: gSd, min: gMin, max: gMax } = DIST.growth;
  const { min: rMin, mode: rMode, max: rMax } = DIST.royalty;
  const { min: dMin, max: dMax } = DIST.discount;
  const { min: lMin, mode: lMode, max: lMax } = DIST.life;
  const rWidth = rMax - rMin;
  const lWidth = lMax - lMin;
  const scale = BASE.baseRevenue * (1 - BASE.taxRate);
  const legal = BASE.remainingLegalYears;
  let spare = 0;
  let hasSpare = false;
  for (let p = 0; p < paths; p++) {
    let growth = gMean;
    for (let attempt = 0; attempt < 1000; attempt++) {
      let z: number;
      if (hasSpare) {
        z = spare;
        hasSpare = false;
      } else {
        const radius = sqrt(-2 * ln(1 - next()));
        const angle = twoPi * next();
        spare = radius * sin(angle);
        hasSpare = true;
        z = radius * cos(angle);
      }
      growth = gMean + gSd * z;
      if (growth >= gMin && growth <= gMax) break;
    }
    const u1 = next();
    const royalty =
      u1 * rWidth < rMode - rMin
        ? rMin + sqrt(u1 * rWidth * (rMode - rMin))
        : rMax - sqrt((1 - u1) * rWidth * (rMax - rMode));
    const discount = dMin + (dMax - dMin) * next();
    const u2 = next();
    const life =
      u2 * lWidth < lMode - lMin
        ? lMin + sqrt(u2 * lWidth * (lMode - lMin))
        : lMax - sqrt((1 - u2) * lWidth * (lMax - lMode));
    const years = floor(minOf(legal, life));
    const ratio = (1 + growth) / (1 + discount);
    let factor = 1;
    let sum = 0;
    for (let t = 1; t <= years; t++) {
      factor *= ratio;
      sum += factor;
    }
    values[p] = scale * royalty * sum;
  }
  values.sort();
  let total = 0;
  for (let i = 0; i < paths; i++) total += values[i] as number;
  const pct = (q: number): number => {
    const h = (paths - 1) * q;
    const lo = floor(h);
    const a = values[lo] as number;
    const b = values[minOf(paths - 1, lo + 1)] as number;
    return a + (h - lo) * (b - a);
  };
  return { p10: pct(0.1), p50: pct(0.5), p90: pct(0.9), mean: total / paths };
}

const ms = (start: number): number => performance.now() - start;

async function timeEngine(paths: number): Promise<{ ms: number; result: MonteCarloResult }> {
  const input = engineInput(paths);
  const start = performance.now();
  const result = await runMonteCarlo(input, { workers: 0 });
  return { ms: ms(start), result };
}

function timeMinimal(paths: number): { ms: number; result: MinimalResult } {
  const start = performance.now();
  const result = minimalMonteCarlo(paths, SEED);
  return { ms: ms(start), result };
}

export interface EngineFigures {
  paths: number;
  runs: number;
  engineMs: number[];
  minimalMs: number[];
  engineMedianMs: number;
  minimalMedianMs: number;
  ratio: number;
  /** Median of the per-round ratios (engine and minimal run back to back). */
  pairedRatio: number;
  breakdownMedianMs: { plan: number; kernel: number; merge: number };
  kernelOnlyRatio: number;
  engineP50: string;
  minimalP50: number;
  engineMean: string;
  minimalMean: number;
  goalMet: boolean;
}

export async function benchEngine(paths: number, runs: number): Promise<EngineFigures> {
  log(`(a) engine vs minimal loop, ${paths} paths: warm-up`);
  for (let i = 0; i < 3; i++) {
    await timeEngine(paths);
    timeMinimal(paths);
  }
  const engineMs: number[] = [];
  const minimalMs: number[] = [];
  const ratios: number[] = [];
  let engineResult: MonteCarloResult | null = null;
  let minimalResult: MinimalResult | null = null;
  for (let round_ = 0; round_ < runs; round_++) {
    // Alternate the order so neither always runs on a cooler (or hotter) machine.
    let e: { ms: number; result: MonteCarloResult };
    let m: { ms: number; result: MinimalResult };
    if (round_ % 2 === 0) {
      e = await timeEngine(paths);
      m = timeMinimal(paths);
    } else {
      m = timeMinimal(paths);
      e = await timeEngine(paths);
    }
    engineMs.push(e.ms);
    minimalMs.push(m.ms);
    ratios.push(e.ms / m.ms);
    engineResult = e.result;
    minimalResult = m.result;
  }
  // Where the engine's time goes.
  const plan: number[] = [];
  const kernel: number[] = [];
  const merge: number[] = [];
  const input = engineInput(paths);
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const p = planMonteCarlo(input);
    plan.push(ms(start));
    start = performance.now();
    const chunk = simulateChunk(p, 0, p.paths);
    kernel.push(ms(start));
    start = performance.now();
    mergeChunks(p, [chunk]);
    merge.push(ms(start));
  }
  const engineMedianMs = median(engineMs);
  const minimalMedianMs = median(minimalMs);
  const ratio = engineMedianMs / minimalMedianMs;
  const breakdown = { plan: round(median(plan), 2), kernel: round(median(kernel), 2), merge: round(median(merge), 2) };
  return {
    paths,
    runs,
    engineMs: engineMs.map((v) => round(v, 2)),
    minimalMs: minimalMs.map((v) => round(v, 2)),
    engineMedianMs: round(engineMedianMs, 2),
    minimalMedianMs: round(minimalMedianMs, 2),
    ratio: round(ratio, 2),
    pairedRatio: round(median(ratios), 2),
    breakdownMedianMs: breakdown,
    kernelOnlyRatio: round(median(kernel) / minimalMedianMs, 2),
    engineP50: engineResult?.p50 ?? '',
    minimalP50: round(minimalResult?.p50 ?? Number.NaN, 2),
    engineMean: engineResult?.mean ?? '',
    minimalMean: round(minimalResult?.mean ?? Number.NaN, 2),
    goalMet: ratio <= 1.5,
  };
}

// ---------------------------------------------------------------------------------------
// (b) Workers

export interface WorkerFigures {
  paths: number;
  runs: number;
  oneWorkerMs: number[];
  twoWorkersMs: number[];
  oneWorkerMedianMs: number;
  twoWorkersMedianMs: number;
  speedup: number;
  inThreadMs: number;
  /** Median time of mergeChunks over all the values, on the calling thread. */
  mergeMedianMs: number;
  /** Speed-up if the simulation halved perfectly and the merge stayed serial. */
  amdahlCeiling: number;
  /** Speed-up of everything but the merge: (T1 - merge) / (T2 - merge). */
  parallelPartSpeedup: number;
  /** Median time of a 2-block run (8,192 paths) with 1 and 2 workers: thread start-up and messaging. */
  smallRunMedianMs: { oneWorker: number; twoWorkers: number };
  identical: boolean;
  identicalAcross: number[];
  p50: string;
  mean: string;
  goalMet: boolean;
  loadavgBefore: number[];
  loadavgAfter: number[];
}

async function timeWorkers(paths: number, workers: number): Promise<{ ms: number; result: MonteCarloResult }> {
  const input = engineInput(paths);
  const start = performance.now();
  const result = await withTimeout(runMonteCarlo(input, { workers }), 300000, `runMonteCarlo workers=${workers}`);
  return { ms: ms(start), result };
}

export async function benchWorkers(paths: number, runs: number): Promise<WorkerFigures> {
  const loadavgBefore = loadavg().map((v) => round(v, 2));
  log(`(b) workers, ${paths} paths: identity check with workers 0, 1, 2, 4 (also the warm-up)`);
  const reference = await timeWorkers(paths, 0);
  const counts = [1, 2, 4];
  const serialised = JSON.stringify(reference.result);
  let identical = true;
  for (const w of counts) {
    const other = await timeWorkers(paths, w);
    if (JSON.stringify(other.result) !== serialised) {
      identical = false;
      log(`workers=${w} differs from workers=0`);
    }
  }
  const one: number[] = [];
  const two: number[] = [];
  for (let i = 0; i < runs; i++) {
    log(`(b) round ${i + 1}/${runs}`);
    const order = i % 2 === 0 ? [1, 2] : [2, 1];
    for (const w of order) {
      const r = await timeWorkers(paths, w);
      if (JSON.stringify(r.result) !== serialised) identical = false;
      (w === 1 ? one : two).push(r.ms);
    }
  }
  const small: { 1: number[]; 2: number[] } = { 1: [], 2: [] };
  for (let i = 0; i < runs; i++) {
    for (const w of [1, 2] as const) small[w].push((await timeWorkers(8192, w)).ms);
  }
  const plan = planMonteCarlo(engineInput(paths));
  const chunk = simulateChunk(plan, 0, plan.paths);
  const merges: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    mergeChunks(plan, [chunk]);
    merges.push(ms(start));
  }
  const oneMedian = median(one);
  const twoMedian = median(two);
  const mergeMedian = median(merges);
  const speedup = oneMedian / twoMedian;
  const parallelPart = Math.max(0, oneMedian - mergeMedian);
  return {
    paths,
    runs,
    oneWorkerMs: one.map((v) => round(v, 1)),
    twoWorkersMs: two.map((v) => round(v, 1)),
    oneWorkerMedianMs: round(oneMedian, 1),
    twoWorkersMedianMs: round(twoMedian, 1),
    speedup: round(speedup, 2),
    inThreadMs: round(reference.ms, 1),
    mergeMedianMs: round(mergeMedian, 1),
    amdahlCeiling: round(oneMedian / (mergeMedian + parallelPart / 2), 2),
    parallelPartSpeedup: round(parallelPart / Math.max(1, twoMedian - mergeMedian), 2),
    smallRunMedianMs: { oneWorker: round(median(small[1]), 1), twoWorkers: round(median(small[2]), 1) },
    identical,
    identicalAcross: [0, ...counts],
    p50: reference.result.p50,
    mean: reference.result.mean,
    goalMet: speedup >= 1.7,
    loadavgBefore,
    loadavgAfter: loadavg().map((v) => round(v, 2)),
  };
}

// ---------------------------------------------------------------------------------------
// (c) Event loop of the valuation subgraph during a 1,000,000-path job

/**
 * Preloaded into every process the platform starts (NODE_OPTIONS); does something only in
 * the valuation subgraph's main thread: a 10 ms interval timer whose lateness is the
 * event-loop delay, appended as "epochMs,lagMs" lines every 500 ms.
 */
const LAG_SAMPLER = `
import { isMainThread } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
const file = process.env.BENCH_LAG_FILE;
const entry = process.argv[1] ?? '';
if (isMainThread && file && entry.endsWith('apps/valuation/src/main.js')) {
  let last = performance.now();
  let lines = [];
  setInterval(() => {
    const now = performance.now();
    lines.push(Math.round(performance.timeOrigin + now) + ',' + Math.max(0, now - last - 10).toFixed(2));
    last = now;
  }, 10).unref();
  setInterval(() => {
    if (lines.length === 0) return;
    const out = lines.join('\\n') + '\\n';
    lines = [];
    try { appendFileSync(file, out); } catch {}
  }, 500).unref();
}
`;

const TRIVIAL_QUERY = 'query Trivial($i: ValuationEstimateInput!) { valuationEstimate(input: $i) { currency } }';
const TRIVIAL_INPUT = {
  currency: 'CNY',
  economicLifeYears: 10,
  remainingLegalYears: 10,
  taxRate: '0',
  cost: {
    rdLabour: '1000000',
    expenses: '200000',
    overhead: '100000',
    profitRate: '0.1',
    physicalObsolescence: '0.1',
    functionalObsolescence: '0',
    economicObsolescence: '0',
  },
};
const BIG_QUERY = `query Big($i: ValuationEstimateInput!) {
  valuationEstimate(input: $i) { currency monteCarlo { paths seed p10 { amount } p50 { amount } p90 { amount } mean { amount } } }
}`;

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

async function postGraphql(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown>,
  timeoutMs: number,
): Promise<GraphqlBody> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: GraphqlBody;
  try {
    body = JSON.parse(text) as GraphqlBody;
  } catch {
    throw new Error(`${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  }
  if (response.status !== 200 || body.errors !== undefined)
    throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 1000)}`);
  return body;
}

interface ProbeSample {
  /** Epoch ms when sent. */
  at: number;
  ms: number;
  ok: boolean;
}

/** Sends one request every `intervalMs` without waiting for the previous one (open loop), bounded. */
class Prober {
  readonly samples: ProbeSample[] = [];
  skipped = 0;
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopTimer: NodeJS.Timeout | undefined;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    readonly name: string,
    private readonly send: () => Promise<void>,
    private readonly maxInFlight = 100,
  ) {}

  start(intervalMs: number, maxMs: number, maxSamples: number): void {
    this.timer = setInterval(() => {
      if (this.samples.length + this.inFlight >= maxSamples) return void this.halt();
      if (this.inFlight >= this.maxInFlight) {
        this.skipped++;
        return;
      }
      const at = Date.now();
      const start = performance.now();
      this.inFlight++;
      const done = this.send()
        .then(
          () => this.samples.push({ at, ms: ms(start), ok: true }),
          () => this.samples.push({ at, ms: ms(start), ok: false }),
        )
        .then(() => {
          this.inFlight--;
          this.pending.delete(done);
        });
      this.pending.add(done);
    }, intervalMs);
    this.stopTimer = setTimeout(() => this.halt(), maxMs);
  }

  private halt(): void {
    clearInterval(this.timer);
    clearTimeout(this.stopTimer);
  }

  async stop(): Promise<void> {
    this.halt();
    await withTimeout(Promise.allSettled([...this.pending]), 20000, `${this.name} in-flight requests`).catch(
      () => undefined,
    );
  }
}

function percentileOf(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

export interface LatencyWindow {
  samples: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function windowOf(samples: readonly ProbeSample[], from: number, to: number): LatencyWindow {
  const inWindow = samples.filter((s) => s.at >= from && s.at <= to);
  const okMs = inWindow.filter((s) => s.ok).map((s) => s.ms);
  return {
    samples: inWindow.length,
    errors: inWindow.length - okMs.length,
    p50Ms: round(percentileOf(okMs, 0.5), 1),
    p99Ms: round(percentileOf(okMs, 0.99), 1),
    maxMs: round(okMs.length === 0 ? Number.NaN : Math.max(...okMs), 1),
  };
}

function lagWindow(file: string, from: number, to: number): LatencyWindow | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const lags: number[] = [];
  for (const line of text.split('\n')) {
    const [at, lag] = line.split(',');
    if (at === undefined || lag === undefined) continue;
    const t = Number(at);
    if (t >= from && t <= to) lags.push(Number(lag));
  }
  if (lags.length === 0) return null;
  return {
    samples: lags.length,
    errors: 0,
    p50Ms: round(percentileOf(lags, 0.5), 1),
    p99Ms: round(percentileOf(lags, 0.99), 1),
    maxMs: round(Math.max(...lags), 1),
  };
}

export interface EventLoopFigures {
  jobs: number;
  paths: number;
  valuationWorkers: string;
  jobMs: number[];
  jobP50: string;
  matchesInProcessEngine: boolean | null;
  baselineSeconds: number;
  duringSeconds: number;
  gateway: { baseline: LatencyWindow; during: LatencyWindow; skipped: number };
  direct: { baseline: LatencyWindow; during: LatencyWindow; skipped: number };
  subgraphLag: { baseline: LatencyWindow | null; during: LatencyWindow | null };
  goalMet: boolean;
  loadavgBefore: number[];
  loadavgAfter: number[];
}

export async function benchEventLoop(
  jobs: number,
  paths: number,
  baselineSeconds: number,
  inProcessP50: string | null,
): Promise<EventLoopFigures> {
  const lagDir = tempDir('montecarlo-lag');
  onCleanup(() => removeDir(lagDir));
  const lagFile = join(lagDir, 'valuation-lag.csv');
  const preload = `--import=data:text/javascript,${encodeURIComponent(LAG_SAMPLER)}`;
  log('(c) platform with an event-loop lag sampler in the valuation process');
  const { platform } = await startBenchPlatform('montecarlo', {
    NODE_OPTIONS: [process.env['NODE_OPTIONS'] ?? '', preload].join(' ').trim(),
    BENCH_LAG_FILE: lagFile,
  });

  const identity = demoIdentity('sme');
  const bearer = await issueUserToken(identity, DEV_JWT_SECRET, LOCAL_TOKEN_ISSUER, LOCAL_TOKEN_AUDIENCE);
  const gatewayHeaders = { authorization: `Bearer ${bearer}` };
  // The signed identity lives 60 s; refresh it every 20 s while the probes run.
  let directHeaders: Record<string, string> = {
    [GATEWAY_IDENTITY_HEADER]: await signGatewayIdentity(identity, DEV_GATEWAY_SHARED_SECRET),
  };
  const refresh = setInterval(() => {
    void signGatewayIdentity(identity, DEV_GATEWAY_SHARED_SECRET).then((h) => {
      directHeaders = { [GATEWAY_IDENTITY_HEADER]: h };
    });
  }, 20000);
  onCleanup(() => clearInterval(refresh));

  const trivial = (url: string, headers: () => Record<string, string>) => async (): Promise<void> => {
    const body = await postGraphql(url, headers(), TRIVIAL_QUERY, { i: TRIVIAL_INPUT }, 10000);
    const estimate = body.data?.['valuationEstimate'] as { currency?: string } | undefined;
    if (estimate?.currency !== 'CNY') throw new Error(`unexpected answer ${JSON.stringify(body).slice(0, 300)}`);
  };
  const viaGateway = trivial(platform.urls.gateway, () => gatewayHeaders);
  const direct = trivial(platform.urls.valuation, () => directHeaders);
  await viaGateway();
  await direct();

  const bigJob = async (): Promise<{ ms: number; p50: string }> => {
    const start = performance.now();
    const body = await postGraphql(
      platform.urls.gateway,
      gatewayHeaders,
      BIG_QUERY,
      { i: graphqlInput(paths) },
      180000,
    );
    const estimate = body.data?.['valuationEstimate'] as
      { monteCarlo?: { paths?: number; p50?: { amount?: string } } | null } | undefined;
    const mc = estimate?.monteCarlo;
    if (mc?.paths !== paths || typeof mc.p50?.amount !== 'string')
      throw new Error(`unexpected Monte Carlo answer ${JSON.stringify(body).slice(0, 500)}`);
    return { ms: ms(start), p50: mc.p50.amount };
  };

  log('(c) warm-up: probes for 2 s and one big job');
  const warm = [new Prober('gateway warm-up', viaGateway), new Prober('direct warm-up', direct)];
  for (const p of warm) p.start(10, 30000, 3000);
  await sleep(2000);
  await bigJob();
  for (const p of warm) await p.stop();
  await sleep(1000);

  const loadavgBefore = loadavg().map((v) => round(v, 2));
  const gatewayProbe = new Prober('gateway probe', viaGateway);
  const directProbe = new Prober('direct probe', direct);
  const maxMs = (baselineSeconds + 200) * 1000;
  gatewayProbe.start(10, maxMs, 100000);
  directProbe.start(10, maxMs, 100000);
  log(`(c) baseline ${baselineSeconds} s`);
  // Let the probes settle for 0.5 s before the baseline window opens.
  await sleep(500);
  const baselineFrom = Date.now();
  await sleep(baselineSeconds * 1000);
  const baselineTo = Date.now();
  log(`(c) ${jobs} x ${paths}-path valuationEstimate through the gateway, back to back`);
  const duringFrom = Date.now();
  const jobMs: number[] = [];
  let jobP50 = '';
  for (let i = 0; i < jobs; i++) {
    const job = await bigJob();
    jobMs.push(round(job.ms, 1));
    jobP50 = job.p50;
    log(`(c) job ${i + 1}: ${Math.round(job.ms)} ms, p50 ${job.p50}`);
  }
  // Samples sent up to the last job's answer count as "during".
  const duringTo = Date.now();
  await sleep(200);
  await gatewayProbe.stop();
  await directProbe.stop();
  // The sampler flushes every 500 ms.
  await sleep(1200);
  clearInterval(refresh);
  const loadavgAfter = loadavg().map((v) => round(v, 2));

  const gw = {
    baseline: windowOf(gatewayProbe.samples, baselineFrom, baselineTo),
    during: windowOf(gatewayProbe.samples, duringFrom, duringTo),
    skipped: gatewayProbe.skipped,
  };
  const dr = {
    baseline: windowOf(directProbe.samples, baselineFrom, baselineTo),
    during: windowOf(directProbe.samples, duringFrom, duringTo),
    skipped: directProbe.skipped,
  };
  const lag = {
    baseline: lagWindow(lagFile, baselineFrom, baselineTo),
    during: lagWindow(lagFile, duringFrom, duringTo),
  };
  return {
    jobs,
    paths,
    valuationWorkers: process.env['VALUATION_WORKERS'] ?? '2 (default)',
    jobMs,
    jobP50,
    matchesInProcessEngine: inProcessP50 === null ? null : inProcessP50 === jobP50,
    baselineSeconds: round((baselineTo - baselineFrom) / 1000, 1),
    duringSeconds: round((duringTo - duringFrom) / 1000, 1),
    gateway: gw,
    direct: dr,
    subgraphLag: lag,
    goalMet: dr.during.p99Ms <= 50,
    loadavgBefore,
    loadavgAfter,
  };
}

// ---------------------------------------------------------------------------------------

export async function runMonteCarloBench(): Promise<Record<string, unknown>> {
  const enginePaths = numberFlag('engine-paths', 100_000, 1, 1_000_000);
  const engineRuns = numberFlag('engine-runs', 5, 1, 21);
  const workerPaths = numberFlag('worker-paths', 1_000_000, 1, 1_000_000);
  const workerRuns = numberFlag('worker-runs', 3, 1, 11);
  const jobs = numberFlag('jobs', 5, 1, 20);
  const baseline = numberFlag('baseline', 5, 1, 60);
  const withPlatform = flag('platform', 'true') === 'true';

  const engine = await benchEngine(enginePaths, engineRuns);
  printTable(
    `(a) engine (workers: 0) vs minimal loop, ${enginePaths} paths, median of ${engineRuns}`,
    ['', 'median ms', 'runs ms', 'p50', 'mean'],
    [
      [
        'runMonteCarlo workers 0',
        engine.engineMedianMs,
        engine.engineMs.join(' '),
        engine.engineP50,
        engine.engineMean,
      ],
      [
        'minimal Float64Array loop',
        engine.minimalMedianMs,
        engine.minimalMs.join(' '),
        engine.minimalP50,
        engine.minimalMean,
      ],
      [
        'ratio engine/minimal',
        engine.ratio,
        `paired ${engine.pairedRatio}`,
        engine.goalMet ? 'goal met' : 'goal MISSED',
        '<= 1.5',
      ],
      [
        'engine split plan/kernel/merge',
        `${engine.breakdownMedianMs.plan}/${engine.breakdownMedianMs.kernel}/${engine.breakdownMedianMs.merge}`,
        `kernel/minimal ${engine.kernelOnlyRatio}`,
        '',
        '',
      ],
    ],
  );

  const workers = await benchWorkers(workerPaths, workerRuns);
  printTable(
    `(b) ${workerPaths} paths, worker threads, median of ${workerRuns}`,
    ['', 'median ms', 'runs ms'],
    [
      ['workers 1', workers.oneWorkerMedianMs, workers.oneWorkerMs.join(' ')],
      ['workers 2', workers.twoWorkersMedianMs, workers.twoWorkersMs.join(' ')],
      ['speed-up 1 -> 2', workers.speedup, workers.goalMet ? 'goal met (>= 1.7)' : 'goal MISSED (>= 1.7)'],
      ['in thread (workers 0), once', workers.inThreadMs, ''],
      ['merge on calling thread', workers.mergeMedianMs, `Amdahl ceiling ${workers.amdahlCeiling}x`],
      ['speed-up without the merge', workers.parallelPartSpeedup, '(T1 - merge) / (T2 - merge)'],
      [
        '8,192 paths, workers 1 / 2',
        `${workers.smallRunMedianMs.oneWorker} / ${workers.smallRunMedianMs.twoWorkers}`,
        'thread start-up + messaging',
      ],
      ['identical for workers 0/1/2/4', workers.identical ? 'yes' : 'NO', `p50 ${workers.p50}`],
    ],
  );

  let eventLoop: EventLoopFigures | null = null;
  if (withPlatform) {
    eventLoop = await benchEventLoop(jobs, workerPaths, baseline, workers.p50);
    const row = (label: string, w: LatencyWindow | null): (string | number)[] =>
      w === null ? [label, 'n/a', '', '', '', ''] : [label, w.samples, w.errors, w.p50Ms, w.p99Ms, w.maxMs];
    printTable(
      `(c) latency of a trivial query every 10 ms, before vs during ${jobs} x ${workerPaths}-path jobs (ms)`,
      ['', 'samples', 'errors', 'p50', 'p99', 'max'],
      [
        row('gateway, baseline', eventLoop.gateway.baseline),
        row('gateway, during job', eventLoop.gateway.during),
        row('direct to subgraph, baseline', eventLoop.direct.baseline),
        row('direct to subgraph, during job', eventLoop.direct.during),
        row('subgraph timer lag, baseline', eventLoop.subgraphLag.baseline),
        row('subgraph timer lag, during job', eventLoop.subgraphLag.during),
      ],
    );
    process.stdout.write(
      `jobs ms: ${eventLoop.jobMs.join(' ')}; p50 ${eventLoop.jobP50}; same as in-process engine: ${String(eventLoop.matchesInProcessEngine)}; ` +
        `goal p99 <= 50 ms (direct, during): ${eventLoop.goalMet ? 'met' : 'MISSED'}\n`,
    );
  }

  const payload = { commit: gitCommit(), engine, workers, eventLoop };
  printJson('monte-carlo', payload);
  return payload;
}

if (isMain(import.meta.url)) {
  runBench(async () => {
    await runMonteCarloBench();
  });
}
