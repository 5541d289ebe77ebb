import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { isUniqueViolation } from '@app/errors';
import { Decimal } from '@app/money';
import { assertUuid } from '@app/platform';
import { AuditService } from '@registry/audit/audit.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { canSeeOffer } from '@registry/listing/domain/listing-access.js';
import {
  addMonths,
  effectiveListingStatus,
  effectiveOfferStatus,
  ListingStatus,
  ListingVisibility,
  OfferStatus,
} from '@registry/listing/domain/listing-rules.js';
import type { MakeOfferInput } from '@registry/listing/dto/offer.input.js';
import type { ListingEntity } from '@registry/listing/listing.entity.js';
import { ListingErrorReason, ListingException } from '@registry/listing/listing.exception.js';
import { offerAuditState } from '@registry/listing/listing.mapper.js';
import { ListingRepository } from '@registry/listing/listing.repository.js';
import { actingParty, ListingService } from '@registry/listing/listing.service.js';
import type { OfferEntity } from '@registry/listing/offer.entity.js';
import { DEFAULT_GUARANTEE_SCOPE, PledgeApplicationService } from '@registry/pledge/pledge-application.service.js';

const OPEN_OFFER_UNIQUE = 'uq_offer_open_per_lender';
const ACCEPTED_OFFER_UNIQUE = 'uq_offer_accepted_per_listing';

/** What an offer mutation stores for its idempotent replay. */
const OFFER_ID = {
  toStored: (id: string) => ({ id }),
  fromStored: (stored: unknown) => (stored as { id: string }).id,
};

/** Offers: made and withdrawn by lenders, declined or accepted by the listing's SME. */
@Injectable()
export class OfferService {
  constructor(
    private readonly listings: ListingRepository,
    private readonly listingService: ListingService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly pledges: PledgeApplicationService,
  ) {}

  /** An offer the caller may see: its lender, the listing's SME, or an admin; NOT_FOUND otherwise. */
  async get(identity: Identity, id: string): Promise<OfferEntity> {
    const offer = await this.listings.findOffer(assertUuid(id, 'id'));
    const listing = offer === null ? null : await this.listings.findListing(offer.listingId);
    if (offer === null || listing === null || !canSeeOffer(identity, offer, listing)) {
      throw ListingException.offerNotFound(id);
    }
    return offer;
  }

  /** The offers on each listing that the caller may see, oldest first. */
  async visibleOffersOf(identity: Identity, listings: readonly ListingEntity[]): Promise<Map<string, OfferEntity[]>> {
    const byListing = new Map<string, OfferEntity[]>(listings.map((l) => [l.id, []]));
    const pledgors = new Map(listings.map((l) => [l.id, l]));
    for (const offer of await this.listings.offersOf(listings.map((l) => l.id))) {
      const listing = pledgors.get(offer.listingId);
      if (listing !== undefined && canSeeOffer(identity, offer, listing)) byListing.get(listing.id)?.push(offer);
    }
    return byListing;
  }

  async make(identity: Identity, input: MakeOfferInput, idempotencyKey?: string | null): Promise<OfferEntity> {
    const lenderPartyId = actingParty(identity);
    const listingId = assertUuid(input.listingId, 'input.listingId');
    const amount = new Decimal(input.amount);
    const annualRate = new Decimal(input.annualRate);
    const ltv = new Decimal(input.ltv);
    const expiresAt = new Date(input.expiresAt);
    if (expiresAt.getTime() <= Date.now()) {
      throw ListingException.invalid('input.expiresAt', 'must be in the future', ListingErrorReason.OFFER_INVALID);
    }
    try {
      const id = await this.listings.transaction((manager) =>
        this.idempotency.run(
          manager,
          { identity, key: idempotencyKey, operation: 'makeOffer', request: input, ...OFFER_ID },
          async () => {
            const listing = await this.listings.lockListing(manager, listingId);
            if (listing === null) throw ListingException.listingNotFound(listingId);
            if (listing.pledgorPartyId === lenderPartyId) throw ListingException.ownListing();
            if (
              listing.visibility === ListingVisibility.INVITED &&
              !(await this.listingService.invitedLendersOf([listing.id])).get(listing.id)?.includes(lenderPartyId)
            ) {
              throw ListingException.listingNotFound(listingId);
            }
            const status = effectiveListingStatus(listing.status, listing.expiresOn, registryToday());
            if (status !== ListingStatus.OPEN) throw ListingException.listingNotOpen(status);
            if (input.currency !== listing.currency) {
              throw ListingException.invalid(
                'input.currency',
                `must be the listing's currency, ${listing.currency}`,
                ListingErrorReason.OFFER_INVALID,
              );
            }
            const assetIds = await this.listings.assetIdsOf(manager, listing.id);
            await this.audit.lockChains(manager, assetIds);
            await this.writeDownExpired(manager, identity, listing.id, lenderPartyId, assetIds);
            const offer = await this.listings.insertOffer(manager, {
              listingId: listing.id,
              lenderPartyId,
              amount,
              currency: input.currency,
              annualRate,
              termMonths: input.termMonths,
              repaymentMethod: input.repaymentMethod,
              ltv,
              conditions: input.conditions?.trim() || null,
              expiresAt,
              status: OfferStatus.OPEN,
              createdBy: identity.userId,
            });
            await this.audit.record(manager, identity, {
              assetIds,
              subjectType: 'OFFER',
              subjectId: offer.id,
              action: 'OFFER_MADE',
              before: null,
              after: offerAuditState(offer),
            });
            return offer.id;
          },
        ),
      );
      return await this.get(identity, id);
    } catch (error) {
      if (isUniqueViolation(error, OPEN_OFFER_UNIQUE)) throw ListingException.offerExists();
      throw error;
    }
  }

  /** The lender takes back its open offer. */
  withdraw(identity: Identity, id: string, idempotencyKey?: string | null): Promise<OfferEntity> {
    const lenderPartyId = actingParty(identity);
    return this.decide(identity, id, idempotencyKey, 'withdrawOffer', async (manager, offer, listing) => {
      if (offer.lenderPartyId !== lenderPartyId) throw ListingException.offerNotFound(id);
      await this.setStatus(manager, identity, offer, listing, OfferStatus.WITHDRAWN, 'OFFER_WITHDRAWN');
    });
  }

  /** The listing's SME turns the offer down. */
  decline(identity: Identity, id: string, idempotencyKey?: string | null): Promise<OfferEntity> {
    const pledgorPartyId = actingParty(identity);
    return this.decide(identity, id, idempotencyKey, 'declineOffer', async (manager, offer, listing) => {
      if (listing.pledgorPartyId !== pledgorPartyId) throw ListingException.offerNotFound(id);
      await this.setStatus(manager, identity, offer, listing, OfferStatus.DECLINED, 'OFFER_DECLINED');
    });
  }

  /**
   * The listing's SME accepts the offer. In one transaction: the offer is ACCEPTED with a
   * new DRAFT pledge application between the two parties, the listing is ACCEPTED (which
   * frees its assets from the market) and every other open offer on it is DECLINED. The
   * listing's row lock serialises concurrent acceptances: the second finds it ACCEPTED.
   */
  async accept(identity: Identity, id: string, idempotencyKey?: string | null): Promise<OfferEntity> {
    const pledgorPartyId = actingParty(identity);
    try {
      return await this.decide(identity, id, idempotencyKey, 'acceptOffer', async (manager, offer, listing) => {
        if (listing.pledgorPartyId !== pledgorPartyId) throw ListingException.offerNotFound(id);
        const today = registryToday();
        const listingStatus = effectiveListingStatus(listing.status, listing.expiresOn, today);
        if (listingStatus !== ListingStatus.OPEN) throw ListingException.listingNotOpen(listingStatus);
        const assetIds = await this.listings.assetIdsOf(manager, listing.id);
        await this.audit.lockChains(manager, assetIds);
        const pledge = await this.pledges.createDraft(manager, identity, {
          pledgorPartyId: listing.pledgorPartyId,
          pledgeePartyId: offer.lenderPartyId,
          claimType: 'LOAN',
          claimAmount: offer.amount,
          claimCurrency: offer.currency,
          debtorDueDate: addMonths(today, offer.termMonths),
          assetIds,
          guaranteeScope: DEFAULT_GUARANTEE_SCOPE,
        });
        await this.listings.setOfferStatus(manager, [offer.id], OfferStatus.ACCEPTED, pledge.id);
        await this.listingService.close(manager, identity, listing, ListingStatus.ACCEPTED, 'LISTING_ACCEPTED', {
          assetIds,
          subjectType: 'OFFER',
          subjectId: offer.id,
          action: 'OFFER_ACCEPTED',
          before: offerAuditState(offer),
          after: offerAuditState(offer, OfferStatus.ACCEPTED, pledge.id),
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, ACCEPTED_OFFER_UNIQUE))
        throw ListingException.listingNotOpen(ListingStatus.ACCEPTED);
      throw error;
    }
  }

  /**
   * Runs a decision on an OPEN offer under its listing's row lock (taken before the offer
   * is re-read, so the checks see the latest committed state), idempotently.
   */
  private async decide(
    identity: Identity,
    id: string,
    idempotencyKey: string | null | undefined,
    operation: string,
    work: (manager: EntityManager, offer: OfferEntity, listing: ListingEntity) => Promise<void>,
  ): Promise<OfferEntity> {
    const offerId = assertUuid(id, 'id');
    await this.listings.transaction((manager) =>
      this.idempotency.run(
        manager,
        { identity, key: idempotencyKey, operation, request: { id: offerId }, ...OFFER_ID },
        async () => {
          const found = await this.listings.findOfferIn(manager, offerId);
          const listing = found === null ? null : await this.listings.lockListing(manager, found.listingId);
          const offer = listing === null ? null : await this.listings.findOfferIn(manager, offerId);
          if (offer === null || listing === null || !canSeeOffer(identity, offer, listing)) {
            throw ListingException.offerNotFound(id);
          }
          const status = effectiveOfferStatus(offer.status, offer.expiresAt, new Date());
          if (status !== OfferStatus.OPEN) throw ListingException.offerNotOpen(status);
          await work(manager, offer, listing);
          return offerId;
        },
      ),
    );
    return this.get(identity, offerId);
  }

  private async setStatus(
    manager: EntityManager,
    identity: Identity,
    offer: OfferEntity,
    listing: ListingEntity,
    status: OfferStatus,
    action: string,
  ): Promise<void> {
    const assetIds = await this.listings.assetIdsOf(manager, listing.id);
    await this.listings.setOfferStatus(manager, [offer.id], status);
    await this.audit.record(manager, identity, {
      assetIds,
      subjectType: 'OFFER',
      subjectId: offer.id,
      action,
      before: offerAuditState(offer),
      after: offerAuditState(offer, status),
    });
  }

  /**
   * A lender's open offer past its expiry still holds the one-open-offer slot; it is
   * written down as EXPIRED so the lender can offer again. A live one is a CONFLICT.
   */
  private async writeDownExpired(
    manager: EntityManager,
    identity: Identity,
    listingId: string,
    lenderPartyId: string,
    assetIds: readonly string[],
  ): Promise<void> {
    const [existing] = (await this.listings.openOffers(manager, listingId)).filter(
      (o) => o.lenderPartyId === lenderPartyId,
    );
    if (existing === undefined) return;
    if (effectiveOfferStatus(existing.status, existing.expiresAt, new Date()) === OfferStatus.OPEN) {
      throw ListingException.offerExists();
    }
    await this.listings.setOfferStatus(manager, [existing.id], OfferStatus.EXPIRED);
    await this.audit.record(manager, identity, {
      assetIds,
      subjectType: 'OFFER',
      subjectId: existing.id,
      action: 'OFFER_EXPIRED',
      before: offerAuditState(existing),
      after: offerAuditState(existing, OfferStatus.EXPIRED),
    });
  }
}
