import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { LoanCloseReason, LoanStatus } from '@registry/loan/domain/loan-state.js';
import { DayCountConvention, RepaymentMethod } from '@registry/loan/domain/repayment-schedule.js';
import { PartyEntity } from '@registry/party/party.entity.js';
import { PledgeEntity } from '@registry/pledge/pledge.entity.js';

/**
 * A loan the pledgee bank grants against a registered pledge, from application to repayment,
 * write-off or rescheduling. At most one ACTIVE loan per pledge is a partial unique index;
 * that the two reschedule links point at each other is a deferred constraint trigger
 * (migration AddLoanDefaultWriteOffReschedule). That the principal does not
 * exceed the pledge's secured claim is checked in code while the pledge row is locked
 * (a CHECK cannot read another table, and the claim can change with the registration).
 */
@Entity({ name: 'loan' })
@Index('uq_loan_active_per_pledge', ['pledgeId'], { unique: true, where: `"status" = 'ACTIVE'` })
@Index('ix_loan_pledge', ['pledgeId', 'status'])
@Index('ix_loan_lender', ['lenderPartyId', 'status'])
@Index('ix_loan_borrower', ['borrowerPartyId', 'status'])
@Check('ck_loan_status', `"status" IN ('SUBMITTED','APPROVED','ACTIVE','CLOSED','OVERPAID','REJECTED','WITHDRAWN')`)
@Check(
  'ck_loan_close_reason',
  `("status" = 'CLOSED') = ("close_reason" IS NOT NULL) AND ("close_reason" IS NULL OR "close_reason" IN ('REPAID','WRITTEN_OFF','RESCHEDULED'))`,
)
@Check('ck_loan_principal_positive', `"principal" > 0`)
@Check('ck_loan_outstanding', `"outstanding_principal" >= 0 AND "outstanding_principal" <= "principal"`)
@Check('ck_loan_excess', `"excess_amount" >= 0 AND ("excess_amount" > 0) = ("status" = 'OVERPAID')`)
@Check('ck_loan_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_loan_annual_rate', `"annual_rate" >= 0`)
@Check('ck_loan_term_months', `"term_months" BETWEEN 1 AND 600`)
@Check(
  'ck_loan_repayment_method',
  `"repayment_method" IN ('ANNUITY', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY_BULLET', 'FLAT')`,
)
@Check('ck_loan_day_count', `"day_count" IN ('MONTHLY_30_360', 'ACTUAL_360', 'ACTUAL_365')`)
@Check('ck_loan_disbursed', `("disbursed_on" IS NOT NULL) = ("status" IN ('ACTIVE','CLOSED','OVERPAID'))`)
@Check('ck_loan_closed_on', `("closed_on" IS NOT NULL) = ("status" IN ('CLOSED','OVERPAID'))`)
@Check('ck_loan_parties_differ', `"lender_party_id" <> "borrower_party_id"`)
@Check('ck_loan_version', `"version" >= 1`)
@Check(
  'ck_loan_penalty_rate',
  `("penalty_rate" IS NULL) = ("disbursed_on" IS NULL) AND ("penalty_rate" IS NULL OR "penalty_rate" >= 0)`,
)
@Check(
  'ck_loan_defaulted_on',
  `"defaulted_on" IS NULL OR ("disbursed_on" IS NOT NULL AND "defaulted_on" >= "disbursed_on")`,
)
@Check(
  'ck_loan_written_off',
  `("written_off_amount" IS NOT NULL) = ("close_reason" IS NOT DISTINCT FROM 'WRITTEN_OFF') AND ("written_off_amount" IS NULL OR ("written_off_amount" >= "outstanding_principal" AND "written_off_amount" > 0 AND "defaulted_on" IS NOT NULL))`,
)
@Check(
  'ck_loan_rescheduled_to',
  `("rescheduled_to_loan_id" IS NOT NULL) = ("close_reason" IS NOT DISTINCT FROM 'RESCHEDULED') AND "rescheduled_to_loan_id" <> "id"`,
)
@Check(
  'ck_loan_rescheduled_from',
  `"rescheduled_from_loan_id" IS NULL OR ("rescheduled_from_loan_id" <> "id" AND "disbursed_on" IS NOT NULL)`,
)
@Index('uq_loan_rescheduled_from', ['rescheduledFromLoanId'], {
  unique: true,
  where: `"rescheduled_from_loan_id" IS NOT NULL`,
})
@Index('uq_loan_rescheduled_to', ['rescheduledToLoanId'], {
  unique: true,
  where: `"rescheduled_to_loan_id" IS NOT NULL`,
})
export class LoanEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_loan' })
  id: string;

  @Column({ type: 'uuid' })
  pledgeId: string;

  /** The pledgee bank. */
  @Column({ type: 'uuid' })
  lenderPartyId: string;

  /** The pledgor enterprise. */
  @Column({ type: 'uuid' })
  borrowerPartyId: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  principal: Decimal;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Nominal annual rate as a fraction, e.g. 0.049. */
  @Column({ type: 'numeric', precision: 12, scale: 8, transformer: decimalTransformer })
  annualRate: Decimal;

  @Column({ type: 'integer' })
  termMonths: number;

  @Column({ type: 'varchar', length: 24 })
  repaymentMethod: RepaymentMethod;

  @Column({ type: 'varchar', length: 16 })
  dayCount: DayCountConvention;

  /** The disbursement date the application asks for; the actual one is `disbursedOn`. */
  @Column({ type: 'date', nullable: true })
  requestedDisbursementDate: string | null;

  @Column({ type: 'date', nullable: true })
  disbursedOn: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: LoanStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  closeReason: LoanCloseReason | null;

  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  /** Principal not yet repaid; the whole principal until disbursement. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  outstandingPrincipal: Decimal;

  /** What the borrower paid beyond everything owed: owed back to it (status OVERPAID). */
  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0, transformer: decimalTransformer })
  excessAmount: Decimal;

  /**
   * Annual penalty rate on overdue principal, fixed at disbursement from the contract rate and
   * the policy markup (domain/penalty-interest.ts); null until disbursed.
   */
  @Column({ type: 'numeric', precision: 12, scale: 8, nullable: true, transformer: decimalTransformer })
  penaltyRate: Decimal | null;

  /** The day the lender declared the loan in default; a marker on an ACTIVE loan, not a status. */
  @Column({ type: 'date', nullable: true })
  defaultedOn: string | null;

  /** What was owed when the loan was written off (principal, interest and penalty); iff WRITTEN_OFF. */
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalTransformer })
  writtenOffAmount: Decimal | null;

  /** The loan this one replaced by rescheduling (created ACTIVE in the same transaction). */
  @Column({ type: 'uuid', nullable: true })
  rescheduledFromLoanId: string | null;

  /** The loan that replaced this one (close reason RESCHEDULED). */
  @Column({ type: 'uuid', nullable: true })
  rescheduledToLoanId: string | null;

  /** 1 on application, + 1 per recorded change (decision, disbursement, repayment). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => PledgeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledge_id', foreignKeyConstraintName: 'fk_loan_pledge' })
  pledge?: Relation<PledgeEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lender_party_id', foreignKeyConstraintName: 'fk_loan_lender' })
  lender?: Relation<PartyEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'borrower_party_id', foreignKeyConstraintName: 'fk_loan_borrower' })
  borrower?: Relation<PartyEntity>;

  @ManyToOne(() => LoanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rescheduled_from_loan_id', foreignKeyConstraintName: 'fk_loan_rescheduled_from' })
  rescheduledFrom?: Relation<LoanEntity>;

  // Deferred: the old loan is closed (pointing at its successor) before the successor can be
  // inserted ACTIVE, since one pledge has at most one ACTIVE loan at any moment.
  @ManyToOne(() => LoanEntity, { onDelete: 'RESTRICT', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'rescheduled_to_loan_id', foreignKeyConstraintName: 'fk_loan_rescheduled_to' })
  rescheduledTo?: Relation<LoanEntity>;
}
