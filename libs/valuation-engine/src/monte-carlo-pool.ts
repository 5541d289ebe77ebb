import { availableParallelism } from 'node:os';
import { types } from 'node:util';
import { Worker } from 'node:worker_threads';
import {
  MONTE_CARLO_BLOCK_SIZE,
  mergeChunks,
  planMonteCarlo,
  simulateChunk,
  type MonteCarloChunk,
  type MonteCarloInput,
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

function runInWorker(url: URL, task: MonteCarloTask): { done: Promise<MonteCarloChunk>; worker: Worker } {
  // Workers inherit the parent's flags, but --input-type (set by `node --input-type=module -e`)
  // makes Node refuse a file entry point.
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
  const worker = new Worker(url, { workerData: task, execArgv });
  const done = new Promise<MonteCarloChunk>((resolve, reject) => {
    let settled = false;
    worker.once('message', (message: MonteCarloChunk) => {
      settled = true;
      // isFloat64Array rather than instanceof: the array may come from another realm (vm contexts).
      if (
        !types.isFloat64Array(message.values) ||
        message.startPath !== task.startPath ||
        message.count !== task.count
      ) {
        reject(new Error(`Monte Carlo worker returned an unexpected chunk for paths ${task.startPath}+${task.count}`));
      } else {
        resolve(message);
      }
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`Monte Carlo worker exited with code ${code} before reporting`));
    });
  });
  return { done, worker };
}

/**
 * Runs a Monte Carlo simulation, spreading whole blocks of paths over worker threads and
 * merging their values with {@link mergeChunks}. Results are identical for any number of
 * workers, including 0 (in the calling thread), because a path's value depends only on
 * the seed and its index.
 *
 * @throws (rejects with) ValuationInputError as `planMonteCarlo`, or on `workers` that is
 *   not an integer from 0 to {@link MAX_MONTE_CARLO_WORKERS}; a worker failure rejects
 *   with its error after the other workers are terminated.
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
    return mergeChunks(
      plan,
      ranges.map(({ startPath, count }) => simulateChunk(plan, startPath, count)),
    );
  }
  const url = options.workerUrl ?? new URL('./monte-carlo.worker.js', import.meta.url);
  const running = ranges.map((range) => runInWorker(url, { plan, ...range }));
  try {
    const chunks = await Promise.all(running.map(({ done }) => done));
    return mergeChunks(plan, chunks);
  } catch (error) {
    await Promise.allSettled(running.map(({ worker }) => worker.terminate()));
    throw error;
  }
}
