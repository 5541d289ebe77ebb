import { Injectable } from '@nestjs/common';
import { Role, type Identity } from '@app/auth';
import { AppException, PublicErrorCode } from '@app/errors';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import type { StartPortfolioValuationInput } from '@valuation/portfolio/dto/portfolio.model.js';
import type {
  JobItemStatus,
  ValuationJobEntity,
  ValuationJobItemEntity,
} from '@valuation/portfolio/portfolio-job.entity.js';
import { toAppraisalRequest } from '@valuation/appraisal/appraisal.mapper.js';
import { AppraisalService } from '@valuation/appraisal/appraisal.service.js';
import { PortfolioRepository } from '@valuation/portfolio/portfolio.repository.js';
import { PortfolioRunner } from '@valuation/portfolio/portfolio-runner.service.js';

@Injectable()
export class PortfolioService {
  constructor(
    private readonly jobs: PortfolioRepository,
    private readonly runner: PortfolioRunner,
    private readonly appraisals: AppraisalService,
  ) {}

  async start(identity: Identity, input: StartPortfolioValuationInput): Promise<ValuationJobEntity> {
    // Assumptions the engine would refuse for every asset are refused now, not per item:
    // a dry run on a nominal legal life (the simulation itself is left to the real runs).
    await this.appraisals.appraise(
      toAppraisalRequest(
        { ...input.assumptions, monteCarlo: undefined },
        { remainingLegalYears: input.assumptions.economicLifeYears },
      ),
      'input.assumptions',
    );
    const assetIds = [...new Set(input.assetIds.map((id) => id.toLowerCase()))];
    const job = await this.jobs.create(
      assetIds,
      JSON.parse(JSON.stringify(input.assumptions)) as Record<string, unknown>,
      { ...identity },
    );
    this.runner.start(job.id);
    return job;
  }

  /** The user who started a job and admins see it. */
  async get(identity: Identity, id: string): Promise<ValuationJobEntity> {
    const job = await this.jobs.findJob(assertUuid(id, 'id'));
    const starter = (job?.startedBy as { userId?: string } | undefined)?.userId;
    if (job === null || (!identity.roles.includes(Role.ADMIN) && starter !== identity.userId)) {
      throw new AppException(
        PublicErrorCode.NOT_FOUND,
        'PORTFOLIO_JOB_NOT_FOUND',
        `Portfolio valuation ${id} not found`,
      );
    }
    return job;
  }

  async items(
    identity: Identity,
    jobId: string,
    status: JobItemStatus | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<ValuationJobItemEntity>> {
    await this.get(identity, jobId);
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['number']);
    const rows = await this.jobs.items(jobId, status, cursor === null ? null : Number(cursor[0]), limit);
    return toConnection(rows, limit, cursor !== null, (i) => [i.position]);
  }
}
