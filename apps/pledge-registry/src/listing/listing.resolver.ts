import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { Decimal } from '@app/money';
import type { Connection } from '@app/platform';
import { IpAssetModel } from '@registry/ip-asset/dto/ip-asset.model.js';
import { ipAssetLoader } from '@registry/ip-asset/ip-asset.loader.js';
import { IpAssetService } from '@registry/ip-asset/ip-asset.service.js';
import { CreateListingInput, ListingFilter } from '@registry/listing/dto/listing.input.js';
import {
  ListingAssetModel,
  ListingConnection,
  ListingModel,
  OfferModel,
  OfferOrder,
} from '@registry/listing/dto/listing.model.js';
import { toListingModel, toOfferModel } from '@registry/listing/listing.mapper.js';
import { ListingService } from '@registry/listing/listing.service.js';
import { OfferService } from '@registry/listing/offer.service.js';
import { RequestLoaders } from '@app/platform';
import { PartyModel } from '@registry/party/dto/party.model.js';
import { partyLoader } from '@registry/party/party.loader.js';
import { PartyService } from '@registry/party/party.service.js';

/** Marketplace participants; registrars and program staff have no access. */
export const MARKET_ROLES = [Role.SME, Role.BANK, Role.ADMIN];

interface GraphQLContext {
  req: object;
}

const OFFER_ORDER: Record<OfferOrder, (a: OfferModel, b: OfferModel) => number> = {
  [OfferOrder.NEWEST]: (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
  [OfferOrder.RATE_ASC]: (a, b) => a.annualRate.comparedTo(b.annualRate),
  [OfferOrder.AMOUNT_DESC]: (a, b) => new Decimal(b.amount.amount).comparedTo(a.amount.amount),
};

@Resolver(() => ListingModel)
export class ListingResolver {
  constructor(
    private readonly listingService: ListingService,
    private readonly offerService: OfferService,
    private readonly parties: PartyService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...MARKET_ROLES)
  @Query(() => ListingModel, { description: 'A listing you may see (your own, or one open to your bank)' })
  async listing(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ListingModel> {
    return toListingModel(await this.listingService.get(identity, id));
  }

  @Roles(...MARKET_ROLES)
  @Query(() => ListingConnection, {
    description:
      "Listings, newest first: an SME's own; for a bank the open ones public or inviting it, and those it offered on",
  })
  async listings(
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => ListingFilter, nullable: true }) filter?: ListingFilter,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1-100 (default 20)' }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<ListingModel>> {
    const page = await this.listingService.list(identity, filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toListingModel(e.node) })) };
  }

  @Roles(Role.SME)
  @Mutation(() => ListingModel, { description: "List your enterprise's assets for pledge financing" })
  async createListing(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: CreateListingInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<ListingModel> {
    return toListingModel(await this.listingService.create(identity, input, idempotencyKey));
  }

  @Roles(Role.SME)
  @Mutation(() => ListingModel, { description: 'Take your open listing off the market; its open offers are declined' })
  async withdrawListing(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<ListingModel> {
    return toListingModel(await this.listingService.withdraw(identity, id, idempotencyKey));
  }

  @Roles(...MARKET_ROLES)
  @ResolveField(() => PartyModel, { description: 'The enterprise seeking financing' })
  async pledgor(@Parent() listing: ListingModel, @Context() context: GraphQLContext): Promise<PartyModel> {
    const party = await partyLoader(this.loaders, context.req, this.parties).load(listing.pledgorPartyId);
    if (party === null) throw new Error(`party ${listing.pledgorPartyId} of listing ${listing.id} is missing`);
    return PartyModel.from(party);
  }

  @Roles(...MARKET_ROLES)
  @ResolveField(() => [ListingAssetModel])
  async assets(@Parent() listing: ListingModel, @Context() context: GraphQLContext): Promise<ListingAssetModel[]> {
    const rows = await this.loaders
      .grouped(
        context.req,
        'listingAssets',
        (ids) => this.listingService.assetsOf(ids),
        (r) => r.listingId,
      )
      .load(listing.id);
    return rows.map((r) => Object.assign(new ListingAssetModel(), { position: r.position, assetId: r.assetId }));
  }

  @Roles(...MARKET_ROLES)
  @ResolveField(() => [ID], {
    nullable: true,
    description: 'The invited lenders (INVITED listings), shown to the listing owner only',
  })
  async invitedLenderIds(
    @CurrentIdentity() identity: Identity,
    @Parent() listing: ListingModel,
    @Context() context: GraphQLContext,
  ): Promise<string[] | null> {
    const owner = identity.roles.includes(Role.ADMIN) || identity.partyId === listing.pledgorPartyId;
    if (!owner) return null;
    return this.loaders
      .loader(context.req, 'invitations', async (ids) => {
        const byListing = await this.listingService.invitedLendersOf(ids);
        return ids.map((id) => byListing.get(id) ?? []);
      })
      .load(listing.id);
  }

  @Roles(...MARKET_ROLES)
  @ResolveField(() => [OfferModel], {
    description: "Offers on the listing: the listing's SME sees all of them, a bank only its own",
  })
  async offers(
    @CurrentIdentity() identity: Identity,
    @Parent() listing: ListingModel,
    @Context() context: GraphQLContext,
    @Args('orderBy', { type: () => OfferOrder, defaultValue: OfferOrder.NEWEST }) orderBy: OfferOrder,
  ): Promise<OfferModel[]> {
    const offers = await this.loaders
      .loader(context.req, 'offers', async (ids) => {
        const visible = await this.offerService.visibleOffersOf(
          identity,
          await this.listingService.findVisible(identity, ids),
        );
        return ids.map((id) => (visible.get(id) ?? []).map((o) => toOfferModel(o)));
      })
      .load(listing.id);
    return [...offers].sort(OFFER_ORDER[orderBy]);
  }
}

/** Resolves the `asset` of a listed asset in the registry, where IpAsset lives (the gateway adds valuations). */
@Resolver(() => ListingAssetModel)
export class ListingAssetResolver {
  constructor(
    private readonly assets: IpAssetService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...MARKET_ROLES)
  @ResolveField(() => IpAssetModel)
  async asset(@Parent() listed: ListingAssetModel, @Context() context: GraphQLContext): Promise<IpAssetModel> {
    const asset = await ipAssetLoader(this.loaders, context.req, this.assets).load(listed.assetId);
    if (asset === null) throw new Error(`listed asset ${listed.assetId} is missing`);
    return asset;
  }
}
