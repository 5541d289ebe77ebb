/**
 * Worker-thread entry of the Monte Carlo pool: simulates one path range of a plan and
 * posts the values back, transferring the buffer instead of copying it.
 * Started by `runMonteCarlo` (monte-carlo-pool.ts) with `workerData` = {@link MonteCarloTask}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { simulatePaths } from './monte-carlo-kernel.js';
import type { MonteCarloTask } from './monte-carlo-pool.js';

if (parentPort === null) throw new Error('monte-carlo.worker must be started as a worker thread');
const task = workerData as MonteCarloTask;
// The pool derived the range from the plan, so the unchecked kernel is enough here.
const chunk = simulatePaths(task.plan, task.startPath, task.count);
parentPort.postMessage(chunk, [chunk.values.buffer]);
