import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { RequestLoaders } from '@app/platform';
import {
  ProjectionAssumptionsInput,
  SetSecuritizationPoolStructureInput,
} from '@registry/securitization/dto/structure.input.js';
import { SecuritizationPoolModel } from '@registry/securitization/dto/securitization.model.js';
import { PoolProjectionModel, PoolStructureModel } from '@registry/securitization/dto/structure.model.js';
import { PoolStructureService } from './pool-structure.service.js';
import { SecuritizationPoolService } from './securitization-pool.service.js';
import { POOL_READERS } from './securitization.resolver.js';
import { toPoolModel, toStructureModel, type PoolStructure } from './securitization.mapper.js';

interface GraphQLContext {
  req: object;
}

/** Pool structures and projections (the pools themselves: SecuritizationResolver). */
@Resolver(() => SecuritizationPoolModel)
export class PoolStructureResolver {
  constructor(
    private readonly structures: PoolStructureService,
    private readonly pools: SecuritizationPoolService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(Role.ARRANGER)
  @Mutation(() => SecuritizationPoolModel, {
    description:
      "Replace the pool's tranches, fees, reserve, guarantor and triggers; checked against the pool as it stands (BAD_USER_INPUT naming the field, TRANCHES_EXCEED_POOL when the notes are above the pool)",
  })
  async setSecuritizationPoolStructure(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: SetSecuritizationPoolStructureInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<SecuritizationPoolModel> {
    const poolId = await this.structures.setStructure(identity, input, idempotencyKey);
    return toPoolModel(await this.pools.get(identity, poolId));
  }

  @Roles(...POOL_READERS)
  @Query(() => PoolProjectionModel, {
    description:
      "Project the pool's INCLUDED loans and receivables, as they stand today, through its structure: per tranche and per period (computed, stored nowhere)",
  })
  securitizationPoolProjection(
    @CurrentIdentity() identity: Identity,
    @Args('poolId', { type: () => ID }) poolId: string,
    @Args('assumptions') assumptions: ProjectionAssumptionsInput,
  ): Promise<PoolProjectionModel> {
    return this.structures.project(identity, poolId, assumptions);
  }

  @Roles(...POOL_READERS)
  @ResolveField(() => PoolStructureModel, { nullable: true, description: 'Null until the arranger sets one' })
  async structure(
    @Parent() pool: SecuritizationPoolModel,
    @Context() context: GraphQLContext,
  ): Promise<PoolStructureModel | null> {
    const found = await this.loaders
      .loader<PoolStructure | null>(context.req, 'poolStructures', async (ids) => {
        const byPool = await this.structures.structuresOf(ids);
        return ids.map((id) => byPool.get(id) ?? null);
      })
      .load(pool.id);
    return found === null ? null : toStructureModel(found);
  }
}
