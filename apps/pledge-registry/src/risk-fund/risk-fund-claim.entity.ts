import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { LoanEntity } from '@registry/loan/loan.entity.js';
import { PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { RiskFundEnrolmentEntity } from './risk-fund-enrolment.entity.js';
import { RiskFundRatioVersionEntity } from './risk-fund-ratio-version.entity.js';
import { RiskFundEntity } from './risk-fund.entity.js';

/** Stored values: they must not change. */
export enum RiskFundClaimStatus {
  FILED = 'FILED',
  /** Approved and the fund's part paid from the balance. */
  PAID = 'PAID',
  REJECTED = 'REJECTED',
}

/**
 * A lender's claim for an enforcement loss on an enrolled loan: everything that fixed the
 * amounts is recorded on the claim (the outstanding claim on the loss day, the appraised
 * and realised values, the ratio in force), so it reads the same after the loan, the
 * pledge or the ratios change. One claim per loan, whatever its outcome.
 */
@Entity({ name: 'risk_fund_claim' })
@Index('uq_risk_fund_claim_loan', ['loanId'], { unique: true })
@Index('ix_risk_fund_claim_fund', ['fundId', 'status', 'createdAt'])
@Index('ix_risk_fund_claim_lender', ['lenderPartyId', 'createdAt'])
@Check('ck_risk_fund_claim_status', `"status" IN ('FILED', 'PAID', 'REJECTED')`)
@Check('ck_risk_fund_claim_decided', `("status" = 'FILED') = ("decided_at" IS NULL)`)
@Check(
  'ck_risk_fund_claim_outstanding',
  `"outstanding_principal" >= 0 AND "unpaid_interest" >= 0 AND "outstanding_claim" = "outstanding_principal" + "unpaid_interest"`,
)
@Check('ck_risk_fund_claim_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_risk_fund_claim_realized', `"realized_amount" >= 0`)
@Check('ck_risk_fund_claim_loss', `"loss" > 0 AND "loss" <= "outstanding_claim"`)
@Check(
  'ck_risk_fund_claim_parts',
  `"fund_part" >= 0 AND "bank_part" >= 0 AND "insurer_part" >= 0 AND "appraiser_part" >= 0 AND "cap_excess" >= 0 AND "fund_part" + "bank_part" + "insurer_part" + "appraiser_part" = "loss"`,
)
@Check(
  'ck_risk_fund_claim_ratio',
  `"fund_ratio" > 0 AND "bank_ratio" > 0 AND "insurer_ratio" >= 0 AND "appraiser_ratio" >= 0`,
)
@Check(
  'ck_risk_fund_claim_recovered',
  `"recovered_amount" >= 0 AND "recovered_amount" <= "fund_part" AND ("recovered_amount" = 0 OR "status" = 'PAID')`,
)
export class RiskFundClaimEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_risk_fund_claim' })
  id: string;

  @Column({ type: 'uuid' })
  fundId: string;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @Column({ type: 'uuid' })
  loanId: string;

  @Column({ type: 'uuid' })
  pledgeId: string;

  @Column({ type: 'uuid' })
  lenderPartyId: string;

  @Column({ type: 'varchar', length: 12 })
  status: RiskFundClaimStatus;

  /** The loan's (and the fund's) currency. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  /** The realisation date: the loss is measured on it and the ratio in force on it applies. */
  @Column({ type: 'date' })
  lossDate: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  outstandingPrincipal: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  unpaidInterest: Decimal;

  /** Outstanding principal + unpaid interest at the start of the loss date. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  outstandingClaim: Decimal;

  /** The pledge's appraised value, when the application gave one. */
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalTransformer })
  appraisedValue: Decimal | null;

  /** What enforcement realised (net proceeds as the pledgee recorded them). */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  realizedAmount: Decimal;

  /** Outstanding claim - realised, to the cent. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  loss: Decimal;

  @Column({ type: 'uuid' })
  ratioVersionId: string;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimalTransformer })
  fundRatio: Decimal;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimalTransformer })
  bankRatio: Decimal;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimalTransformer })
  insurerRatio: Decimal;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimalTransformer })
  appraiserRatio: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  fundPart: Decimal;

  /** Includes the rounding residue and `cap_excess`. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  bankPart: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  insurerPart: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  appraiserPart: Decimal;

  /** What the fund's per-loan cap kept back from its part (borne by the lender). */
  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0, transformer: decimalTransformer })
  capExcess: Decimal;

  /** Recoveries paid back to the fund on this claim so far. */
  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0, transformer: decimalTransformer })
  recoveredAmount: Decimal;

  @Column({ type: 'uuid', nullable: true })
  filedBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @ManyToOne(() => RiskFundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'fk_risk_fund_claim_fund' })
  fund?: Relation<RiskFundEntity>;

  @ManyToOne(() => RiskFundEnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_risk_fund_claim_enrolment' })
  enrolment?: Relation<RiskFundEnrolmentEntity>;

  @ManyToOne(() => LoanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loan_id', foreignKeyConstraintName: 'fk_risk_fund_claim_loan' })
  loan?: Relation<LoanEntity>;

  @ManyToOne(() => PledgeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledge_id', foreignKeyConstraintName: 'fk_risk_fund_claim_pledge' })
  pledge?: Relation<PledgeEntity>;

  @ManyToOne(() => RiskFundRatioVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ratio_version_id', foreignKeyConstraintName: 'fk_risk_fund_claim_ratio_version' })
  ratioVersion?: Relation<RiskFundRatioVersionEntity>;
}
