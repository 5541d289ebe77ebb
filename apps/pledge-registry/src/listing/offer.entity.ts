import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { PartyEntity } from '@registry/party/party.entity.js';
import { PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { OfferStatus, RepaymentMethod } from '@registry/listing/domain/listing-rules.js';
import { ListingEntity } from './listing.entity.js';

/**
 * A lender's offer on a listing. One OPEN offer per lender and listing, one ACCEPTED offer
 * per listing, and an accepted offer points at the draft pledge application it created:
 * all three are indexes, so no race in the code can break them.
 */
@Entity({ name: 'offer' })
@Index('uq_offer_open_per_lender', ['listingId', 'lenderPartyId'], { unique: true, where: `"status" = 'OPEN'` })
@Index('uq_offer_accepted_per_listing', ['listingId'], { unique: true, where: `"status" = 'ACCEPTED'` })
@Index('uq_offer_pledge', ['pledgeId'], { unique: true })
@Index('ix_offer_listing', ['listingId', 'status'])
@Index('ix_offer_lender', ['lenderPartyId', 'status'])
@Check('ck_offer_status', `"status" IN ('OPEN', 'WITHDRAWN', 'DECLINED', 'EXPIRED', 'ACCEPTED')`)
@Check(
  'ck_offer_repayment_method',
  `"repayment_method" IN ('ANNUITY', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY_BULLET', 'FLAT')`,
)
@Check('ck_offer_amount_positive', `"amount" > 0`)
@Check('ck_offer_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_offer_annual_rate', `"annual_rate" > 0 AND "annual_rate" < 1`)
@Check('ck_offer_ltv', `"ltv" > 0 AND "ltv" <= 1`)
@Check('ck_offer_term_months', `"term_months" BETWEEN 1 AND 600`)
@Check('ck_offer_accepted_has_pledge', `("status" = 'ACCEPTED') = ("pledge_id" IS NOT NULL)`)
export class OfferEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_offer' })
  id: string;

  @Column({ type: 'uuid' })
  listingId: string;

  @Column({ type: 'uuid' })
  lenderPartyId: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  amount: Decimal;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Nominal annual rate as a fraction, e.g. 0.0435. */
  @Column({ type: 'numeric', precision: 12, scale: 8, transformer: decimalTransformer })
  annualRate: Decimal;

  @Column({ type: 'integer' })
  termMonths: number;

  @Column({ type: 'varchar', length: 24 })
  repaymentMethod: RepaymentMethod;

  /** Loan-to-value the lender applies, as a fraction of the appraised value. */
  @Column({ type: 'numeric', precision: 12, scale: 8, transformer: decimalTransformer })
  ltv: Decimal;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Stored status; see `effectiveOfferStatus` for what the API shows. */
  @Column({ type: 'varchar', length: 10 })
  status: OfferStatus;

  /** The draft pledge application created on acceptance. */
  @Column({ type: 'uuid', nullable: true })
  pledgeId: string | null;

  /** When the offer left OPEN (accepted, declined, withdrawn or written down as expired). */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => ListingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_offer_listing' })
  listing?: Relation<ListingEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lender_party_id', foreignKeyConstraintName: 'fk_offer_lender' })
  lender?: Relation<PartyEntity>;

  @ManyToOne(() => PledgeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledge_id', foreignKeyConstraintName: 'fk_offer_pledge' })
  pledge?: Relation<PledgeEntity>;
}
