import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { LoanEntity } from '@registry/loan/loan.entity.js';

/**
 * What the lending bank reports about a loan for subsidies: insurance and guarantee (the
 * uplifted share), the insurance premium and the appraisal fee paid. Kept beside the loan,
 * not on it: the loan module owns its table.
 */
@Entity({ name: 'loan_subsidy_facts' })
@Check('ck_loan_subsidy_facts_amounts', `"insurance_premium" >= 0 AND "appraisal_fee" >= 0`)
@Check('ck_loan_subsidy_facts_premium', `"insured" OR "insurance_premium" = 0`)
export class LoanSubsidyFactsEntity extends Timestamped {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_loan_subsidy_facts' })
  loanId: string;

  @Column({ type: 'boolean' })
  insured: boolean;

  @Column({ type: 'boolean' })
  guaranteed: boolean;

  /** CNY. */
  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0, transformer: decimalTransformer })
  insurancePremium: Decimal;

  /** CNY. */
  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0, transformer: decimalTransformer })
  appraisalFee: Decimal;

  @Column({ type: 'uuid', nullable: true })
  reportedBy: string | null;

  @OneToOne(() => LoanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loan_id', foreignKeyConstraintName: 'fk_loan_subsidy_facts_loan' })
  loan?: Relation<LoanEntity>;
}
