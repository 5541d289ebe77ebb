import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';

/**
 * One row per disbursement counted in the program's loan volume, with the attribution frozen
 * at disbursement (borrower's city, district and park, lender, size band of the principal).
 * Written only by the trigger on `loan` (migration AddProgramParksAndLoanVolume); the primary
 * key makes a loan count at most once whatever updates follow.
 */
@Entity({ name: 'loan_volume_fact' })
@Check('ck_loan_volume_fact_band', `"size_band" IN ('UNDER_10M', 'OVER_10M')`)
@Check('ck_loan_volume_fact_quarter', `"quarter" BETWEEN 1 AND 4`)
@Check('ck_loan_volume_fact_amount', `"amount" > 0`)
export class LoanVolumeFactEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_loan_volume_fact' })
  loanId: string;

  @Column({ type: 'uuid' })
  borrowerPartyId: string;

  @Column({ type: 'varchar', length: 64 })
  city: string;

  /** '' when the borrower has no district. */
  @Column({ type: 'varchar', length: 64 })
  district: string;

  /** '' when the borrower is in no park. */
  @Column({ type: 'varchar', length: 64 })
  park: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint' })
  quarter: number;

  @Column({ type: 'date' })
  disbursedOn: string;

  @Column({ type: 'uuid' })
  lenderPartyId: string;

  /** UNDER_10M when the principal is < 10 million yuan. */
  @Column({ type: 'varchar', length: 12 })
  sizeBand: string;

  /** The principal disbursed, CNY. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  amount: Decimal;
}
