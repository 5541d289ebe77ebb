import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import { ListingEntity } from './listing.entity.js';

/**
 * An asset offered in a listing. `open` mirrors "the listing is OPEN" so that the rule
 * "an asset is in at most one open listing" is a partial unique index.
 */
@Entity({ name: 'listing_asset' })
@Index('uq_listing_asset_open', ['assetId'], { unique: true, where: '"open"' })
@Index('ix_listing_asset_asset', ['assetId'])
@Check('ck_listing_asset_position', `"position" >= 0`)
export class ListingAssetEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_listing_asset' })
  listingId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_listing_asset' })
  assetId: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'boolean', default: true })
  open: boolean;

  @ManyToOne(() => ListingEntity, (l) => l.assets, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_listing_asset_listing' })
  listing?: Relation<ListingEntity>;

  @ManyToOne(() => IpAssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'fk_listing_asset_asset' })
  asset?: Relation<IpAssetEntity>;
}
