import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Identity } from '@app/auth';
import { AppException } from '@app/errors';
import type { AppraisalAssumptionsInput } from '@valuation/appraisal/dto/appraisal.input.js';
import { PortfolioRepository } from '@valuation/portfolio/portfolio.repository.js';
import { RegistryClient } from '@valuation/registry/registry.client.js';
import { AssetValuationService } from '@valuation/valuation/asset-valuation.service.js';

const BATCH = 50;
const PARALLEL = 4;

/**
 * Works through portfolio jobs in the background of this process. Each asset is valued and
 * settled on its own: one failing asset is recorded and the job goes on. Jobs still
 * RUNNING at boot (the process stopped mid-job) resume where they were.
 */
@Injectable()
export class PortfolioRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PortfolioRunner.name);
  private readonly active = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly jobs: PortfolioRepository,
    private readonly registry: RegistryClient,
    private readonly assetValuations: AssetValuationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const id of await this.jobs.runningJobIds()) this.start(id);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.active.values()]);
  }

  /** Starts (or keeps running) a job; returns at once. */
  start(jobId: string): void {
    if (this.active.has(jobId)) return;
    const run = this.run(jobId)
      .catch((error: unknown) => this.logger.error(`portfolio job ${jobId} paused: ${String(error)}`))
      .finally(() => this.active.delete(jobId));
    this.active.set(jobId, run);
  }

  /** Resolves when the job's current run ends (tests and benchmarks). */
  async idle(jobId: string): Promise<void> {
    await this.active.get(jobId);
  }

  private async run(jobId: string): Promise<void> {
    const job = await this.jobs.findJob(jobId);
    if (job === null) return;
    const identity = job.startedBy as unknown as Identity;
    const assumptions = job.assumptions as unknown as AppraisalAssumptionsInput;
    // One policy look-up per job run, not one per asset.
    const lender = await this.assetValuations.lenderPolicyFor(identity);
    for (;;) {
      if (this.stopping) return;
      const items = await this.jobs.nextPending(jobId, BATCH);
      if (items.length === 0) break;
      const facts = await this.registry.assets([...new Set(items.map((i) => i.assetId))], identity);
      for (let i = 0; i < items.length; i += PARALLEL) {
        await Promise.all(
          items.slice(i, i + PARALLEL).map(async (item) => {
            try {
              const valuation = await this.assetValuations.value(
                identity,
                facts.get(item.assetId) ?? null,
                item.assetId,
                assumptions,
                jobId,
                lender,
              );
              await this.jobs.settle(jobId, item.position, { valuationId: valuation.id });
            } catch (error) {
              const message = error instanceof AppException ? `${error.reason}: ${error.message}` : 'unexpected error';
              if (!(error instanceof AppException))
                this.logger.error(`job ${jobId} asset ${item.assetId}: ${String(error)}`);
              await this.jobs.settle(jobId, item.position, { error: message });
            }
          }),
        );
      }
    }
    await this.jobs.complete(jobId);
  }
}
