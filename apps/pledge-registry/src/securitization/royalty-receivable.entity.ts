import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import { PartyEntity } from '@registry/party/party.entity.js';

/**
 * A licence-royalty receivable an arranger records: what the licensee still owes the licensor
 * enterprise for a licence of one registry asset, due by the maturity date.
 */
@Entity({ name: 'royalty_receivable' })
@Index('ix_royalty_receivable_arranger', ['arrangerPartyId', 'createdAt'])
@Check('ck_royalty_receivable_licensee', `length(btrim("licensee_name")) > 0`)
@Check('ck_royalty_receivable_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_royalty_receivable_amount', `"outstanding_amount" > 0`)
@Check('ck_royalty_receivable_rate', `"annual_rate" >= 0 AND "annual_rate" <= 1`)
export class RoyaltyReceivableEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_royalty_receivable' })
  id: string;

  /** The bank whose arranger recorded it; only its pools may include it. */
  @Column({ type: 'uuid' })
  arrangerPartyId: string;

  /** The enterprise that licenses the asset out and is owed the royalties. */
  @Column({ type: 'uuid' })
  licensorPartyId: string;

  @Column({ type: 'varchar', length: 200 })
  licenseeName: string;

  @Column({ type: 'uuid' })
  assetId: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  outstandingAmount: Decimal;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Annual discount / interest rate as a fraction. */
  @Column({ type: 'numeric', precision: 12, scale: 8, transformer: decimalTransformer })
  annualRate: Decimal;

  @Column({ type: 'date' })
  maturityDate: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'arranger_party_id', foreignKeyConstraintName: 'fk_royalty_receivable_arranger' })
  arranger?: Relation<PartyEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'licensor_party_id', foreignKeyConstraintName: 'fk_royalty_receivable_licensor' })
  licensor?: Relation<PartyEntity>;

  @ManyToOne(() => IpAssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'fk_royalty_receivable_asset' })
  asset?: Relation<IpAssetEntity>;
}
