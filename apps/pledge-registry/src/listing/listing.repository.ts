import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findByIds, withTransaction } from '@app/database';
import type { Decimal } from '@app/money';
import type { ListingScope } from '@registry/listing/domain/listing-access.js';
import { ListingStatus, OfferStatus, type ListingVisibility } from '@registry/listing/domain/listing-rules.js';
import { ListingAssetEntity } from '@registry/listing/listing-asset.entity.js';
import { ListingInvitationEntity } from '@registry/listing/listing-invitation.entity.js';
import { ListingEntity } from '@registry/listing/listing.entity.js';
import { OfferEntity } from '@registry/listing/offer.entity.js';
import type { IpKind, IpLegalStatus } from '@registry/ip-asset/domain/ip-term.js';

/** A listing as a plain record: what `createListing` writes, and what a seed can insert directly. */
export interface ListingRecord {
  id?: string;
  pledgorPartyId: string;
  amountSought: Decimal;
  currency: string;
  termMonths: number;
  purpose: string;
  visibility: ListingVisibility;
  status?: ListingStatus;
  expiresOn: string | null;
  valuationTotal: Decimal | null;
  valuationCurrency: string | null;
  valuedAt: Date | null;
  createdBy: string | null;
  assetIds: readonly string[];
  invitedLenderIds: readonly string[];
}

export interface ListingQuery {
  scope: ListingScope;
  today: string;
  status?: ListingStatus;
  kind?: IpKind;
  ipcPrefix?: string;
  city?: string;
  minAmount?: string;
  maxAmount?: string;
  minRemainingLifeDays?: number;
  minValuation?: string;
  after: [string, string] | null;
  limit: number;
}

/** What `createListing` must know about each asset, read under the chain locks. */
export interface AssetListingFacts {
  id: string;
  legalStatus: IpLegalStatus;
  expiryDate: string | null;
  ownershipDispute: boolean;
  courtPreservation: boolean;
  ownedByParty: boolean;
  activelyPledged: boolean;
  /** The OPEN listing (by stored status) holding the asset, if any, and its last day. */
  openListingId: string | null;
  openListingExpiresOn: string | null;
}

const EFFECTIVE_STATUS = `(CASE WHEN l.status = 'OPEN' AND l.expires_on < :today THEN 'EXPIRED' ELSE l.status END)`;
// Keyset on created_at truncated to what a JavaScript Date (and so the cursor) can hold.
const SORT_TIME = `date_trunc('milliseconds', l.created_at)`;

/** SQL for listings and offers; writes run in the caller's transaction. */
@Injectable()
export class ListingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withTransaction(this.dataSource, work);
  }

  findListing(id: string): Promise<ListingEntity | null> {
    return this.dataSource.manager.findOneBy(ListingEntity, { id });
  }

  findListings(ids: readonly string[]): Promise<ListingEntity[]> {
    return findByIds(this.dataSource.manager, ListingEntity, ids);
  }

  /** Row-locks the listing: every mutation on a listing or its offers takes this lock first. */
  lockListing(manager: EntityManager, id: string): Promise<ListingEntity | null> {
    return manager.findOne(ListingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  assetsOf(listingIds: readonly string[]): Promise<ListingAssetEntity[]> {
    if (listingIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(ListingAssetEntity, 'la')
      .where('la.listing_id = ANY(:ids)', { ids: [...listingIds] })
      .orderBy('la.listing_id')
      .addOrderBy('la.position')
      .getMany();
  }

  invitationsOf(listingIds: readonly string[]): Promise<ListingInvitationEntity[]> {
    if (listingIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(ListingInvitationEntity, 'i')
      .where('i.listing_id = ANY(:ids)', { ids: [...listingIds] })
      .getMany();
  }

  async assetIdsOf(manager: EntityManager, listingId: string): Promise<string[]> {
    const rows = await manager.find(ListingAssetEntity, { where: { listingId }, order: { position: 'ASC' } });
    return rows.map((r) => r.assetId);
  }

  /** One row per requested asset that exists, with ownership, pledge and listing facts. */
  async assetFacts(
    manager: EntityManager,
    assetIds: readonly string[],
    party: { id: string; creditCode: string | null },
  ): Promise<AssetListingFacts[]> {
    const rows: {
      id: string;
      legal_status: IpLegalStatus;
      expiry_date: string | null;
      ownership_dispute: boolean;
      court_preservation: boolean;
      owned: boolean;
      pledged: boolean;
      listing_id: string | null;
      listing_expires_on: string | null;
    }[] = await manager.query(
      `SELECT a.id, a.legal_status, to_char(a.expiry_date, 'YYYY-MM-DD') AS expiry_date,
              a.ownership_dispute, a.court_preservation,
              EXISTS (SELECT 1 FROM ip_asset_owner o WHERE o.asset_id = a.id
                        AND (o.party_id = $2 OR ($3::char(18) IS NOT NULL AND o.credit_code = $3))) AS owned,
              EXISTS (SELECT 1 FROM active_pledge ap WHERE ap.asset_id = a.id) AS pledged,
              l.id AS listing_id, to_char(l.expires_on, 'YYYY-MM-DD') AS listing_expires_on
         FROM ip_asset a
         LEFT JOIN listing_asset la ON la.asset_id = a.id AND la.open
         LEFT JOIN listing l ON l.id = la.listing_id
        WHERE a.id = ANY($1::uuid[])`,
      [[...assetIds], party.id, party.creditCode],
    );
    return rows.map((r) => ({
      id: r.id,
      legalStatus: r.legal_status,
      expiryDate: r.expiry_date,
      ownershipDispute: r.ownership_dispute,
      courtPreservation: r.court_preservation,
      ownedByParty: r.owned,
      activelyPledged: r.pledged,
      openListingId: r.listing_id,
      openListingExpiresOn: r.listing_expires_on,
    }));
  }

  /** Inserts a listing with its assets and invitations (used by createListing and by seeds). */
  async insertListing(manager: EntityManager, record: ListingRecord): Promise<ListingEntity> {
    const status = record.status ?? ListingStatus.OPEN;
    const listing = await manager.save(
      ListingEntity,
      manager.create(ListingEntity, {
        ...(record.id === undefined ? {} : { id: record.id }),
        pledgorPartyId: record.pledgorPartyId,
        amountSought: record.amountSought,
        currency: record.currency,
        termMonths: record.termMonths,
        purpose: record.purpose,
        visibility: record.visibility,
        status,
        expiresOn: record.expiresOn,
        valuationTotal: record.valuationTotal,
        valuationCurrency: record.valuationCurrency,
        valuedAt: record.valuedAt,
        createdBy: record.createdBy,
      }),
    );
    await manager.insert(
      ListingAssetEntity,
      record.assetIds.map((assetId, position) => ({
        listingId: listing.id,
        assetId,
        position,
        open: status === ListingStatus.OPEN,
      })),
    );
    if (record.invitedLenderIds.length > 0) {
      await manager.insert(
        ListingInvitationEntity,
        [...new Set(record.invitedLenderIds)].map((lenderPartyId) => ({ listingId: listing.id, lenderPartyId })),
      );
    }
    return listing;
  }

  /** Moves a listing to a new stored status; its assets stay reserved only while it is OPEN. */
  async setListingStatus(manager: EntityManager, id: string, status: ListingStatus): Promise<void> {
    await manager.update(ListingEntity, { id }, { status });
    await manager.update(ListingAssetEntity, { listingId: id }, { open: status === ListingStatus.OPEN });
  }

  /** Keyset page, newest first, of the listings the scope allows and the filters keep. */
  async list(query: ListingQuery): Promise<ListingEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(ListingEntity, 'l').setParameter('today', query.today);
    const scope = query.scope;
    if (!scope.all) {
      // The viewer's own listings, or those open to it as a lender: see domain/listing-access.ts.
      const visible: string[] = [];
      if (scope.pledgorPartyId !== null) {
        visible.push('l.pledgor_party_id = :pledgor');
        qb.setParameter('pledgor', scope.pledgorPartyId);
      }
      if (scope.lenderPartyId !== null) {
        visible.push(`(${EFFECTIVE_STATUS} = 'OPEN' AND (l.visibility = 'PUBLIC' OR EXISTS (
            SELECT 1 FROM listing_invitation i WHERE i.listing_id = l.id AND i.lender_party_id = :lender)))`);
        visible.push('EXISTS (SELECT 1 FROM offer o WHERE o.listing_id = l.id AND o.lender_party_id = :lender)');
        qb.setParameter('lender', scope.lenderPartyId);
      }
      qb.andWhere(visible.length === 0 ? 'FALSE' : `(${visible.join(' OR ')})`);
    }
    if (query.status !== undefined) qb.andWhere(`${EFFECTIVE_STATUS} = :status`, { status: query.status });
    if (query.kind !== undefined) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM listing_asset la JOIN ip_asset a ON a.id = la.asset_id
                  WHERE la.listing_id = l.id AND a.kind = :kind)`,
        { kind: query.kind },
      );
    }
    if (query.ipcPrefix !== undefined) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM listing_asset la JOIN ip_asset a ON a.id = la.asset_id, unnest(a.ipc_classes) c
                  WHERE la.listing_id = l.id AND c LIKE :ipc ESCAPE '\\')`,
        { ipc: `${query.ipcPrefix.replace(/[\\%_]/g, (m) => `\\${m}`)}%` },
      );
    }
    if (query.city !== undefined) {
      qb.andWhere('EXISTS (SELECT 1 FROM party p WHERE p.id = l.pledgor_party_id AND p.city = :city)', {
        city: query.city,
      });
    }
    if (query.minAmount !== undefined) qb.andWhere('l.amount_sought >= :minAmount', { minAmount: query.minAmount });
    if (query.maxAmount !== undefined) qb.andWhere('l.amount_sought <= :maxAmount', { maxAmount: query.maxAmount });
    if (query.minValuation !== undefined) {
      qb.andWhere('l.valuation_total >= :minValuation', { minValuation: query.minValuation });
    }
    if (query.minRemainingLifeDays !== undefined) {
      // Every asset must have the life left: the shortest-lived one limits the loan.
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM listing_asset la JOIN ip_asset a ON a.id = la.asset_id
                      WHERE la.listing_id = l.id
                        AND (a.expiry_date IS NULL OR a.expiry_date < CAST(:today AS date) + CAST(:lifeDays AS integer)))`,
        { lifeDays: query.minRemainingLifeDays },
      );
    }
    if (query.after !== null) {
      qb.andWhere(`(${SORT_TIME}, l.id) < (CAST(:afterTime AS timestamptz), CAST(:afterId AS uuid))`, {
        afterTime: query.after[0],
        afterId: query.after[1],
      });
    }
    return qb
      .orderBy(SORT_TIME, 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
  }

  /** The lender's listings among `listingIds` it has made an offer on. */
  async offeredOn(listingIds: readonly string[], lenderPartyId: string): Promise<Set<string>> {
    if (listingIds.length === 0) return new Set();
    const rows: { listing_id: string }[] = await this.dataSource.query(
      'SELECT DISTINCT listing_id FROM offer WHERE listing_id = ANY($1::uuid[]) AND lender_party_id = $2',
      [[...listingIds], lenderPartyId],
    );
    return new Set(rows.map((r) => r.listing_id));
  }

  // ---- offers ----

  findOffer(id: string): Promise<OfferEntity | null> {
    return this.dataSource.manager.findOneBy(OfferEntity, { id });
  }

  findOfferIn(manager: EntityManager, id: string): Promise<OfferEntity | null> {
    return manager.findOneBy(OfferEntity, { id });
  }

  /** The offers on these listings, oldest first; the caller filters by who may see them. */
  offersOf(listingIds: readonly string[]): Promise<OfferEntity[]> {
    if (listingIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(OfferEntity, 'o')
      .where('o.listing_id = ANY(:ids)', { ids: [...listingIds] })
      .orderBy('o.created_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  insertOffer(manager: EntityManager, offer: Partial<OfferEntity>): Promise<OfferEntity> {
    return manager.save(OfferEntity, manager.create(OfferEntity, offer));
  }

  async setOfferStatus(
    manager: EntityManager,
    ids: readonly string[],
    status: OfferStatus,
    pledgeId: string | null = null,
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(OfferEntity)
      .set({ status, pledgeId, decidedAt: () => 'now()' })
      .where('id = ANY(:ids)', { ids: [...ids] })
      .execute();
  }

  /** Open offers on the listing (by stored status), for declining them on acceptance. */
  openOffers(manager: EntityManager, listingId: string): Promise<OfferEntity[]> {
    return manager.find(OfferEntity, { where: { listingId, status: OfferStatus.OPEN } });
  }
}
