import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { isUniqueViolation } from '@app/errors';
import { Decimal } from '@app/money';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import { AuditService, type AuditEntry } from '@registry/audit/audit.service.js';
import { CreditListService } from '@registry/credit/credit-list.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { effectiveLegalStatus, isPledgeable } from '@registry/ip-asset/domain/ip-term.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { canSeeListing, listingScope } from '@registry/listing/domain/listing-access.js';
import {
  effectiveListingStatus,
  effectiveOfferStatus,
  ListingStatus,
  ListingVisibility,
  OfferStatus,
  valuationSnapshot,
  type ValuationSnapshot,
} from '@registry/listing/domain/listing-rules.js';
import type { CreateListingInput, ListingFilter } from '@registry/listing/dto/listing.input.js';
import type { ListingAssetEntity } from '@registry/listing/listing-asset.entity.js';
import type { ListingEntity } from '@registry/listing/listing.entity.js';
import { ListingErrorReason, ListingException } from '@registry/listing/listing.exception.js';
import { listingAuditState, offerAuditState } from '@registry/listing/listing.mapper.js';
import { ListingRepository, type AssetListingFacts } from '@registry/listing/listing.repository.js';
import { PartyKind } from '@registry/party/party.entity.js';
import { PartyService } from '@registry/party/party.service.js';
import { isValuationUnavailable, ValuationClient } from '@registry/valuation-client/valuation.client.js';

const OPEN_ASSET_UNIQUE = 'uq_listing_asset_open';

/** The enterprise or lender an SME or bank user acts for. */
export function actingParty(identity: Identity): string {
  if (identity.partyId === null) throw ListingException.noParty();
  return identity.partyId;
}

/** Listings: creation (with the valuation snapshot), withdrawal, browsing and visibility. */
@Injectable()
export class ListingService {
  private readonly logger = new Logger(ListingService.name);

  constructor(
    private readonly listings: ListingRepository,
    private readonly parties: PartyService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly valuations: ValuationClient,
    private readonly credit: CreditListService,
  ) {}

  /** A listing the caller may see; anyone else's is NOT_FOUND, so existence does not leak. */
  async get(identity: Identity, id: string): Promise<ListingEntity> {
    const listing = await this.listings.findListing(assertUuid(id, 'id'));
    if (listing === null || !(await this.visible(identity, [listing])).has(listing.id)) {
      throw ListingException.listingNotFound(id);
    }
    return listing;
  }

  /** Listings by id that the caller may see (others are left out). */
  async findVisible(identity: Identity, ids: readonly string[]): Promise<ListingEntity[]> {
    const found = await this.listings.findListings(ids);
    const visible = await this.visible(identity, found);
    return found.filter((l) => visible.has(l.id));
  }

  async list(
    identity: Identity,
    filter: ListingFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<ListingEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']) as [string, string] | null;
    const rows = await this.listings.list({
      scope: listingScope(identity),
      today: registryToday(),
      status: filter?.status,
      kind: filter?.kind,
      ipcPrefix: filter?.ipcPrefix,
      city: filter?.city?.trim(),
      minAmount: filter?.minAmount,
      maxAmount: filter?.maxAmount,
      minRemainingLifeDays: filter?.minRemainingLifeDays,
      minValuation: filter?.minValuation,
      after: cursor,
      limit,
    });
    return toConnection(rows, limit, cursor !== null, (l) => [l.createdAt.toISOString(), l.id]);
  }

  assetsOf(listingIds: readonly string[]): Promise<ListingAssetEntity[]> {
    return this.listings.assetsOf(listingIds);
  }

  async invitedLendersOf(listingIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.listings.invitationsOf(listingIds);
    const byListing = new Map<string, string[]>(listingIds.map((id) => [id, []]));
    for (const r of rows) byListing.get(r.listingId)?.push(r.lenderPartyId);
    return byListing;
  }

  async create(identity: Identity, input: CreateListingInput, idempotencyKey?: string | null): Promise<ListingEntity> {
    const partyId = actingParty(identity);
    const today = registryToday();
    const amount = new Decimal(input.amountSought);
    const purpose = input.purpose.trim();
    if (purpose === '') throw ListingException.invalid('input.purpose', 'must not be blank');
    if (input.expiresOn != null && compareIsoDate(input.expiresOn, today) < 0) {
      throw ListingException.invalid('input.expiresOn', `must be today (${today}) or later`);
    }
    const assetIds = input.assetIds.map((id, i) => assertUuid(id, `input.assetIds[${i}]`));
    assetIds.forEach((id, i) => {
      if (assetIds.indexOf(id) !== i) throw ListingException.invalid(`input.assetIds[${i}]`, 'is listed twice');
    });
    const invited = await this.checkInvitations(input.visibility, input.invitedLenderIds ?? []);
    const party = await this.parties.get(partyId);
    // Read before the transaction: no row is locked while the valuation subgraph answers.
    const snapshot = await this.snapshot(assetIds, identity);
    try {
      const id = await this.listings.transaction((manager) =>
        this.idempotency.run(
          manager,
          {
            identity,
            key: idempotencyKey,
            operation: 'createListing',
            request: input,
            toStored: (listingId: string) => ({ id: listingId }),
            fromStored: (stored) => (stored as { id: string }).id,
          },
          async () => {
            await this.screenCreditList(manager, partyId, today);
            await this.audit.lockChains(manager, assetIds);
            const facts = await this.listings.assetFacts(manager, assetIds, party);
            const stale = this.checkAssets(assetIds, facts, today);
            for (const listingId of stale) await this.expire(manager, identity, listingId);
            const listing = await this.listings.insertListing(manager, {
              pledgorPartyId: partyId,
              amountSought: amount,
              currency: input.currency,
              termMonths: input.termMonths,
              purpose,
              visibility: input.visibility,
              expiresOn: input.expiresOn ?? null,
              valuationTotal: snapshot?.total ?? null,
              valuationCurrency: snapshot?.currency ?? null,
              valuedAt: snapshot?.valuedAt ?? null,
              createdBy: identity.userId,
              assetIds,
              invitedLenderIds: invited,
            });
            await this.audit.record(manager, identity, {
              assetIds,
              subjectType: 'LISTING',
              subjectId: listing.id,
              action: 'LISTING_CREATED',
              before: null,
              after: { ...(listingAuditState(listing) as object), assetIds, invitedLenderIds: invited },
            });
            return listing.id;
          },
        ),
      );
      return await this.get(identity, id);
    } catch (error) {
      // Chain locks serialise listings of the same asset; the index is the last line.
      if (isUniqueViolation(error, OPEN_ASSET_UNIQUE)) throw ListingException.alreadyListed('input.assetIds');
      throw error;
    }
  }

  /** The pledgor takes its open listing off the market; open offers on it are declined. */
  async withdraw(identity: Identity, id: string, idempotencyKey?: string | null): Promise<ListingEntity> {
    const partyId = actingParty(identity);
    const listingId = assertUuid(id, 'id');
    await this.listings.transaction((manager) =>
      this.idempotency.run(
        manager,
        {
          identity,
          key: idempotencyKey,
          operation: 'withdrawListing',
          request: { id: listingId },
          toStored: () => ({ id: listingId }),
          fromStored: () => undefined,
        },
        async () => {
          const listing = await this.listings.lockListing(manager, listingId);
          if (listing === null || listing.pledgorPartyId !== partyId) throw ListingException.listingNotFound(id);
          const status = effectiveListingStatus(listing.status, listing.expiresOn, registryToday());
          if (status !== ListingStatus.OPEN) throw ListingException.listingNotOpen(status);
          await this.close(manager, identity, listing, ListingStatus.WITHDRAWN, 'LISTING_WITHDRAWN');
        },
      ),
    );
    return this.get(identity, listingId);
  }

  /**
   * Closes an open listing: the new stored status frees its assets, and its open offers
   * are declined (or written down as expired), all audited in the caller's transaction.
   * `extra` entries (e.g. the accepted offer's) are recorded first, in the same append.
   */
  async close(
    manager: EntityManager,
    identity: Identity,
    listing: ListingEntity,
    status: ListingStatus,
    action: string,
    ...extra: AuditEntry[]
  ): Promise<void> {
    const assetIds = await this.listings.assetIdsOf(manager, listing.id);
    await this.audit.lockChains(manager, assetIds);
    const now = new Date();
    const open = await this.listings.openOffers(manager, listing.id);
    const entries: AuditEntry[] = [...extra];
    for (const target of [OfferStatus.DECLINED, OfferStatus.EXPIRED]) {
      const offers = open.filter(
        (o) =>
          (effectiveOfferStatus(o.status, o.expiresAt, now) === OfferStatus.EXPIRED) ===
          (target === OfferStatus.EXPIRED),
      );
      await this.listings.setOfferStatus(
        manager,
        offers.map((o) => o.id),
        target,
      );
      for (const o of offers) {
        entries.push({
          assetIds,
          subjectType: 'OFFER',
          subjectId: o.id,
          action: target === OfferStatus.DECLINED ? 'OFFER_DECLINED' : 'OFFER_EXPIRED',
          before: offerAuditState(o),
          after: offerAuditState(o, target),
        });
      }
    }
    await this.listings.setListingStatus(manager, listing.id, status);
    entries.push({
      assetIds,
      subjectType: 'LISTING',
      subjectId: listing.id,
      action,
      before: listingAuditState(listing),
      after: listingAuditState(listing, status),
    });
    await this.audit.record(manager, identity, ...entries);
  }

  /** Writes down an open listing past its last day as EXPIRED, freeing its assets. */
  private async expire(manager: EntityManager, identity: Identity, listingId: string): Promise<void> {
    const listing = await this.listings.lockListing(manager, listingId);
    if (listing === null || listing.status !== ListingStatus.OPEN) return;
    await this.close(manager, identity, listing, ListingStatus.EXPIRED, 'LISTING_EXPIRED');
  }

  /**
   * Every asset must exist, be owned by the enterprise and be pledgeable now; returns the
   * expired listings that still hold some of them (to be written down), or throws naming
   * the first asset at fault.
   */
  private checkAssets(assetIds: readonly string[], facts: readonly AssetListingFacts[], today: string): Set<string> {
    const byId = new Map(facts.map((f) => [f.id, f]));
    const stale = new Set<string>();
    assetIds.forEach((id, i) => {
      const field = `input.assetIds[${i}]`;
      const fact = byId.get(id);
      if (fact === undefined) throw ListingException.invalid(field, `asset ${id} is not in the register`);
      if (!fact.ownedByParty) {
        throw ListingException.invalid(field, 'is not owned by your enterprise', ListingErrorReason.ASSET_NOT_OWNED);
      }
      const status = effectiveLegalStatus(fact.legalStatus, fact.expiryDate, today);
      const problem = !isPledgeable(status)
        ? `is ${status}; only granted rights in force can be pledged`
        : fact.ownershipDispute
          ? 'is under an ownership dispute'
          : fact.courtPreservation
            ? 'is frozen by a court preservation order'
            : fact.activelyPledged
              ? 'is already under an active pledge'
              : null;
      if (problem !== null) throw ListingException.invalid(field, problem, ListingErrorReason.ASSET_NOT_PLEDGEABLE);
      if (fact.openListingId !== null) {
        const expired = fact.openListingExpiresOn !== null && compareIsoDate(fact.openListingExpiresOn, today) < 0;
        if (!expired) throw ListingException.alreadyListed(field, id);
        stale.add(fact.openListingId);
      }
    });
    return stale;
  }

  /**
   * Screening at listing time: under policy REFUSE a credit-listed enterprise cannot seek
   * pledge financing at all. Under MANUAL_REVIEW it may list; the registrar sees the flag
   * when the application is examined.
   */
  private async screenCreditList(manager: EntityManager, partyId: string, today: string): Promise<void> {
    if (this.credit.pledgeEffect() !== 'REFUSE') return;
    if ((await this.credit.listedParties(manager, [partyId], today)).length > 0) throw ListingException.creditListed();
  }

  private async checkInvitations(visibility: ListingVisibility, ids: readonly string[]): Promise<string[]> {
    if (visibility === ListingVisibility.PUBLIC) {
      if (ids.length > 0)
        throw ListingException.invalid('input.invitedLenderIds', 'only an INVITED listing has invitations');
      return [];
    }
    if (ids.length === 0) {
      throw ListingException.invalid('input.invitedLenderIds', 'an INVITED listing needs at least one lender');
    }
    const normalised = ids.map((id, i) => assertUuid(id, `input.invitedLenderIds[${i}]`));
    const lenders = new Map((await this.parties.findMany(normalised)).map((p) => [p.id, p]));
    normalised.forEach((id, i) => {
      if (lenders.get(id)?.kind !== PartyKind.LENDER) {
        throw ListingException.invalid(`input.invitedLenderIds[${i}]`, `${id} is not a registered lender`);
      }
    });
    return [...new Set(normalised)];
  }

  /**
   * The valuation snapshot, or null. An unreachable valuation service does not block a
   * listing: the SME can list without it, and lenders see that no total was recorded.
   */
  private async snapshot(assetIds: readonly string[], identity: Identity): Promise<ValuationSnapshot | null> {
    try {
      const latest = await this.valuations.latestValuations(assetIds, identity);
      return valuationSnapshot(assetIds.map((id) => latest.get(id) ?? null));
    } catch (error) {
      if (!isValuationUnavailable(error)) throw error;
      this.logger.warn(`listing without a valuation snapshot: ${error.message}`);
      return null;
    }
  }

  /** Which of these listings the caller may see. */
  private async visible(identity: Identity, listings: readonly ListingEntity[]): Promise<Set<string>> {
    const ids = listings.map((l) => l.id);
    const lender = listingScope(identity).lenderPartyId;
    const [invitations, offered] = await Promise.all([
      lender === null ? Promise.resolve(new Map<string, string[]>()) : this.invitedLendersOf(ids),
      lender === null ? Promise.resolve(new Set<string>()) : this.listings.offeredOn(ids, lender),
    ]);
    const today = registryToday();
    return new Set(
      listings
        .filter((l) =>
          canSeeListing(identity, {
            pledgorPartyId: l.pledgorPartyId,
            visibility: l.visibility,
            status: effectiveListingStatus(l.status, l.expiresOn, today),
            invited: lender !== null && (invitations.get(l.id) ?? []).includes(lender),
            offered: offered.has(l.id),
          }),
        )
        .map((l) => l.id),
    );
  }
}
