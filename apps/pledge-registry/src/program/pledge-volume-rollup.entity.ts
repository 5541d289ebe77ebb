import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';

/** The dimensions the volume is rolled up by; stored values. */
export enum VolumeDimension {
  TOTAL = 'TOTAL',
  LENDER = 'LENDER',
  IPC = 'IPC',
  BAND = 'BAND',
  FIRST_TIME = 'FIRST_TIME',
}

/**
 * Registrations and secured amount per city, district, park ('' = none), year and quarter,
 * once in total and once per value of each dimension (lender party id, IPC section, size
 * band, 'Y' for first-time pledgers). One dimension per row, not their cross product: the dashboard
 * never crosses dimensions, and the cross product has about as many cells as pledges.
 * Maintained by the trigger on `pledge` in the registering/revoking transaction.
 */
@Entity({ name: 'pledge_volume_rollup' })
@Index('ix_pledge_volume_rollup_year_total', ['year', 'city', 'quarter'], { where: `"dimension" = 'TOTAL'` })
@Check('ck_pledge_volume_rollup_dimension', `"dimension" IN ('TOTAL', 'LENDER', 'IPC', 'BAND', 'FIRST_TIME')`)
@Check('ck_pledge_volume_rollup_counts', `"registrations" >= 0 AND "amount" >= 0`)
export class PledgeVolumeRollupEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_pledge_volume_rollup' })
  city: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_pledge_volume_rollup' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_pledge_volume_rollup' })
  district: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_pledge_volume_rollup' })
  park: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_pledge_volume_rollup' })
  quarter: number;

  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'pk_pledge_volume_rollup' })
  dimension: VolumeDimension;

  @PrimaryColumn({ type: 'varchar', length: 36, primaryKeyConstraintName: 'pk_pledge_volume_rollup' })
  value: string;

  @Column({ type: 'integer' })
  registrations: number;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  amount: Decimal;
}
