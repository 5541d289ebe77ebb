import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { SecuritizationPoolEntity } from './securitization-pool.entity.js';

const ratio = (column: string): string => `"${column}" IS NULL OR ("${column}" > 0 AND "${column}" <= 100)`;

/**
 * A pool's credit enhancement, fees and triggers; its tranches are rows of pool_tranche.
 * Overcollateralisation is the pool balance above the notes and excess spread is what the
 * waterfall leaves after fees and rated interest, so neither is stored. Null thresholds mean
 * the engine's defaults (1.40 / 1.30 / 1.20, 10 % cumulative loss).
 */
@Entity({ name: 'pool_structure' })
@Check('ck_pool_structure_fee_rate', `"fee_annual_rate_on_pool" >= 0 AND "fee_annual_rate_on_pool" <= 1`)
@Check('ck_pool_structure_fee_fixed', `"fee_fixed_per_period" >= 0`)
@Check('ck_pool_structure_reserve_initial', `"reserve_initial_amount" >= 0`)
@Check(
  'ck_pool_structure_reserve_target',
  `num_nonnulls("reserve_target_amount", "reserve_target_share_of_notes") = 1 AND ("reserve_target_amount" IS NULL OR "reserve_target_amount" >= 0) AND ("reserve_target_share_of_notes" IS NULL OR ("reserve_target_share_of_notes" >= 0 AND "reserve_target_share_of_notes" <= 1))`,
)
@Check('ck_pool_structure_guarantor_cap', `"guarantor_cap" >= 0`)
@Check('ck_pool_structure_trap50', ratio('trap50_below'))
@Check('ck_pool_structure_trap100', ratio('trap100_below'))
@Check('ck_pool_structure_rapid', ratio('rapid_amortisation_below'))
@Check(
  'ck_pool_structure_trigger_order',
  `COALESCE("trap100_below", 1.30) <= COALESCE("trap50_below", 1.40) AND COALESCE("rapid_amortisation_below", 1.20) <= COALESCE("trap100_below", 1.30)`,
)
@Check(
  'ck_pool_structure_loss_trigger',
  `"cumulative_loss_rapid_above" IS NULL OR ("cumulative_loss_rapid_above" >= 0 AND "cumulative_loss_rapid_above" <= 1)`,
)
export class PoolStructureEntity extends Timestamped {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_pool_structure' })
  poolId: string;

  /** Senior fees per year as a fraction of the opening pool balance (servicing, trustee). */
  @Column({ type: 'numeric', precision: 10, scale: 8, default: 0, transformer: decimalTransformer })
  feeAnnualRateOnPool: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 2, default: 0, transformer: decimalTransformer })
  feeFixedPerPeriod: Decimal;

  /** Cash reserve funded at closing. */
  @Column({ type: 'numeric', precision: 20, scale: 2, default: 0, transformer: decimalTransformer })
  reserveInitialAmount: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 2, nullable: true, transformer: decimalTransformer })
  reserveTargetAmount: Decimal | null;

  @Column({ type: 'numeric', precision: 10, scale: 8, nullable: true, transformer: decimalTransformer })
  reserveTargetShareOfNotes: Decimal | null;

  /** Lifetime cap of the guarantor's deficiency payments on senior and mezzanine interest; 0 = none. */
  @Column({ type: 'numeric', precision: 20, scale: 2, default: 0, transformer: decimalTransformer })
  guarantorCap: Decimal;

  @Column({ type: 'varchar', length: 200, nullable: true })
  guarantorName: string | null;

  @Column({ type: 'numeric', precision: 6, scale: 4, nullable: true, transformer: decimalTransformer })
  trap50Below: Decimal | null;

  @Column({ type: 'numeric', precision: 6, scale: 4, nullable: true, transformer: decimalTransformer })
  trap100Below: Decimal | null;

  @Column({ type: 'numeric', precision: 6, scale: 4, nullable: true, transformer: decimalTransformer })
  rapidAmortisationBelow: Decimal | null;

  @Column({ type: 'numeric', precision: 10, scale: 8, nullable: true, transformer: decimalTransformer })
  cumulativeLossRapidAbove: Decimal | null;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @OneToOne(() => SecuritizationPoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id', foreignKeyConstraintName: 'fk_pool_structure_pool' })
  pool?: Relation<SecuritizationPoolEntity>;
}
