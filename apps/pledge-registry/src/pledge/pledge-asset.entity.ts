import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import { PledgeEntity } from './pledge.entity.js';

/**
 * An asset named in a pledge application, with the particulars the application carries
 * (number, title, filing and grant date) as they stood when it was filed.
 */
@Entity({ name: 'pledge_asset' })
@Index('ix_pledge_asset_asset', ['assetId'])
@Check('ck_pledge_asset_position', `"position" >= 0`)
export class PledgeAssetEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_pledge_asset' })
  pledgeId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_pledge_asset' })
  assetId: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 32 })
  number: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'date' })
  filingDate: string;

  @Column({ type: 'date', nullable: true })
  grantDate: string | null;

  @ManyToOne(() => PledgeEntity, (p) => p.assets, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id', foreignKeyConstraintName: 'fk_pledge_asset_pledge' })
  pledge?: Relation<PledgeEntity>;

  @ManyToOne(() => IpAssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'fk_pledge_asset_asset' })
  asset?: Relation<IpAssetEntity>;
}
