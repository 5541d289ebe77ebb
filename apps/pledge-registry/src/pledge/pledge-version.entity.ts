import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';
import { PartyEntity } from '@registry/party/party.entity.js';
import { PledgeEntity } from './pledge.entity.js';

/** The registered terms of a pledge as of each version: 1 on registration, +1 per change. */
@Entity({ name: 'pledge_version' })
@Check('ck_pledge_version_positive', `"version" >= 1`)
@Check('ck_pledge_version_amount', `"claim_amount" > 0`)
export class PledgeVersionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_pledge_version' })
  pledgeId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_pledge_version' })
  version: number;

  @Column({ type: 'uuid' })
  pledgorPartyId: string;

  @Column({ type: 'uuid' })
  pledgeePartyId: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  claimAmount: Decimal;

  @Column({ type: 'char', length: 3 })
  claimCurrency: string;

  @Column({ type: 'date' })
  debtorDueDate: string;

  @Column({ type: 'text' })
  guaranteeScope: string;

  /** Why the registered terms changed (null for version 1). */
  @Column({ type: 'text', nullable: true })
  changeNote: string | null;

  /** The day the version took effect on the register. */
  @Column({ type: 'date' })
  effectiveOn: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;

  @ManyToOne(() => PledgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id', foreignKeyConstraintName: 'fk_pledge_version_pledge' })
  pledge?: Relation<PledgeEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledgor_party_id', foreignKeyConstraintName: 'fk_pledge_version_pledgor' })
  pledgor?: Relation<PartyEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledgee_party_id', foreignKeyConstraintName: 'fk_pledge_version_pledgee' })
  pledgee?: Relation<PartyEntity>;
}
