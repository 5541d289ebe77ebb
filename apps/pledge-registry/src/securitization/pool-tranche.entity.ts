import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';
import { SecuritizationPoolEntity } from './securitization-pool.entity.js';

/** Stored values: they must not change. */
export enum TrancheClass {
  SENIOR = 'SENIOR',
  MEZZANINE = 'MEZZANINE',
  SUBORDINATED = 'SUBORDINATED',
}

/**
 * One note class of a pool's structure. The structure is replaced as a whole, so tranches
 * have no history of their own; the class order against the priorities is checked in code
 * (by the securitization engine's parser) because it spans rows.
 */
@Entity({ name: 'pool_tranche' })
@Index('uq_pool_tranche_name', ['poolId', 'name'], { unique: true })
@Index('uq_pool_tranche_priority', ['poolId', 'priority'], { unique: true })
@Check('ck_pool_tranche_name', `length(btrim("name")) > 0`)
@Check('ck_pool_tranche_class', `"tranche_class" IN ('SENIOR', 'MEZZANINE', 'SUBORDINATED')`)
@Check('ck_pool_tranche_size', `"size" > 0`)
@Check('ck_pool_tranche_coupon', `"coupon" >= 0 AND "coupon" <= 1`)
@Check('ck_pool_tranche_priority', `"priority" BETWEEN 1 AND 1000`)
export class PoolTrancheEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_pool_tranche' })
  id: string;

  @Column({ type: 'uuid' })
  poolId: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  trancheClass: TrancheClass;

  @Column({ type: 'numeric', precision: 20, scale: 2, transformer: decimalTransformer })
  size: Decimal;

  /** Annual coupon as a fraction. */
  @Column({ type: 'numeric', precision: 10, scale: 8, transformer: decimalTransformer })
  coupon: Decimal;

  /** Lower pays first. */
  @Column({ type: 'int' })
  priority: number;

  @ManyToOne(() => SecuritizationPoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id', foreignKeyConstraintName: 'fk_pool_tranche_pool' })
  pool?: Relation<SecuritizationPoolEntity>;
}
