import { Check, Column, Entity, Index, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { IpKind, IpLegalStatus } from './domain/ip-term.js';
import { IpAssetOwnerEntity } from './ip-asset-owner.entity.js';

export enum IpRegister {
  PATENT = 'PATENT',
  TRADEMARK = 'TRADEMARK',
}

@Entity({ name: 'ip_asset' })
@Index('uq_ip_asset_register_number', ['register', 'number'], { unique: true })
@Index('ix_ip_asset_status', ['legalStatus'])
@Index('ix_ip_asset_expiry', ['expiryDate'])
@Index('ix_ip_asset_main_ipc', ['mainIpc'])
@Check('ck_ip_asset_kind', `"kind" IN ('INVENTION', 'UTILITY_MODEL', 'DESIGN', 'TRADEMARK')`)
@Check('ck_ip_asset_register_matches_kind', `("kind" = 'TRADEMARK') = ("register" = 'TRADEMARK')`)
@Check(
  'ck_ip_asset_status',
  `"legal_status" IN ('PENDING', 'GRANTED', 'FEE_GRACE', 'LAPSED', 'INVALIDATED', 'EXPIRED')`,
)
@Check('ck_ip_asset_grant_after_filing', `"grant_date" IS NULL OR "grant_date" >= "filing_date"`)
@Check('ck_ip_asset_granted_has_grant_date', `"legal_status" = 'PENDING' OR "grant_date" IS NOT NULL`)
@Check('ck_ip_asset_expiry_after_filing', `"expiry_date" IS NULL OR "expiry_date" > "filing_date"`)
@Check('ck_ip_asset_title_not_blank', `length(btrim("title")) > 0`)
@Check(
  'ck_ip_asset_counts_non_negative',
  `coalesce("claims_count", 0) >= 0 AND coalesce("independent_claims", 0) >= 0 AND coalesce("forward_citations", 0) >= 0 AND coalesce("family_size", 0) >= 0 AND coalesce("licences_granted", 0) >= 0`,
)
export class IpAssetEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 10 })
  register: IpRegister;

  @Column({ type: 'varchar', length: 20 })
  kind: IpKind;

  /** Normalised number, e.g. CN202110123456.7 for a patent application. */
  @Column({ type: 'varchar', length: 32 })
  number: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'date' })
  filingDate: string;

  @Column({ type: 'date', nullable: true })
  grantDate: string | null;

  /** Derived from kind and dates when written (see domain/ip-term.ts); stored to index and filter. */
  @Column({ type: 'date', nullable: true })
  expiryDate: string | null;

  @Column({ type: 'varchar', length: 12 })
  legalStatus: IpLegalStatus;

  @Column({ type: 'boolean', default: false })
  invalidationPending: boolean;

  @Column({ type: 'boolean', default: false })
  ownershipDispute: boolean;

  @Column({ type: 'boolean', default: false })
  courtPreservation: boolean;

  /** When the legal status or a risk flag last changed: valuations made before it are stale. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ type: 'varchar', length: 20, array: true, default: () => "'{}'" })
  ipcClasses: string[];

  /** First IPC class, kept separately so the common "IPC prefix" filter can use an index. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  mainIpc: string | null;

  @Column({ type: 'integer', nullable: true })
  claimsCount: number | null;

  @Column({ type: 'integer', nullable: true })
  independentClaims: number | null;

  @Column({ type: 'integer', nullable: true })
  forwardCitations: number | null;

  @Column({ type: 'integer', nullable: true })
  familySize: number | null;

  @Column({ type: 'integer', nullable: true })
  licencesGranted: number | null;

  @OneToMany(() => IpAssetOwnerEntity, (owner) => owner.asset, { cascade: false })
  owners?: Relation<IpAssetOwnerEntity[]>;
}
