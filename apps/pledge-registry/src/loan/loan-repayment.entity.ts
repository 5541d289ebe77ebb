import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';
import { LoanEntity } from './loan.entity.js';

/** What one repayment paid towards one instalment, amounts as strings. */
export interface AllocationLineJson {
  number: number;
  interest: string;
  principal: string;
}

/** A payment received on a loan and how it was allocated; never changed once written. */
@Entity({ name: 'loan_repayment' })
@Index('ix_loan_repayment_loan', ['loanId', 'receivedOn'])
@Index('uq_loan_repayment_key', ['loanId', 'idempotencyKey'], {
  unique: true,
  where: `"idempotency_key" IS NOT NULL`,
})
@Check('ck_loan_repayment_amount_positive', `"amount" > 0`)
@Check(
  'ck_loan_repayment_parts',
  `"penalty_paid" >= 0 AND "interest_paid" >= 0 AND "principal_paid" >= 0 AND "excess" >= 0 AND "penalty_paid" + "interest_paid" + "principal_paid" + "excess" = "amount"`,
)
export class LoanRepaymentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_loan_repayment' })
  id: string;

  @Column({ type: 'uuid' })
  loanId: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  amount: Decimal;

  @Column({ type: 'date' })
  receivedOn: string;

  /** Penalty interest on overdue principal (domain/penalty-interest.ts), paid first. */
  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0, transformer: decimalTransformer })
  penaltyPaid: Decimal;

  /** Overdue and current interest together. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  interestPaid: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  principalPaid: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  excess: Decimal;

  /** What went to each instalment, e.g. `[{ number: 1, interest: "10.00", principal: "5.00" }]`. */
  @Column({ type: 'jsonb' })
  allocation: AllocationLineJson[];

  /** The client's key: the same key on the same loan is one payment. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => LoanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loan_id', foreignKeyConstraintName: 'fk_loan_repayment_loan' })
  loan?: Relation<LoanEntity>;
}
