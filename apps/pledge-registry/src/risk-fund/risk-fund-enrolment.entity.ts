import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { LoanEntity } from '@registry/loan/loan.entity.js';
import { RiskFundEntity } from './risk-fund.entity.js';

/** Stored values: they must not change. */
export enum RiskFundEnrolmentStatus {
  /** The borrower is credit-listed and policy is MANUAL_REVIEW: not covered until program staff accept. */
  PENDING_REVIEW = 'PENDING_REVIEW',
  ENROLLED = 'ENROLLED',
  DECLINED = 'DECLINED',
}

/**
 * A loan under the fund's cover, enrolled by its lender. One live enrolment per loan (a
 * declined one may be followed by a new request).
 */
@Entity({ name: 'risk_fund_enrolment' })
@Index('uq_risk_fund_enrolment_loan', ['loanId'], { unique: true, where: `"status" <> 'DECLINED'` })
@Index('ix_risk_fund_enrolment_fund', ['fundId', 'status'])
@Index('ix_risk_fund_enrolment_lender', ['lenderPartyId', 'createdAt'])
@Check('ck_risk_fund_enrolment_status', `"status" IN ('PENDING_REVIEW', 'ENROLLED', 'DECLINED')`)
@Check('ck_risk_fund_enrolment_enrolled_on', `("enrolled_on" IS NOT NULL) = ("status" = 'ENROLLED')`)
@Check('ck_risk_fund_enrolment_review', `"status" <> 'PENDING_REVIEW' OR "credit_listed"`)
export class RiskFundEnrolmentEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_risk_fund_enrolment' })
  id: string;

  @Column({ type: 'uuid' })
  fundId: string;

  @Column({ type: 'uuid' })
  loanId: string;

  /** Copied from the loan when enrolled: scopes what a bank sees without a join. */
  @Column({ type: 'uuid' })
  lenderPartyId: string;

  @Column({ type: 'uuid' })
  borrowerPartyId: string;

  @Column({ type: 'varchar', length: 16 })
  status: RiskFundEnrolmentStatus;

  /** The day cover began; a loss realised before it is not covered. */
  @Column({ type: 'date', nullable: true })
  enrolledOn: string | null;

  /** The borrower had a credit-list entry in force when the lender asked. */
  @Column({ type: 'boolean', default: false })
  creditListed: boolean;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  @ManyToOne(() => RiskFundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'fk_risk_fund_enrolment_fund' })
  fund?: Relation<RiskFundEntity>;

  @ManyToOne(() => LoanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loan_id', foreignKeyConstraintName: 'fk_risk_fund_enrolment_loan' })
  loan?: Relation<LoanEntity>;
}
