import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';

export enum ValuationMethod {
  /**
   * Single-method rows the demo seed wrote before it reconciled; nothing writes them now, but
   * databases seeded earlier still hold them (shown without a report).
   */
  RELIEF_FROM_ROYALTY = 'RELIEF_FROM_ROYALTY',
  /** Several methods reconciled into one appraised value with a range. */
  RECONCILED = 'RECONCILED',
}

/**
 * An immutable valuation record: what was assumed, which engine computed it, the result
 * and its working. Never updated; a new valuation is a new version for the asset.
 */
@Entity({ name: 'valuation' })
@Index('uq_valuation_asset_version', ['assetId', 'version'], { unique: true })
@Index('ix_valuation_asset_valued_at', ['assetId', 'valuedAt'])
@Check('ck_valuation_method', `"method" IN ('RELIEF_FROM_ROYALTY', 'RECONCILED')`)
@Check(
  'ck_valuation_range',
  `"low_amount" IS NULL OR ("low_amount" <= "value_amount" AND "value_amount" <= "high_amount")`,
)
@Check('ck_valuation_confidence', `"confidence" IS NULL OR "confidence" IN ('HIGH', 'MEDIUM', 'LOW')`)
@Check('ck_valuation_value_non_negative', `"value_amount" >= 0`)
@Check('ck_valuation_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_valuation_version_positive', `"version" > 0`)
export class ValuationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The registry's IpAsset id (another subgraph's entity: no foreign key across schemas). */
  @Column({ type: 'uuid' })
  assetId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 40 })
  method: ValuationMethod;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  valueAmount: Decimal;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalTransformer })
  lowAmount: Decimal | null;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalTransformer })
  highAmount: Decimal | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  confidence: string | null;

  /** The asset's statusChangedAt when valued: a later change makes this valuation stale. */
  @Column({ type: 'timestamptz', nullable: true })
  assetStatusChangedAt: Date | null;

  /** Set by portfolio jobs; null for single valuations. */
  @Column({ type: 'uuid', nullable: true })
  jobId: string | null;

  @Column({ type: 'jsonb' })
  inputs: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  result: Record<string, unknown>;

  @Column({ type: 'varchar', length: 20 })
  engineVersion: string;

  @Column({ type: 'timestamptz' })
  valuedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  valuedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
