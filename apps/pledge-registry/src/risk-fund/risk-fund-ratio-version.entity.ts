import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import { RiskFundEntity } from './risk-fund.entity.js';

/**
 * The sharing ratio of a fund from `effective_from` to `effective_to` (both inclusive; NULL
 * = open-ended). Parts are weights: 54:26:16:4 and 0.54:0.26:0.16:0.04 are the same ratio.
 * Versions of one fund never overlap: an exclusion constraint (btree_gist) says so, whatever
 * writes the rows.
 */
@Entity({ name: 'risk_fund_ratio_version' })
@Index('ix_risk_fund_ratio_version_fund', ['fundId', 'effectiveFrom'])
@Exclusion(
  'ex_risk_fund_ratio_version_overlap',
  `USING gist ("fund_id" WITH =, daterange("effective_from", "effective_to", '[]') WITH &&)`,
)
@Check('ck_risk_fund_ratio_version_dates', `"effective_to" IS NULL OR "effective_to" >= "effective_from"`)
@Check(
  'ck_risk_fund_ratio_version_parts',
  `"fund_part" > 0 AND "bank_part" > 0 AND "insurer_part" >= 0 AND "appraiser_part" >= 0`,
)
export class RiskFundRatioVersionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_risk_fund_ratio_version' })
  id: string;

  @Column({ type: 'uuid' })
  fundId: string;

  @Column({ type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimalTransformer })
  fundPart: Decimal;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimalTransformer })
  bankPart: Decimal;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimalTransformer })
  insurerPart: Decimal;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimalTransformer })
  appraiserPart: Decimal;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => RiskFundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'fk_risk_fund_ratio_version_fund' })
  fund?: Relation<RiskFundEntity>;
}
