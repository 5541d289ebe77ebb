import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '@app/database';

/** Conduct that puts an entity on the IP credit-loss (dishonest entity) list; stored values. */
export enum CreditConduct {
  ABNORMAL_PATENT_FILING = 'ABNORMAL_PATENT_FILING',
  MALICIOUS_TRADEMARK_FILING = 'MALICIOUS_TRADEMARK_FILING',
  ILLEGAL_AGENCY = 'ILLEGAL_AGENCY',
  FALSE_MATERIALS = 'FALSE_MATERIALS',
  BROKEN_CREDIT_COMMITMENT = 'BROKEN_CREDIT_COMMITMENT',
  REFUSING_ENFORCEMENT = 'REFUSING_ENFORCEMENT',
}

/**
 * An entry on the IP credit-loss list, keyed by unified social credit code (listed
 * entities need not be platform parties). In force from `listedOn` until the day before
 * `expiresOn`, unless removed earlier.
 */
@Entity({ name: 'credit_list_entry' })
// One entry per credit code, conduct and listing date: re-importing a published list adds nothing twice.
@Index('uq_credit_list_entry_code_conduct_listed', ['creditCode', 'conduct', 'listedOn'], { unique: true })
@Check('ck_credit_list_entry_code', `"credit_code" ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'`)
@Check(
  'ck_credit_list_entry_conduct',
  `"conduct" IN ('ABNORMAL_PATENT_FILING','MALICIOUS_TRADEMARK_FILING','ILLEGAL_AGENCY','FALSE_MATERIALS','BROKEN_CREDIT_COMMITMENT','REFUSING_ENFORCEMENT')`,
)
@Check('ck_credit_list_entry_period', `"expires_on" > "listed_on"`)
@Check('ck_credit_list_entry_removal', `"removed_on" IS NULL OR "removed_on" >= "listed_on"`)
export class CreditListEntryEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_credit_list_entry' })
  id: string;

  @Column({ type: 'char', length: 18 })
  creditCode: string;

  @Column({ type: 'varchar', length: 200 })
  entityName: string;

  @Column({ type: 'varchar', length: 32 })
  conduct: CreditConduct;

  @Column({ type: 'varchar', length: 200 })
  issuingAuthority: string;

  @Column({ type: 'date' })
  listedOn: string;

  @Column({ type: 'date' })
  expiresOn: string;

  @Column({ type: 'date', nullable: true })
  removedOn: string | null;

  @Column({ type: 'text', nullable: true })
  removalNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;
}
