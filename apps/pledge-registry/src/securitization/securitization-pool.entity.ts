import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { PartyEntity } from '@registry/party/party.entity.js';

/** Stored values: they must not change. Later slices add the states after DRAFT. */
export enum PoolStatus {
  DRAFT = 'DRAFT',
}

const share = (column: string): string => `"${column}" IS NULL OR ("${column}" > 0 AND "${column}" <= 1)`;

/**
 * A securitization pool a bank's arranger builds from its loans and recorded licence-royalty
 * receivables. Eligibility criteria are stored flags (all on by default); concentration
 * limits are the most share of the pool balance (or of the target balance while the pool is
 * below it) per key (null = no limit).
 */
@Entity({ name: 'securitization_pool' })
@Index('ix_securitization_pool_arranger', ['arrangerPartyId', 'createdAt'])
@Check('ck_securitization_pool_name', `length(btrim("name")) > 0`)
@Check('ck_securitization_pool_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_securitization_pool_status', `"status" IN ('DRAFT')`)
@Check('ck_securitization_pool_max_obligor_share', share('max_obligor_share'))
@Check('ck_securitization_pool_max_industry_share', share('max_industry_share'))
@Check('ck_securitization_pool_max_city_share', share('max_city_share'))
@Check('ck_securitization_pool_target_balance', `"target_balance" IS NULL OR "target_balance" > 0`)
export class SecuritizationPoolEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_securitization_pool' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** The bank (party of kind LENDER) whose arrangers build the pool. */
  @Column({ type: 'uuid' })
  arrangerPartyId: string;

  @Column({ type: 'varchar', length: 12, default: PoolStatus.DRAFT })
  status: PoolStatus;

  @Column({ type: 'boolean', default: true })
  requirePledgeRegistered: boolean;

  @Column({ type: 'boolean', default: true })
  requirePatentLifeCoversTerm: boolean;

  @Column({ type: 'boolean', default: true })
  requireNotInDefault: boolean;

  @Column({ type: 'boolean', default: true })
  requireObligorNotCreditListed: boolean;

  @Column({ type: 'boolean', default: true })
  requireNotInAnotherPool: boolean;

  @Column({ type: 'numeric', precision: 9, scale: 8, nullable: true, transformer: decimalTransformer })
  maxObligorShare: Decimal | null;

  @Column({ type: 'numeric', precision: 9, scale: 8, nullable: true, transformer: decimalTransformer })
  maxIndustryShare: Decimal | null;

  @Column({ type: 'numeric', precision: 9, scale: 8, nullable: true, transformer: decimalTransformer })
  maxCityShare: Decimal | null;

  /**
   * The balance the arranger aims for. While the pool is smaller, concentration limits are
   * shares of this target, so the first candidates are not each "100 % of the pool".
   */
  @Column({ type: 'numeric', precision: 20, scale: 2, nullable: true, transformer: decimalTransformer })
  targetBalance: Decimal | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'arranger_party_id', foreignKeyConstraintName: 'fk_securitization_pool_arranger' })
  arranger?: Relation<PartyEntity>;
}
