import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  ResolveReference,
  Resolver,
} from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { RequestLoaders } from '@app/platform';
import { RegistryClient, type AssetFacts } from '@valuation/registry/registry.client.js';
import { VALUATION_CONFIG } from '@valuation/tokens.js';
import type { ValuationConfig } from '@valuation/valuation.config.js';
import { AssetValuationService } from '@valuation/valuation/asset-valuation.service.js';
import { staleness } from '@valuation/valuation/domain/staleness.js';
import {
  CreateValuationInput,
  IpAssetReference,
  ValuationModel,
  ValuationStalenessModel,
} from '@valuation/valuation/dto/valuation.model.js';
import { toValuationModel } from '@valuation/valuation/valuation.mapper.js';
import type { ValuationEntity } from '@valuation/valuation/valuation.entity.js';
import { ValuationService } from '@valuation/valuation/valuation.service.js';

const SIGNED_IN = [Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN];

@Resolver(() => ValuationModel)
export class ValuationResolver {
  constructor(
    private readonly valuationService: ValuationService,
    private readonly assetValuations: AssetValuationService,
    private readonly registry: RegistryClient,
    private readonly loaders: RequestLoaders,
    @Inject(VALUATION_CONFIG) private readonly config: ValuationConfig,
  ) {}

  @Roles(...SIGNED_IN)
  @Query(() => ValuationModel, { description: 'A stored valuation by id' })
  async valuation(@Args('id', { type: () => ID }) id: string): Promise<ValuationModel> {
    return toValuationModel(await this.valuationService.get(id));
  }

  @Roles(Role.SME, Role.BANK, Role.REGISTRAR, Role.ADMIN)
  @Mutation(() => ValuationModel, {
    description:
      'Value a registry asset: legal life and attributes from the registry, economics from the analyst; stored as a new immutable version',
  })
  async createValuation(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: CreateValuationInput,
  ): Promise<ValuationModel> {
    const facts = await this.registry.assets([input.assetId], identity);
    const entity = await this.assetValuations.value(
      identity,
      facts.get(input.assetId) ?? null,
      input.assetId,
      input.assumptions,
    );
    return toValuationModel(entity);
  }

  @Roles(...SIGNED_IN)
  @ResolveField(() => ValuationStalenessModel, {
    description: "Stale when older than the policy's validity or made before a change of the asset's status or flags",
  })
  async staleness(
    @Parent() valuation: ValuationModel,
    @CurrentIdentity() identity: Identity,
    @Context() context: { req: object },
  ): Promise<ValuationStalenessModel> {
    const [facts, validityMonths] = await Promise.all([
      this.factsLoader(context.req, identity).load(valuation.assetId),
      this.validityMonths(context.req, identity),
    ]);
    return staleness({
      valuedAt: valuation.valuedAt,
      statusChangedAtValuation: valuation.assetStatusChangedAt,
      currentStatusChangedAt: facts === null ? null : new Date(facts.statusChangedAt),
      validityMonths,
      now: new Date(),
    });
  }

  private factsLoader(req: object, identity: Identity): DataLoader<string, AssetFacts | null> {
    return this.loaders.loader(req, 'assetFacts', async (ids) => {
      const facts = await this.registry.assets(ids, identity);
      return ids.map((id) => facts.get(id) ?? null);
    });
  }

  // Once per request, not once per valuation in a list: the viewer's policy is the same for all.
  private validityMonths(req: object, identity: Identity): Promise<number> {
    return this.loaders
      .loader<number>(req, 'validityMonths', async (keys) => {
        const policy = await this.assetValuations.lenderPolicyFor(identity);
        return keys.map(() => policy?.validityMonths ?? this.config.VALUATION_VALIDITY_MONTHS);
      })
      .load('viewer');
  }
}

/** Adds valuation fields to the registry's IpAsset entity. */
@Resolver(() => IpAssetReference)
export class IpAssetValuationResolver {
  constructor(
    private readonly valuationService: ValuationService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...SIGNED_IN)
  @ResolveReference()
  resolveReference(reference: { id: string }): IpAssetReference {
    return Object.assign(new IpAssetReference(), { id: reference.id });
  }

  @Roles(...SIGNED_IN)
  @ResolveField(() => ValuationModel, { nullable: true, description: 'The most recent valuation, if any' })
  latestValuation(
    @Parent() asset: IpAssetReference,
    @Context() context: { req: object },
  ): Promise<ValuationModel | null> {
    // One query per request for a page of assets' latest valuations.
    return this.loaders
      .byKey(
        context.req,
        'latestValuation',
        (ids) => this.valuationService.latestFor(ids),
        (r) => r.assetId,
        toValuationModel,
      )
      .load(asset.id);
  }

  @Roles(...SIGNED_IN)
  @ResolveField(() => [ValuationModel], { description: 'Valuations, newest first' })
  async valuations(
    @Parent() asset: IpAssetReference,
    @Context() context: { req: object },
    @Args('first', { type: () => Int, nullable: true, description: '1-50, default 10' }) first?: number,
  ): Promise<ValuationModel[]> {
    const limit = this.valuationService.historyLimit(first);
    return (await this.historyLoader(context.req, limit).load(asset.id)).map(toValuationModel);
  }

  // Per request and page size: the assets of one page share one history query.
  private historyLoader(req: object, limit: number): DataLoader<string, ValuationEntity[]> {
    return this.loaders.loader(req, `valuationHistory:${limit}`, async (ids) => {
      const histories = await this.valuationService.histories(ids, limit);
      return ids.map((id) => histories.get(id) ?? []);
    });
  }
}
