import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import type { Connection } from '@app/platform';
import {
  PortfolioItemConnection,
  PortfolioItemModel,
  PortfolioJobModel,
  StartPortfolioValuationInput,
} from '@valuation/portfolio/dto/portfolio.model.js';
import { JobItemStatus, type ValuationJobEntity } from '@valuation/portfolio/portfolio-job.entity.js';
import { PortfolioService } from '@valuation/portfolio/portfolio.service.js';
import { ValuationService } from '@valuation/valuation/valuation.service.js';
import { toValuationModel } from '@valuation/valuation/valuation.mapper.js';

function toModel(job: ValuationJobEntity): PortfolioJobModel {
  return Object.assign(new PortfolioJobModel(), {
    id: job.id,
    status: job.status,
    total: job.total,
    succeeded: job.succeeded,
    failed: job.failed,
    pending: job.total - job.succeeded - job.failed,
    createdAt: job.createdAt,
    completedAt: job.completedAt,
  });
}

@Resolver(() => PortfolioJobModel)
export class PortfolioResolver {
  constructor(
    private readonly portfolios: PortfolioService,
    private readonly valuationService: ValuationService,
  ) {}

  @Roles(Role.SME, Role.BANK, Role.ADMIN)
  @Mutation(() => PortfolioJobModel, {
    description: 'Value many assets in the background; a failing asset is recorded and does not stop the job',
  })
  async startPortfolioValuation(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: StartPortfolioValuationInput,
  ): Promise<PortfolioJobModel> {
    return toModel(await this.portfolios.start(identity, input));
  }

  @Roles(Role.SME, Role.BANK, Role.ADMIN)
  @Query(() => PortfolioJobModel, { description: 'A portfolio valuation with its progress (its starter and admins)' })
  async portfolioValuation(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PortfolioJobModel> {
    return toModel(await this.portfolios.get(identity, id));
  }

  @Roles(Role.SME, Role.BANK, Role.ADMIN)
  @ResolveField(() => PortfolioItemConnection, { description: 'Per-asset results in submission order' })
  async items(
    @Parent() job: PortfolioJobModel,
    @CurrentIdentity() identity: Identity,
    @Args('status', { type: () => JobItemStatus, nullable: true }) status?: JobItemStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<PortfolioItemModel>> {
    const page = await this.portfolios.items(identity, job.id, status, first, after);
    const valuations = await this.valuationService.findMany(
      page.edges.map((e) => e.node.valuationId).filter((id): id is string => id !== null),
    );
    const byId = new Map(valuations.map((v) => [v.id, toValuationModel(v)]));
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: Object.assign(new PortfolioItemModel(), {
          position: e.node.position,
          assetId: e.node.assetId,
          status: e.node.status,
          valuationId: e.node.valuationId,
          valuation: e.node.valuationId === null ? null : (byId.get(e.node.valuationId) ?? null),
          error: e.node.error,
        }),
      })),
    };
  }
}
