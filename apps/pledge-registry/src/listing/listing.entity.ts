import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { PartyEntity } from '@registry/party/party.entity.js';
import { ListingStatus, ListingVisibility } from '@registry/listing/domain/listing-rules.js';
import { ListingAssetEntity } from './listing-asset.entity.js';

/**
 * An SME's request for pledge financing on some of its assets, open to lenders' offers.
 * EXPIRED is mostly an effective status (an OPEN row past `expires_on`); it is written
 * down only when the expired listing stands in the way of a new one on the same asset.
 */
@Entity({ name: 'listing' })
@Index('ix_listing_pledgor', ['pledgorPartyId', 'status'])
@Index('ix_listing_status_created', ['status', 'createdAt'])
@Check('ck_listing_status', `"status" IN ('OPEN', 'WITHDRAWN', 'EXPIRED', 'ACCEPTED')`)
@Check('ck_listing_visibility', `"visibility" IN ('PUBLIC', 'INVITED')`)
@Check('ck_listing_amount_positive', `"amount_sought" > 0`)
@Check('ck_listing_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_listing_term_months', `"term_months" BETWEEN 1 AND 600`)
@Check('ck_listing_purpose_not_blank', `length(btrim("purpose")) > 0`)
@Check(
  'ck_listing_valuation_snapshot',
  `("valuation_total" IS NULL) = ("valuation_currency" IS NULL) AND ("valuation_total" IS NULL) = ("valued_at" IS NULL) AND coalesce("valuation_total", 0) >= 0`,
)
export class ListingEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_listing' })
  id: string;

  @Column({ type: 'uuid' })
  pledgorPartyId: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  amountSought: Decimal;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'integer' })
  termMonths: number;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'varchar', length: 8 })
  visibility: ListingVisibility;

  /** Stored status; see `effectiveListingStatus` for what the API shows. */
  @Column({ type: 'varchar', length: 10 })
  status: ListingStatus;

  /** Last day the listing takes offers; null = open until withdrawn or accepted. */
  @Column({ type: 'date', nullable: true })
  expiresOn: string | null;

  /** Sum of the assets' latest valuations when listed; null when any asset had none. */
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalTransformer })
  valuationTotal: Decimal | null;

  @Column({ type: 'char', length: 3, nullable: true })
  valuationCurrency: string | null;

  /** The oldest of the valuations summed: the total is no more recent than that. */
  @Column({ type: 'timestamptz', nullable: true })
  valuedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledgor_party_id', foreignKeyConstraintName: 'fk_listing_pledgor' })
  pledgor?: Relation<PartyEntity>;

  @OneToMany(() => ListingAssetEntity, (a) => a.listing)
  assets?: Relation<ListingAssetEntity[]>;
}
