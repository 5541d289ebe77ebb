import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';

/** The dimensions the loan volume is rolled up by; stored values. */
export enum LoanVolumeDimension {
  TOTAL = 'TOTAL',
  LENDER = 'LENDER',
  BAND = 'BAND',
}

/**
 * Disbursed loans and principal per city, district, park ('' = none), year and quarter of
 * disbursement, once in total and once per lender party id and size band (one dimension per
 * row, as pledge_volume_rollup). Maintained by the trigger on `loan` in the disbursing
 * transaction; a disbursement is never taken back, so the counts only grow.
 */
@Entity({ name: 'loan_volume_rollup' })
@Index('ix_loan_volume_rollup_year_total', ['year', 'city', 'quarter'], { where: `"dimension" = 'TOTAL'` })
@Check('ck_loan_volume_rollup_dimension', `"dimension" IN ('TOTAL', 'LENDER', 'BAND')`)
@Check('ck_loan_volume_rollup_counts', `"loans" > 0 AND "amount" > 0`)
export class LoanVolumeRollupEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_loan_volume_rollup' })
  city: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_loan_volume_rollup' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_loan_volume_rollup' })
  district: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_loan_volume_rollup' })
  park: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_loan_volume_rollup' })
  quarter: number;

  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'pk_loan_volume_rollup' })
  dimension: LoanVolumeDimension;

  @PrimaryColumn({ type: 'varchar', length: 36, primaryKeyConstraintName: 'pk_loan_volume_rollup' })
  value: string;

  @Column({ type: 'integer' })
  loans: number;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  amount: Decimal;
}
