import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { DecimalScalar } from '@app/money';
import { RequestLoaders, type Connection } from '@app/platform';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import type { FundFigures } from '@registry/risk-fund/domain/fund-figures.js';
import { versionOn } from '@registry/risk-fund/domain/ratio-versions.js';
import {
  AddRiskFundRatioVersionInput,
  ContributeToRiskFundInput,
  CreateRiskFundInput,
} from '@registry/risk-fund/dto/risk-fund.input.js';
import {
  RiskFundEntryConnection,
  RiskFundEntryModel,
  RiskFundModel,
  RiskFundRatioVersionModel,
} from '@registry/risk-fund/dto/risk-fund.model.js';
import type { RiskFundRatioVersionEntity } from '@registry/risk-fund/risk-fund-ratio-version.entity.js';
import { amount, toEntryModel, toFundModel, toRatioModel } from '@registry/risk-fund/risk-fund.mapper.js';
import { RiskFundService } from '@registry/risk-fund/risk-fund.service.js';

interface GraphQLContext {
  req: object;
}

/** Who may read funds: program staff, admins, and banks (to know what they can enrol in). */
export const FUND_READERS = [Role.PROGRAM_STAFF, Role.ADMIN, Role.BANK] as const;
/** Who may run a fund: program staff of its office and admins (checked per fund in the service). */
export const FUND_ADMINS = [Role.PROGRAM_STAFF, Role.ADMIN] as const;
export const keyArg = { type: () => String, nullable: true };

@Resolver(() => RiskFundModel)
export class RiskFundResolver {
  constructor(
    private readonly funds: RiskFundService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...FUND_READERS)
  @Query(() => RiskFundModel, { description: 'A risk-compensation fund' })
  async riskFund(@Args('id', { type: () => ID }) id: string): Promise<RiskFundModel> {
    return toFundModel(await this.funds.get(id));
  }

  @Roles(...FUND_READERS)
  @Query(() => [RiskFundModel], { description: 'Risk-compensation funds by city name (all when omitted)' })
  async riskFunds(@Args('city', { type: () => String, nullable: true }) city?: string): Promise<RiskFundModel[]> {
    return (await this.funds.list(city ?? null)).map(toFundModel);
  }

  @Roles(...FUND_ADMINS)
  @Mutation(() => RiskFundModel, { description: "Create a city's fund (one per city), run by its program office" })
  async createRiskFund(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: CreateRiskFundInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RiskFundModel> {
    return toFundModel(await this.funds.create(identity, input, idempotencyKey));
  }

  @Roles(...FUND_ADMINS)
  @Mutation(() => RiskFundRatioVersionModel, {
    description:
      'Add a sharing-ratio version; versions never overlap (a new open-ended one ends the current open-ended one the day before)',
  })
  async addRiskFundRatioVersion(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: AddRiskFundRatioVersionInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RiskFundRatioVersionModel> {
    return toRatioModel(await this.funds.addRatioVersion(identity, input, idempotencyKey));
  }

  @Roles(...FUND_ADMINS)
  @Mutation(() => RiskFundEntryModel, { description: 'Record capital the city paid into the fund' })
  async contributeToRiskFund(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: ContributeToRiskFundInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RiskFundEntryModel> {
    return toEntryModel(await this.funds.contribute(identity, input, idempotencyKey));
  }

  @Roles(...FUND_READERS)
  @ResolveField(() => DecimalScalar, { description: "The ledger's running balance" })
  async balance(@Parent() fund: RiskFundModel, @Context() context: GraphQLContext): Promise<string> {
    return amount((await this.figures(fund, context)).balance);
  }

  @Roles(...FUND_READERS)
  @ResolveField(() => DecimalScalar, {
    description: 'Outstanding principal of the loans under cover (enrolled; no claim, or one not yet decided)',
  })
  async coveredOutstanding(@Parent() fund: RiskFundModel, @Context() context: GraphQLContext): Promise<string> {
    return amount((await this.figures(fund, context)).coveredOutstanding);
  }

  @Roles(...FUND_READERS)
  @ResolveField(() => DecimalScalar, {
    nullable: true,
    description:
      "Fund share (today's ratio) x outstanding principal of each loan under cover, at most the per-loan cap, plus pending claims' fund parts; null without a ratio in force",
  })
  async commitments(@Parent() fund: RiskFundModel, @Context() context: GraphQLContext): Promise<string | null> {
    const { commitments } = await this.figures(fund, context);
    return commitments === null ? null : amount(commitments);
  }

  @Roles(...FUND_READERS)
  @ResolveField(() => DecimalScalar, {
    nullable: true,
    description: 'Covered outstanding / balance, 4 decimals; null when the balance is 0',
  })
  async leverage(@Parent() fund: RiskFundModel, @Context() context: GraphQLContext): Promise<string | null> {
    const { leverage } = await this.figures(fund, context);
    return leverage === null ? null : leverage.toFixed(4);
  }

  @Roles(...FUND_READERS)
  @ResolveField(() => DecimalScalar, {
    description: 'Outstanding principal that can still be enrolled: leverage limit x balance - covered, at least 0',
  })
  async capacity(@Parent() fund: RiskFundModel, @Context() context: GraphQLContext): Promise<string> {
    return amount((await this.figures(fund, context)).capacity);
  }

  @Roles(...FUND_READERS)
  @ResolveField(() => [RiskFundRatioVersionModel], { description: 'Sharing-ratio versions, oldest first' })
  async ratioVersions(
    @Parent() fund: RiskFundModel,
    @Context() context: GraphQLContext,
  ): Promise<RiskFundRatioVersionModel[]> {
    return (await this.versions(fund, context)).map(toRatioModel);
  }

  @Roles(...FUND_READERS)
  @ResolveField(() => RiskFundRatioVersionModel, { nullable: true, description: 'The version in force today' })
  async currentRatio(
    @Parent() fund: RiskFundModel,
    @Context() context: GraphQLContext,
  ): Promise<RiskFundRatioVersionModel | null> {
    const versions = (await this.versions(fund, context)).map((v) => ({
      ...v,
      from: v.effectiveFrom,
      to: v.effectiveTo,
    }));
    const current = versionOn(versions, registryToday());
    return current === null ? null : toRatioModel(current);
  }

  // Readers reach the field through a fund; the service answers NOT_FUND_ADMINISTRATOR to all but the fund's office.
  @Roles(...FUND_READERS)
  @ResolveField(() => RiskFundEntryConnection, {
    description: "The ledger in entry order (the fund's program office staff and admins only)",
  })
  async ledger(
    @CurrentIdentity() identity: Identity,
    @Parent() fund: RiskFundModel,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<RiskFundEntryModel>> {
    const page = await this.funds.ledger(identity, fund, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toEntryModel(e.node) })) };
  }

  /** Figures of every fund in the response from one pair of queries. */
  private figures(fund: RiskFundModel, context: GraphQLContext): Promise<FundFigures> {
    return this.loaders
      .loader<FundFigures>(context.req, 'riskFundFigures', async (ids) => {
        const figures = await this.funds.figures(await this.funds.findByIds(ids));
        return ids.map((id) => figures.get(id) ?? new Error(`risk fund ${id} not found`));
      })
      .load(fund.id);
  }

  private versions(fund: RiskFundModel, context: GraphQLContext): Promise<RiskFundRatioVersionEntity[]> {
    return this.loaders
      .grouped(
        context.req,
        'riskFundRatioVersions',
        (ids) => this.funds.ratioVersionsOf(ids),
        (v) => v.fundId,
      )
      .load(fund.id);
  }
}
