import { Args, Context, ID, Int, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Role, Roles } from '@app/auth';
import { ReliefFromRoyaltyEstimateInput } from '@valuation/valuation/dto/estimate.input.js';
import { IpAssetReference, ReliefFromRoyaltyEstimateModel, ValuationModel } from '@valuation/valuation/dto/valuation.model.js';
import { toEstimateModel, toValuationModel } from '@valuation/valuation/valuation.mapper.js';
import { ValuationService } from '@valuation/valuation/valuation.service.js';

const SIGNED_IN = [Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN];

@Resolver(() => ValuationModel)
export class ValuationResolver {
  constructor(private readonly valuationService: ValuationService) {}

  @Roles(...SIGNED_IN)
  @Query(() => ReliefFromRoyaltyEstimateModel, {
    description: 'Relief-from-royalty calculator on explicit assumptions, with its working; stores nothing',
  })
  reliefFromRoyaltyEstimate(@Args('input') input: ReliefFromRoyaltyEstimateInput): ReliefFromRoyaltyEstimateModel {
    return toEstimateModel(this.valuationService.estimateReliefFromRoyalty(input));
  }

  @Roles(...SIGNED_IN)
  @Query(() => ValuationModel, { description: 'A stored valuation by id' })
  async valuation(@Args('id', { type: () => ID }) id: string): Promise<ValuationModel> {
    return toValuationModel(await this.valuationService.get(id));
  }
}

/** Adds valuation fields to the registry's IpAsset entity. */
@Resolver(() => IpAssetReference)
export class IpAssetValuationResolver {
  // One loader per request: a page of assets costs one query for their latest valuations.
  private readonly loaders = new WeakMap<object, DataLoader<string, ValuationModel | null>>();

  constructor(private readonly valuationService: ValuationService) {}

  @Roles(...SIGNED_IN)
  @ResolveReference()
  resolveReference(reference: { id: string }): IpAssetReference {
    return Object.assign(new IpAssetReference(), { id: reference.id });
  }

  @Roles(...SIGNED_IN)
  @ResolveField(() => ValuationModel, { nullable: true, description: 'The most recent valuation, if any' })
  latestValuation(@Parent() asset: IpAssetReference, @Context() context: { req: object }): Promise<ValuationModel | null> {
    return this.loader(context.req).load(asset.id);
  }

  @Roles(...SIGNED_IN)
  @ResolveField(() => [ValuationModel], { description: 'Valuations, newest first' })
  async valuations(
    @Parent() asset: IpAssetReference,
    @Args('first', { type: () => Int, nullable: true, description: '1-50, default 10' }) first?: number,
  ): Promise<ValuationModel[]> {
    return (await this.valuationService.history(asset.id, first)).map(toValuationModel);
  }

  private loader(req: object): DataLoader<string, ValuationModel | null> {
    let loader = this.loaders.get(req);
    if (loader === undefined) {
      loader = new DataLoader<string, ValuationModel | null>(async (ids) => {
        const rows = await this.valuationService.latestFor(ids);
        const byAsset = new Map(rows.map((r) => [r.assetId, toValuationModel(r)]));
        return ids.map((id) => byAsset.get(id) ?? null);
      });
      this.loaders.set(req, loader);
    }
    return loader;
  }
}
