import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { PartyEntity } from '@registry/party/party.entity.js';
import type { RecordedReason, ReviewFlag, RiskAcknowledgement } from '@registry/pledge/domain/refusal-rules.js';
import { DeregistrationReason, PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import { PledgeAssetEntity } from './pledge-asset.entity.js';

export enum FilingChannel {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
}

/**
 * A pledge from its joint application to its end. One row through the whole lifecycle
 * (domain/pledge-state.ts); registered terms that change are versioned in pledge_version.
 */
@Entity({ name: 'pledge' })
@Index('uq_pledge_registration_number', ['registrationNumber'], { unique: true })
@Index('ix_pledge_pledgor', ['pledgorPartyId', 'status'])
@Index('ix_pledge_pledgee', ['pledgeePartyId', 'status'])
@Index('ix_pledge_status_due', ['status', 'examinationDueDate'])
@Index('ix_pledge_registered_on', ['registeredOn'])
@Check(
  'ck_pledge_status',
  `"status" IN ('DRAFT','SUBMITTED','CORRECTION_REQUESTED','REGISTERED','REFUSED','DEFAULTED','ENFORCING','REALIZED','DEREGISTERED','REVOKED','WITHDRAWN')`,
)
@Check('ck_pledge_parties_differ', `"pledgor_party_id" <> "pledgee_party_id"`)
@Check('ck_pledge_claim_amount_positive', `"claim_amount" > 0`)
@Check('ck_pledge_claim_currency', `"claim_currency" ~ '^[A-Z]{3}$'`)
@Check('ck_pledge_channel', `"filing_channel" IN ('ONLINE', 'PAPER')`)
@Check(
  'ck_pledge_registration_number',
  `("registration_number" IS NULL) = ("status" IN ('DRAFT','SUBMITTED','CORRECTION_REQUESTED','REFUSED','WITHDRAWN'))`,
)
@Check('ck_pledge_registered_on', `("registered_on" IS NULL) = ("registration_number" IS NULL)`)
@Check('ck_pledge_version', `"version" >= 0 AND ("version" = 0) = ("registration_number" IS NULL)`)
@Check('ck_pledge_submitted_has_deadline', `"status" IN ('DRAFT','WITHDRAWN') OR "examination_due_date" IS NOT NULL`)
@Check(
  'ck_pledge_deregistration',
  `("status" = 'DEREGISTERED') = ("deregistration_reason" IS NOT NULL) AND ("deregistration_reason" IS NULL OR "deregistration_reason" IN ('REPAID','REALIZED','WAIVED','MAIN_CONTRACT_VOID','OTHER'))`,
)
@Check('ck_pledge_no_forfeiture_registered', `NOT "forfeiture_clause" OR "registration_number" IS NULL`)
@Check('ck_pledge_realized_amount', `"realized_amount" IS NULL OR "realized_amount" >= 0`)
@Check('ck_pledge_appraised_value', `"appraised_value" IS NULL OR "appraised_value" > 0`)
export class PledgeEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_pledge' })
  id: string;

  @Column({ type: 'varchar', length: 24 })
  status: PledgeStatus;

  /** 0 until registered, 1 on registration, +1 per recorded change. */
  @Column({ type: 'integer', default: 0 })
  version: number;

  /** Human-readable, e.g. PL-2026-000042; assigned on registration. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  registrationNumber: string | null;

  @Column({ type: 'uuid' })
  pledgorPartyId: string;

  @Column({ type: 'uuid' })
  pledgeePartyId: string;

  /** E.g. LOAN, GUARANTEE_RECOURSE. */
  @Column({ type: 'varchar', length: 32 })
  claimType: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  claimAmount: Decimal;

  @Column({ type: 'char', length: 3 })
  claimCurrency: string;

  /** The debtor's repayment due date under the main contract. */
  @Column({ type: 'date' })
  debtorDueDate: string;

  @Column({ type: 'text' })
  guaranteeScope: string;

  /** Party ids or credit codes of co-owners who consented in writing. */
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" })
  coOwnerConsents: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  acknowledgedRisks: RiskAcknowledgement[];

  @Column({ type: 'boolean', default: false })
  forfeitureClause: boolean;

  /** A valuation id (valuation subgraph) or an external appraisal report number. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  appraisalReference: string | null;

  /** The appraised value of the pledged assets, in the claim currency: realisations are compared with it. */
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalTransformer })
  appraisedValue: Decimal | null;

  @Column({ type: 'varchar', length: 8, default: FilingChannel.ONLINE })
  filingChannel: FilingChannel;

  /** SHA-256 of the application content each party signed; the file goes to the registrar when both match. */
  @Column({ type: 'char', length: 64, nullable: true })
  pledgorSignedHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  pledgeeSignedHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  examinationDueDate: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  examinedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  examinedBy: string | null;

  /** The registration date: the pledge exists from this day. */
  @Column({ type: 'date', nullable: true })
  registeredOn: string | null;

  /** Refusal grounds (REFUSED) or the registrar's correction points (CORRECTION_REQUESTED). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  refusalReasons: RecordedReason[];

  /** Points the registrar must look at by hand (e.g. a credit-listed party under MANUAL_REVIEW). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  reviewFlags: ReviewFlag[];

  @Column({ type: 'text', nullable: true })
  examinerNote: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  deregistrationReason: DeregistrationReason | null;

  /** Deregistration or revocation date: the pledge ends on it. */
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalTransformer })
  realizedAmount: Decimal | null;

  @Column({ type: 'date', nullable: true })
  realizedOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledgor_party_id', foreignKeyConstraintName: 'fk_pledge_pledgor' })
  pledgor?: Relation<PartyEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledgee_party_id', foreignKeyConstraintName: 'fk_pledge_pledgee' })
  pledgee?: Relation<PartyEntity>;

  @OneToMany(() => PledgeAssetEntity, (a) => a.pledge)
  assets?: Relation<PledgeAssetEntity[]>;
}
