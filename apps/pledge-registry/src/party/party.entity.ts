import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '@app/database';

export enum PartyKind {
  ENTERPRISE = 'ENTERPRISE',
  LENDER = 'LENDER',
  PROGRAM_OFFICE = 'PROGRAM_OFFICE',
}

@Entity({ name: 'party' })
@Check('ck_party_kind', `"kind" IN ('ENTERPRISE', 'LENDER', 'PROGRAM_OFFICE')`)
@Check('ck_party_credit_code_required', `"kind" = 'PROGRAM_OFFICE' OR "credit_code" IS NOT NULL`)
@Check('ck_party_credit_code_format', `"credit_code" ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'`)
@Check('ck_party_name_not_blank', `length(btrim("name")) > 0`)
@Check('ck_party_park_in_district', `"park" IS NULL OR ("district" IS NOT NULL AND length(btrim("park")) > 0)`)
@Index('uq_party_credit_code', ['creditCode'], { unique: true })
@Index('ix_party_kind_city', ['kind', 'city'])
export class PartyEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PartyKind;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'char', length: 18, nullable: true })
  creditCode: string | null;

  @Column({ type: 'varchar', length: 64 })
  city: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  district: string | null;

  /**
   * The industrial park (high-tech zone, incubator park) the enterprise is registered in; a
   * park lies in one district, so it needs one. The city program attributes registrations and
   * loans to it.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  park: string | null;

  /** National industry classification (GB/T 4754) code, e.g. C3973. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  industryCode: string | null;
}
