import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';
import { PartyEntity } from '@registry/party/party.entity.js';
import { IpAssetEntity } from './ip-asset.entity.js';

/**
 * A registered owner of an asset. Owners need not be platform parties (a university
 * co-owner, say), but when one is, `partyId` links it: the pledge rules compare parties.
 */
@Entity({ name: 'ip_asset_owner' })
@Index('ix_ip_asset_owner_party', ['partyId'])
@Check('ck_ip_asset_owner_share', `"share" > 0 AND "share" <= 100`)
@Check('ck_ip_asset_owner_position', `"position" >= 0`)
export class IpAssetOwnerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_ip_asset_owner' })
  assetId: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_ip_asset_owner' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'char', length: 18, nullable: true })
  creditCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  partyId: string | null;

  /** Percentage of ownership; an asset's shares add up to 100. */
  @Column({ type: 'numeric', precision: 7, scale: 4, transformer: decimalTransformer })
  share: Decimal;

  @ManyToOne(() => IpAssetEntity, (asset) => asset.owners, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'fk_ip_asset_owner_asset' })
  asset?: Relation<IpAssetEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_ip_asset_owner_party' })
  party?: Relation<PartyEntity>;
}
