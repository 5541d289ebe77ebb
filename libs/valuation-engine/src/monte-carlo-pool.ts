import { availableParallelism } from 'node:os';
import { types } from 'node:util';
import { Worker } from 'node:worker_threads';
import {
  MONTE_CARLO_BLOCK_SIZE,
  mergeSummaries,
  planMonteCarlo,
  simulateSummary,
  type MonteCarloInput,
  type MonteCarloSummary,
  type MonteCarloPlan,
  type MonteCarloResult,
} from './monte-carlo.js';
import { ValuationInputError } from './valuation-input.js';

/** What one worker thread computes: paths [startPath, startPath + count) of `plan`. */
export interface MonteCarloTask {
  plan: MonteCarloPlan;
  startPath: number;
  count: number;
}

/** Options of {@link runMonteCarlo}. */
export interface RunMonteCarloOptions {
  /**
   * Worker threads to use; 0 runs in the calling thread. Defaults to the available
   * parallelism less one (for the event loop), at most 4, and 0 for a run of a single
   * block, where starting a thread costs more than it saves.
   */
  workers?: number;
  /** Worker script; the compiled `monte-carlo.worker.js` next to this module by default. */
  workerUrl?: URL;
}

/** Upper bound on `workers`; more threads than blocks are never started anyway. */
export const MAX_MONTE_CARLO_WORKERS = 64;

function defaultWorkers(blocks: number): number {
  return blocks <= 1 ? 0 : Math.max(0, Math.min(4, availableParallelism() - 1));
}

/**
 * Splits the run into at most `workers` contiguous ranges of whole blocks, so that no
 * worker replays part of a block. Ranges differ in size by at most one block.
 */
export function splitMonteCarloRange(paths: number, workers: number): { startPath: number; count: number }[] {
  const blocks = Math.ceil(paths / MONTE_CARLO_BLOCK_SIZE);
  const parts = Math.max(1, Math.min(workers, blocks));
  const ranges: { startPath: number; count: number }[] = [];
  for (let part = 0; part < parts; part += 1) {
    const startPath = Math.floor((part * blocks) / parts) * MONTE_CARLO_BLOCK_SIZE;
    const end = Math.min(paths, Math.floor(((part + 1) * blocks) / parts) * MONTE_CARLO_BLOCK_SIZE);
    ranges.push({ startPath, count: end - startPath });
  }
  return ranges;
}

interface PooledWorker {
  worker: Worker;
  /** Tasks on one worker run one after another; this is the tail of its queue. */
  tail: Promise<unknown>;
  dead: boolean;
}

/**
 * Workers are kept between runs (starting a thread costs 60-100 ms, more than a 1M-path
 * chunk's share of the work), one pool per worker script. Idle workers are unref'ed so
 * they never keep a process alive.
 */
const pools = new Map<string, PooledWorker[]>();

function poolFor(url: URL, size: number): PooledWorker[] {
  const live = (pools.get(url.href) ?? []).filter((w) => !w.dead);
  // Workers inherit the parent's flags, but --input-type (set by `node --input-type=module -e`)
  // makes Node refuse a file entry point.
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
  while (live.length < size) {
    const pooled: PooledWorker = { worker: new Worker(url, { execArgv }), tail: Promise.resolve(), dead: false };
    pooled.worker.unref();
    const retire = (): void => {
      pooled.dead = true;
    };
    pooled.worker.once('exit', retire);
    pooled.worker.once('error', retire);
    live.push(pooled);
  }
  pools.set(url.href, live);
  return live.slice(0, size);
}

function runOn(pooled: PooledWorker, task: MonteCarloTask): Promise<MonteCarloSummary> {
  const run = (): Promise<MonteCarloSummary> =>
    new Promise<MonteCarloSummary>((resolve, reject) => {
      const { worker } = pooled;
      if (pooled.dead) {
        reject(new Error('Monte Carlo worker is no longer running'));
        return;
      }
      const cleanup = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
      };
      const onMessage = (message: MonteCarloSummary): void => {
        cleanup();
        // isFloat64Array rather than instanceof: the array may come from another realm (vm contexts).
        if (
          !types.isFloat64Array(message.sorted) ||
          !types.isFloat64Array(message.blocks) ||
          message.startPath !== task.startPath ||
          message.count !== task.count
        ) {
          pooled.dead = true;
          void worker.terminate();
          reject(
            new Error(`Monte Carlo worker returned an unexpected chunk for paths ${task.startPath}+${task.count}`),
          );
        } else {
          resolve(message);
        }
      };
      const onError = (error: Error): void => {
        cleanup();
        pooled.dead = true;
        reject(error);
      };
      const onExit = (code: number): void => {
        cleanup();
        pooled.dead = true;
        reject(new Error(`Monte Carlo worker exited with code ${code} before reporting`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // Referenced while it works, so a script awaiting the result does not exit early.
      worker.ref();
      worker.postMessage(task);
    });
  const result = pooled.tail.then(run, run);
  pooled.tail = result.catch(() => undefined);
  return result;
}

/**
 * Runs a Monte Carlo simulation, spreading whole blocks of paths over worker threads and
 * merging their sorted values and block statistics with {@link mergeSummaries}. Results are identical for any number of
 * workers, including 0 (in the calling thread), because a path's value depends only on
 * the seed and its index.
 *
 * @throws (rejects with) ValuationInputError as `planMonteCarlo`, or on `workers` that is
 *   not an integer from 0 to {@link MAX_MONTE_CARLO_WORKERS}; a worker failure rejects
 *   with its error and retires that worker (the next run starts a fresh one).
 */
export async function runMonteCarlo(
  input: MonteCarloInput,
  options: RunMonteCarloOptions = {},
): Promise<MonteCarloResult> {
  const plan = planMonteCarlo(input);
  const blocks = Math.ceil(plan.paths / MONTE_CARLO_BLOCK_SIZE);
  const workers = options.workers ?? defaultWorkers(blocks);
  if (!Number.isSafeInteger(workers) || workers < 0 || workers > MAX_MONTE_CARLO_WORKERS) {
    throw new ValuationInputError(
      'workers',
      `must be an integer from 0 to ${MAX_MONTE_CARLO_WORKERS}, got ${String(workers)}`,
    );
  }
  const ranges = splitMonteCarloRange(plan.paths, Math.max(1, workers));
  if (workers === 0) {
    return mergeSummaries(
      plan,
      ranges.map(({ startPath, count }) => simulateSummary(plan, startPath, count)),
    );
  }
  const url = options.workerUrl ?? new URL('./monte-carlo.worker.js', import.meta.url);
  const workersForRun = poolFor(url, ranges.length);
  const summaries = await Promise.all(
    ranges.map((range, i) => runOn(workersForRun[i] as PooledWorker, { plan, ...range })),
  );
  return mergeSummaries(plan, summaries);
}
