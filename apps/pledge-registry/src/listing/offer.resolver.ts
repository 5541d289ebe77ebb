import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { ListingModel, OfferModel } from '@registry/listing/dto/listing.model.js';
import { MakeOfferInput } from '@registry/listing/dto/offer.input.js';
import { toListingModel, toOfferModel } from '@registry/listing/listing.mapper.js';
import { MARKET_ROLES } from '@registry/listing/listing.resolver.js';
import { ListingException } from '@registry/listing/listing.exception.js';
import { ListingService } from '@registry/listing/listing.service.js';
import { OfferService } from '@registry/listing/offer.service.js';
import { RequestLoaders } from '@app/platform';
import { PartyModel } from '@registry/party/dto/party.model.js';
import { partyLoader } from '@registry/party/party.loader.js';
import { PartyService } from '@registry/party/party.service.js';

interface GraphQLContext {
  req: object;
}

@Resolver(() => OfferModel)
export class OfferResolver {
  constructor(
    private readonly offers: OfferService,
    private readonly listings: ListingService,
    private readonly parties: PartyService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...MARKET_ROLES)
  @Query(() => OfferModel, { description: "An offer: a bank's own, or one made on your enterprise's listing" })
  async offer(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<OfferModel> {
    return toOfferModel(await this.offers.get(identity, id));
  }

  @Roles(Role.BANK)
  @Mutation(() => OfferModel, { description: 'Offer a loan on an open listing visible to your bank' })
  async makeOffer(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: MakeOfferInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<OfferModel> {
    return toOfferModel(await this.offers.make(identity, input, idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => OfferModel, { description: "Withdraw your bank's open offer" })
  async withdrawOffer(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<OfferModel> {
    return toOfferModel(await this.offers.withdraw(identity, id, idempotencyKey));
  }

  @Roles(Role.SME)
  @Mutation(() => OfferModel, { description: 'Decline an open offer on your listing' })
  async declineOffer(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<OfferModel> {
    return toOfferModel(await this.offers.decline(identity, id, idempotencyKey));
  }

  @Roles(Role.SME)
  @Mutation(() => OfferModel, {
    description:
      'Accept an open offer on your open listing: creates the draft pledge application, closes the listing and declines the other offers',
  })
  async acceptOffer(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<OfferModel> {
    return toOfferModel(await this.offers.accept(identity, id, idempotencyKey));
  }

  @Roles(...MARKET_ROLES)
  @ResolveField(() => PartyModel, { description: 'The lender making the offer' })
  async lender(@Parent() offer: OfferModel, @Context() context: GraphQLContext): Promise<PartyModel> {
    const party = await partyLoader(this.loaders, context.req, this.parties).load(offer.lenderPartyId);
    if (party === null) throw new Error(`lender ${offer.lenderPartyId} of offer ${offer.id} is missing`);
    return PartyModel.from(party);
  }

  @Roles(...MARKET_ROLES)
  @ResolveField(() => ListingModel)
  async listing(
    @CurrentIdentity() identity: Identity,
    @Parent() offer: OfferModel,
    @Context() context: GraphQLContext,
  ): Promise<ListingModel> {
    // Batched per request; a listing the caller may not see is NOT_FOUND, as through listing(id).
    const listing = await this.loaders
      .byKey(
        context.req,
        'visibleListings',
        (ids) => this.listings.findVisible(identity, ids),
        (l) => l.id,
      )
      .load(offer.listingId);
    if (listing === null) throw ListingException.listingNotFound(offer.listingId);
    return toListingModel(listing);
  }
}
