import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import { PledgeEntity } from './pledge.entity.js';

/**
 * The one-active-pledge rule as a primary key: an asset has a row here exactly while a
 * pledge on it is active (registered until deregistered or revoked). Registration inserts
 * with ON CONFLICT DO NOTHING, so the loser of a race learns it from the row count, with
 * no error, no deadlock and no duplicate, whatever the code around it does.
 */
@Entity({ name: 'active_pledge' })
@Index('ix_active_pledge_pledge', ['pledgeId'])
export class ActivePledgeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_active_pledge' })
  assetId: string;

  @Column({ type: 'uuid' })
  pledgeId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  since: Date;

  @ManyToOne(() => IpAssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'fk_active_pledge_asset' })
  asset?: Relation<IpAssetEntity>;

  @ManyToOne(() => PledgeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledge_id', foreignKeyConstraintName: 'fk_active_pledge_pledge' })
  pledge?: Relation<PledgeEntity>;
}
