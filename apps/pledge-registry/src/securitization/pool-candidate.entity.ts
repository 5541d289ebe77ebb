import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { LoanEntity } from '@registry/loan/loan.entity.js';
import { RoyaltyReceivableEntity } from './royalty-receivable.entity.js';
import { SecuritizationPoolEntity } from './securitization-pool.entity.js';

/** Stored values: they must not change. */
export enum CandidateKind {
  LOAN = 'LOAN',
  ROYALTY_RECEIVABLE = 'ROYALTY_RECEIVABLE',
}

export enum CandidateStatus {
  INCLUDED = 'INCLUDED',
  REJECTED = 'REJECTED',
}

/**
 * A loan or receivable offered to a pool: INCLUDED (counted) or REJECTED with the reasons
 * the arranger sees. One candidate row per pool and underlying; an underlying is INCLUDED in
 * at most one pool (the partial unique indexes hold that whatever the code does).
 */
@Entity({ name: 'pool_candidate' })
@Index('uq_pool_candidate_pool_loan', ['poolId', 'loanId'], { unique: true, where: `"loan_id" IS NOT NULL` })
@Index('uq_pool_candidate_pool_receivable', ['poolId', 'receivableId'], {
  unique: true,
  where: `"receivable_id" IS NOT NULL`,
})
@Index('uq_pool_candidate_included_loan', ['loanId'], { unique: true, where: `"status" = 'INCLUDED'` })
@Index('uq_pool_candidate_included_receivable', ['receivableId'], { unique: true, where: `"status" = 'INCLUDED'` })
@Check('ck_pool_candidate_kind', `"kind" IN ('LOAN', 'ROYALTY_RECEIVABLE')`)
@Check('ck_pool_candidate_status', `"status" IN ('INCLUDED', 'REJECTED')`)
@Check(
  'ck_pool_candidate_underlying',
  `("kind" = 'LOAN' AND "loan_id" IS NOT NULL AND "receivable_id" IS NULL) OR ("kind" = 'ROYALTY_RECEIVABLE' AND "receivable_id" IS NOT NULL AND "loan_id" IS NULL)`,
)
@Check('ck_pool_candidate_reasons', `("status" = 'REJECTED') = (cardinality("reasons") > 0)`)
export class PoolCandidateEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_pool_candidate' })
  id: string;

  @Column({ type: 'uuid' })
  poolId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: CandidateKind;

  @Column({ type: 'uuid', nullable: true })
  loanId: string | null;

  @Column({ type: 'uuid', nullable: true })
  receivableId: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: CandidateStatus;

  /** Eligibility reason codes (EligibilityReason); empty when INCLUDED. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  reasons: string[];

  @Column({ type: 'uuid', nullable: true })
  addedBy: string | null;

  @ManyToOne(() => SecuritizationPoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id', foreignKeyConstraintName: 'fk_pool_candidate_pool' })
  pool?: Relation<SecuritizationPoolEntity>;

  @ManyToOne(() => LoanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loan_id', foreignKeyConstraintName: 'fk_pool_candidate_loan' })
  loan?: Relation<LoanEntity>;

  @ManyToOne(() => RoyaltyReceivableEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receivable_id', foreignKeyConstraintName: 'fk_pool_candidate_receivable' })
  receivable?: Relation<RoyaltyReceivableEntity>;
}
