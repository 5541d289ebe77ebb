/**
 * Worker-thread entry of the Monte Carlo pool. A pooled worker serves tasks one at a time:
 * it simulates a block-aligned path range of a plan, sorts and summarises it here (off the
 * caller's event loop), and posts the summary back, transferring the buffers.
 * Messages are {@link MonteCarloTask}s from `runMonteCarlo` (monte-carlo-pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { simulateSummary } from './monte-carlo-kernel.js';
import type { MonteCarloTask } from './monte-carlo-pool.js';

const port = parentPort;
if (port === null) throw new Error('monte-carlo.worker must be started as a worker thread');
port.on('message', (task: MonteCarloTask) => {
  // The pool derived the range from the plan, so the unchecked kernel is enough here.
  const summary = simulateSummary(task.plan, task.startPath, task.count);
  port.postMessage(summary, [summary.sorted.buffer, summary.blocks.buffer]);
});
