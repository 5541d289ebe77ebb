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
import { RiskFundClaimEntity } from './risk-fund-claim.entity.js';
import { RiskFundEntity } from './risk-fund.entity.js';

/** Stored values: they must not change. */
export enum RiskFundEntryKind {
  /** Capital the city pays in (+). */
  CONTRIBUTION = 'CONTRIBUTION',
  /** The fund's part of an approved loss claim, paid to the lender (-). */
  PAYOUT = 'PAYOUT',
  /** The fund's part of what was recovered after a payout, paid back by the lender (+). */
  RECOVERY = 'RECOVERY',
}

/**
 * The fund's ledger: append-only, numbered 1, 2, 3... per fund, each entry carrying the
 * running balance after it. Triggers (migration AddRiskCompensationFund) refuse updates,
 * deletes and truncation, and refuse an entry whose number or balance does not follow
 * from the previous one; the CHECK keeps every balance at or above zero.
 */
@Entity({ name: 'risk_fund_entry' })
@Index('uq_risk_fund_entry_seq', ['fundId', 'seq'], { unique: true })
@Index('uq_risk_fund_entry_payout', ['claimId'], { unique: true, where: `"kind" = 'PAYOUT'` })
@Index('ix_risk_fund_entry_claim', ['claimId'])
@Check('ck_risk_fund_entry_kind', `"kind" IN ('CONTRIBUTION', 'PAYOUT', 'RECOVERY')`)
@Check('ck_risk_fund_entry_sign', `"amount" <> 0 AND ("kind" = 'PAYOUT') = ("amount" < 0)`)
@Check('ck_risk_fund_entry_claim', `("kind" = 'CONTRIBUTION') = ("claim_id" IS NULL)`)
@Check('ck_risk_fund_entry_seq', `"seq" >= 1`)
@Check('ck_risk_fund_entry_balance', `"balance_after" >= 0`)
export class RiskFundEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_risk_fund_entry' })
  id: string;

  @Column({ type: 'uuid' })
  fundId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 16 })
  kind: RiskFundEntryKind;

  /** Signed: contributions and recoveries > 0, payouts < 0. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  amount: Decimal;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  balanceAfter: Decimal;

  /** The claim a payout or recovery belongs to. */
  @Column({ type: 'uuid', nullable: true })
  claimId: string | null;

  /** The value date the caller gives (money received or paid); the ledger order is `seq`. */
  @Column({ type: 'date' })
  bookedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => RiskFundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'fk_risk_fund_entry_fund' })
  fund?: Relation<RiskFundEntity>;

  @ManyToOne(() => RiskFundClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'fk_risk_fund_entry_claim' })
  claim?: Relation<RiskFundClaimEntity>;
}
