import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import { PledgeEntity } from './pledge.entity.js';

export enum DisposalKind {
  TRANSFER = 'TRANSFER',
  LICENCE = 'LICENCE',
}

/** Where the proceeds of a consented disposal go (Civil Code art. 444). */
export enum DisposalProceeds {
  EARLY_REPAYMENT = 'EARLY_REPAYMENT',
  ESCROW = 'ESCROW',
}

export enum DisposalStatus {
  REQUESTED = 'REQUESTED',
  CONSENTED = 'CONSENTED',
  DECLINED = 'DECLINED',
}

/**
 * A pledgor's request to transfer or license a pledged asset, and the pledgee's decision:
 * while pledged, neither is allowed without the pledgee's consent (Civil Code art. 444).
 */
@Entity({ name: 'pledge_disposal' })
@Index('ix_pledge_disposal_pledge', ['pledgeId', 'createdAt'])
@Index('uq_pledge_disposal_open', ['pledgeId', 'assetId', 'kind'], { unique: true, where: `"status" = 'REQUESTED'` })
@Check('ck_pledge_disposal_kind', `"kind" IN ('TRANSFER', 'LICENCE')`)
@Check('ck_pledge_disposal_proceeds', `"proceeds" IN ('EARLY_REPAYMENT', 'ESCROW')`)
@Check('ck_pledge_disposal_status', `"status" IN ('REQUESTED', 'CONSENTED', 'DECLINED')`)
@Check('ck_pledge_disposal_decided', `("status" = 'REQUESTED') = ("decided_at" IS NULL)`)
@Check('ck_pledge_disposal_counterparty', `length(btrim("counterparty_name")) > 0`)
export class PledgeDisposalEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_pledge_disposal' })
  id: string;

  @Column({ type: 'uuid' })
  pledgeId: string;

  @Column({ type: 'uuid' })
  assetId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: DisposalKind;

  /** The buyer (transfer) or licensee (licence). */
  @Column({ type: 'varchar', length: 200 })
  counterpartyName: string;

  @Column({ type: 'varchar', length: 16 })
  proceeds: DisposalProceeds;

  @Column({ type: 'varchar', length: 12 })
  status: DisposalStatus;

  @Column({ type: 'text', nullable: true })
  requestNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @ManyToOne(() => PledgeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledge_id', foreignKeyConstraintName: 'fk_pledge_disposal_pledge' })
  pledge?: Relation<PledgeEntity>;

  @ManyToOne(() => IpAssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'fk_pledge_disposal_asset' })
  asset?: Relation<IpAssetEntity>;
}
