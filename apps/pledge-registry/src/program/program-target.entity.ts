import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';

/**
 * A city's (or one district's, or one park's) financing-volume target for a year. `district`
 * NULL is the whole city, `park` NULL the whole district; a park lies in a district, so it
 * needs one. The unique index treats NULL as one value (NULLS NOT DISTINCT, set in the
 * migration), so a city has one whole-city target per year and a district one whole-district
 * target.
 */
@Entity({ name: 'program_target' })
@Index('uq_program_target_scope_year', ['city', 'district', 'park', 'year'], { unique: true })
@Check('ck_program_target_park_in_district', `"park" IS NULL OR "district" IS NOT NULL`)
@Check('ck_program_target_amount', `"target_amount" >= 0`)
@Check('ck_program_target_registrations', `"target_registrations" >= 0`)
@Check('ck_program_target_enterprises', `"target_enterprises" >= 0`)
@Check('ck_program_target_year', `"year" BETWEEN 2000 AND 2100`)
@Check('ck_program_target_city', `length(btrim("city")) > 0`)
export class ProgramTargetEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_program_target' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  city: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  district: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  park: string | null;

  @Column({ type: 'smallint' })
  year: number;

  /** Secured amount to reach, CNY. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  targetAmount: Decimal;

  @Column({ type: 'integer' })
  targetRegistrations: number;

  @Column({ type: 'integer' })
  targetEnterprises: number;

  @Column({ type: 'uuid', nullable: true })
  setBy: string | null;
}
