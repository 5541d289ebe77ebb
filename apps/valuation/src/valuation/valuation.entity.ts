import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';

export enum ValuationMethod {
  RELIEF_FROM_ROYALTY = 'RELIEF_FROM_ROYALTY',
}

/**
 * An immutable valuation record: what was assumed, which engine computed it, the result
 * and its working. Never updated; a new valuation is a new version for the asset.
 */
@Entity({ name: 'valuation' })
@Index('uq_valuation_asset_version', ['assetId', 'version'], { unique: true })
@Index('ix_valuation_asset_valued_at', ['assetId', 'valuedAt'])
@Check('ck_valuation_method', `"method" IN ('RELIEF_FROM_ROYALTY')`)
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
