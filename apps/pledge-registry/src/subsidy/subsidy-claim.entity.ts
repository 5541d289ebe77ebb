import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { LoanEntity } from '@registry/loan/loan.entity.js';
import { PartyEntity } from '@registry/party/party.entity.js';
import type { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import type { SubsidyClaimStatus, SubsidyScreening } from '@registry/subsidy/domain/subsidy-rules.js';
import { SubsidyRuleVersionEntity } from '@registry/subsidy/subsidy-rule-version.entity.js';

/**
 * The subsidy ledger: one claim per loan, kind and calendar quarter, with the rule version
 * it was computed under, its base, rate, computed and capped amounts. COMPUTED claims (and
 * ones REJECTED by screening) are drafts a recomputation replaces; APPROVED ones only move
 * to PAID, and PAID ones never change (trigger, decision 53).
 */
@Entity({ name: 'subsidy_claim' })
@Index('uq_subsidy_claim_loan_kind_period', ['loanId', 'kind', 'periodYear', 'periodQuarter'], { unique: true })
@Index('ix_subsidy_claim_city_period', ['city', 'periodYear', 'periodQuarter', 'kind'])
@Index('ix_subsidy_claim_firm_year', ['borrowerPartyId', 'kind', 'periodYear'])
@Index('ix_subsidy_claim_rule', ['ruleVersionId'])
@Check(
  'ck_subsidy_claim_kind',
  `"kind" IN ('INTEREST_LPR_SHARE', 'INTEREST_PAID_SHARE', 'APPRAISAL_FEE', 'INSURANCE_PREMIUM')`,
)
@Check('ck_subsidy_claim_status', `"status" IN ('COMPUTED', 'APPROVED', 'PAID', 'REJECTED')`)
@Check('ck_subsidy_claim_screening', `"screening" IN ('CLEAR', 'LISTED_BLOCKED', 'LISTED_REVIEW', 'LISTED_IGNORED')`)
@Check('ck_subsidy_claim_quarter', `"period_quarter" BETWEEN 1 AND 4 AND "period_end" > "period_start"`)
@Check('ck_subsidy_claim_amounts', `"base_amount" >= 0 AND "computed_amount" >= 0 AND "rate" > 0 AND "rate" <= 1`)
@Check('ck_subsidy_claim_capped', `"capped_amount" >= 0 AND "capped_amount" <= "computed_amount"`)
@Check('ck_subsidy_claim_rejection', `("status" = 'REJECTED') = ("rejection_reason" IS NOT NULL)`)
@Check('ck_subsidy_claim_blocked', `"screening" <> 'LISTED_BLOCKED' OR "status" = 'REJECTED'`)
@Check('ck_subsidy_claim_paid', `("status" = 'PAID') = ("paid_on" IS NOT NULL)`)
@Check('ck_subsidy_claim_currency', `"currency" = 'CNY'`)
export class SubsidyClaimEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_subsidy_claim' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  city: string;

  @Column({ type: 'varchar', length: 24 })
  kind: SubsidyKind;

  @Column({ type: 'smallint' })
  periodYear: number;

  @Column({ type: 'smallint' })
  periodQuarter: number;

  @Column({ type: 'date' })
  periodStart: string;

  /** Exclusive. */
  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'uuid' })
  loanId: string;

  @Column({ type: 'uuid' })
  borrowerPartyId: string;

  @Column({ type: 'uuid' })
  ruleVersionId: string;

  /** What the share applies to: interest at the LPR, interest paid, the fee or the premium. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  baseAmount: Decimal;

  /** The share applied (the uplifted one for an insured or guaranteed loan). */
  @Column({ type: 'numeric', precision: 12, scale: 8, transformer: decimalTransformer })
  rate: Decimal;

  /** base x rate, rounded half-even to cents. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  computedAmount: Decimal;

  /** What the caps leave of it: the amount claimed. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  cappedAmount: Decimal;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  capNote: string | null;

  /** How the base was made (LPR segments, interest paid, the reported fee). */
  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Column({ type: 'varchar', length: 12 })
  status: SubsidyClaimStatus;

  @Column({ type: 'varchar', length: 16 })
  screening: SubsidyScreening;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  computedBy: string | null;

  /** Who approved or rejected it; NULL while a draft (a screening rejection has none). */
  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  paidBy: string | null;

  @ManyToOne(() => LoanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loan_id', foreignKeyConstraintName: 'fk_subsidy_claim_loan' })
  loan?: Relation<LoanEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'borrower_party_id', foreignKeyConstraintName: 'fk_subsidy_claim_borrower' })
  borrower?: Relation<PartyEntity>;

  @ManyToOne(() => SubsidyRuleVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rule_version_id', foreignKeyConstraintName: 'fk_subsidy_claim_rule_version' })
  ruleVersion?: Relation<SubsidyRuleVersionEntity>;
}
