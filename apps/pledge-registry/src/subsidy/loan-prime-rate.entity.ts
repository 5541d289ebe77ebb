import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';

/**
 * The 1-year loan prime rate, in force from `effective_from` until the next entry.
 * Entries are added, never changed: claims copy the rates they used into their details.
 */
@Entity({ name: 'loan_prime_rate' })
@Check('ck_loan_prime_rate_rate', `"rate" > 0 AND "rate" < 1`)
export class LoanPrimeRateEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_loan_prime_rate' })
  effectiveFrom: string;

  /** Annual rate as a fraction, e.g. 0.0300. */
  @Column({ type: 'numeric', precision: 12, scale: 8, transformer: decimalTransformer })
  rate: Decimal;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
