import { parentPort, workerData } from 'node:worker_threads';
import { projectPool, SecuritizationInputError, type PoolProjectionInput } from '@app/securitization-engine';
import { projectionData } from '@registry/securitization/domain/projection-output.js';

/** Runs one projection off the subgraph's event loop (see ProjectionRunner). */
function run(input: PoolProjectionInput): unknown {
  try {
    return { ok: projectionData(projectPool(input)) };
  } catch (error) {
    if (error instanceof SecuritizationInputError)
      return { invalid: { field: error.field, detail: error.detail, code: error.code } };
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(run(workerData as PoolProjectionInput));
