import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { PartyEntity } from '@registry/party/party.entity.js';

/**
 * A city's risk-compensation fund, run by its program office. Its balance is the ledger's
 * running balance (risk_fund_entry); the sharing ratios are versioned by date
 * (risk_fund_ratio_version). Terms are fixed at creation.
 */
@Entity({ name: 'risk_fund' })
@Index('uq_risk_fund_city', ['city'], { unique: true })
@Check('ck_risk_fund_city', `length(btrim("city")) > 0`)
@Check('ck_risk_fund_name', `length(btrim("name")) > 0`)
@Check('ck_risk_fund_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_risk_fund_leverage_limit', `"leverage_limit" > 0`)
@Check('ck_risk_fund_per_loan_cap', `"per_loan_cap" IS NULL OR "per_loan_cap" > 0`)
export class RiskFundEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_risk_fund' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  city: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The program office (party of kind PROGRAM_OFFICE) whose staff run the fund. */
  @Column({ type: 'uuid' })
  ownerPartyId: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Most covered outstanding principal per unit of balance (10 = 10x). */
  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimalTransformer })
  leverageLimit: Decimal;

  /** Most the fund pays on one loan; null = no cap. */
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalTransformer })
  perLoanCap: Decimal | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_party_id', foreignKeyConstraintName: 'fk_risk_fund_owner' })
  owner?: Relation<PartyEntity>;
}
