import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Injectable } from '@nestjs/common';
import { SecuritizationInputError, type PoolProjectionInput } from '@app/securitization-engine';
import type { ProjectionData } from '@registry/securitization/domain/projection-output.js';

type WorkerReply =
  | { ok: ProjectionData }
  | { invalid: Pick<SecuritizationInputError, 'field' | 'detail' | 'code'> }
  | { failed: string };

/**
 * Projects pools in worker threads. A 10,000-loan pool takes seconds of pure computation;
 * on the subgraph's own thread it would stall every other request. At most one worker per
 * core runs at a time; further projections wait their turn.
 */
@Injectable()
export class ProjectionRunner {
  private readonly slots = Math.max(1, availableParallelism());
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async run(input: PoolProjectionInput): Promise<ProjectionData> {
    await this.acquire();
    try {
      const reply = await this.inWorker(input);
      if ('ok' in reply) return reply.ok;
      if ('invalid' in reply) {
        const { field, detail, code } = reply.invalid;
        throw new SecuritizationInputError(field, detail, code);
      }
      throw new Error(`projection failed: ${reply.failed}`);
    } finally {
      this.release();
    }
  }

  private inWorker(input: PoolProjectionInput): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./projection.worker.js', import.meta.url), { workerData: input });
      worker.once('message', (reply: WorkerReply) => resolve(reply));
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`projection worker exited with code ${code}`));
      });
    });
  }

  private async acquire(): Promise<void> {
    if (this.running < this.slots) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next === undefined) this.running--;
    else next();
  }
}
