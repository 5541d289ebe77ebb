import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { LoanEntity } from './loan.entity.js';

/** One instalment of the schedule stored at disbursement, with what repayments paid towards it. */
@Entity({ name: 'loan_instalment' })
@Check('ck_loan_instalment_number', `"number" >= 1`)
@Check('ck_loan_instalment_due', `"principal_due" >= 0 AND "interest_due" >= 0`)
@Check(
  'ck_loan_instalment_paid',
  `"principal_paid" >= 0 AND "principal_paid" <= "principal_due" AND "interest_paid" >= 0 AND "interest_paid" <= "interest_due"`,
)
export class LoanInstalmentEntity extends Timestamped {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_loan_instalment' })
  loanId: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_loan_instalment' })
  number: number;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  principalDue: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  interestDue: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0, transformer: decimalTransformer })
  principalPaid: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0, transformer: decimalTransformer })
  interestPaid: Decimal;

  @ManyToOne(() => LoanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'loan_id', foreignKeyConstraintName: 'fk_loan_instalment_loan' })
  loan?: Relation<LoanEntity>;
}
