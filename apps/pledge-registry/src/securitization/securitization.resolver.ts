import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { RequestLoaders } from '@app/platform';
import {
  CreateSecuritizationPoolInput,
  RecordRoyaltyReceivableInput,
  SetSecuritizationPoolLimitsInput,
} from '@registry/securitization/dto/securitization.input.js';
import {
  PoolAnalyticsModel,
  PoolCandidateModel,
  RoyaltyReceivableModel,
  SecuritizationPoolModel,
} from '@registry/securitization/dto/securitization.model.js';
import { PoolCandidateService } from './pool-candidate.service.js';
import { SecuritizationPoolService, type PoolAnalyticsResult } from './securitization-pool.service.js';
import { toAnalyticsModel, toCandidateModel, toPoolModel, toReceivableModel } from './securitization.mapper.js';

/** Who may read pools (each checked per pool: an arranger only its bank's). */
export const POOL_READERS = [Role.ARRANGER, Role.PROGRAM_STAFF, Role.ADMIN] as const;
const keyArg = { type: () => String, nullable: true };

interface GraphQLContext {
  req: object;
}

@Resolver(() => SecuritizationPoolModel)
export class SecuritizationResolver {
  constructor(
    private readonly pools: SecuritizationPoolService,
    private readonly offers: PoolCandidateService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...POOL_READERS)
  @Query(() => SecuritizationPoolModel, { description: 'A securitization pool' })
  async securitizationPool(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SecuritizationPoolModel> {
    return toPoolModel(await this.pools.get(identity, id));
  }

  @Roles(...POOL_READERS)
  @Query(() => [SecuritizationPoolModel], {
    description: "Pools: all for program staff and admins, an arranger's bank's",
  })
  async securitizationPools(@CurrentIdentity() identity: Identity): Promise<SecuritizationPoolModel[]> {
    return (await this.pools.list(identity)).map(toPoolModel);
  }

  @Roles(Role.ARRANGER)
  @Mutation(() => SecuritizationPoolModel, { description: "Create a DRAFT pool for the arranger's bank" })
  async createSecuritizationPool(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: CreateSecuritizationPoolInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<SecuritizationPoolModel> {
    return toPoolModel(await this.pools.create(identity, input, idempotencyKey));
  }

  @Roles(Role.ARRANGER)
  @Mutation(() => SecuritizationPoolModel, {
    description: "Replace the pool's concentration limits; refused (CONFLICT) if the pool would breach them",
  })
  async setSecuritizationPoolLimits(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: SetSecuritizationPoolLimitsInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<SecuritizationPoolModel> {
    return toPoolModel(await this.pools.setLimits(identity, input, idempotencyKey));
  }

  @Roles(Role.ARRANGER)
  @Mutation(() => RoyaltyReceivableModel, { description: 'Record a licence-royalty receivable of the bank' })
  async recordRoyaltyReceivable(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RecordRoyaltyReceivableInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RoyaltyReceivableModel> {
    return toReceivableModel(await this.offers.recordReceivable(identity, input, idempotencyKey));
  }

  @Roles(Role.ARRANGER)
  @Mutation(() => PoolCandidateModel, {
    description:
      'Offer an ACTIVE loan of the bank: REJECTED with every reason when ineligible, INCLUDED when eligible and the limits hold (else CONFLICT, nothing written)',
  })
  async addLoanToPool(
    @CurrentIdentity() identity: Identity,
    @Args('poolId', { type: () => ID }) poolId: string,
    @Args('loanId', { type: () => ID }) loanId: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<PoolCandidateModel> {
    return toCandidateModel(await this.offers.addLoan(identity, poolId, loanId, idempotencyKey));
  }

  @Roles(Role.ARRANGER)
  @Mutation(() => PoolCandidateModel, { description: 'Offer a recorded royalty receivable, evaluated like a loan' })
  async addRoyaltyReceivableToPool(
    @CurrentIdentity() identity: Identity,
    @Args('poolId', { type: () => ID }) poolId: string,
    @Args('receivableId', { type: () => ID }) receivableId: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<PoolCandidateModel> {
    return toCandidateModel(await this.offers.addReceivable(identity, poolId, receivableId, idempotencyKey));
  }

  @Roles(Role.ARRANGER)
  @Mutation(() => SecuritizationPoolModel, {
    description: 'Remove a candidate; refused (CONFLICT) if the remaining pool would breach a concentration limit',
  })
  async removePoolCandidate(
    @CurrentIdentity() identity: Identity,
    @Args('candidateId', { type: () => ID }) candidateId: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<SecuritizationPoolModel> {
    return toPoolModel(await this.offers.remove(identity, candidateId, idempotencyKey));
  }

  @Roles(...POOL_READERS)
  @ResolveField(() => [PoolCandidateModel], { description: 'INCLUDED and REJECTED candidates, oldest first' })
  async candidates(
    @Parent() pool: SecuritizationPoolModel,
    @Context() context: GraphQLContext,
  ): Promise<PoolCandidateModel[]> {
    const candidates = await this.loaders
      .grouped(
        context.req,
        'poolCandidates',
        (ids) => this.pools.candidatesOf(ids),
        (c) => c.poolId,
      )
      .load(pool.id);
    return candidates.map(toCandidateModel);
  }

  @Roles(...POOL_READERS)
  @ResolveField(() => PoolAnalyticsModel)
  async analytics(
    @Parent() pool: SecuritizationPoolModel,
    @Context() context: GraphQLContext,
  ): Promise<PoolAnalyticsModel> {
    const { figures, assets } = await this.loaders
      .loader<PoolAnalyticsResult>(context.req, 'poolAnalytics', async (ids) => {
        const byPool = await this.pools.analyticsOf(ids);
        return ids.map((id) => byPool.get(id) ?? new Error(`pool ${id} has no analytics`));
      })
      .load(pool.id);
    return toAnalyticsModel(figures, assets);
  }
}
