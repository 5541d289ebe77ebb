import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';

/**
 * One link of an asset's audit chain (see domain/audit-chain.ts). Append-only: the
 * migration adds triggers that reject UPDATE, DELETE and TRUNCATE for every role, the
 * table owner and superusers included, and revokes those privileges from PUBLIC.
 */
// before/after hold JsonValue; typed unknown because TypeORM's deep-partial types recurse forever on it.
@Entity({ name: 'audit_event' })
@Index('uq_audit_event_asset_seq', ['assetId', 'seq'], { unique: true })
@Index('ix_audit_event_subject', ['subjectType', 'subjectId'])
@Index('ix_audit_event_event', ['eventId'])
@Check('ck_audit_event_seq_positive', `"seq" >= 1`)
@Check('ck_audit_event_first_link', `("seq" = 1) = ("prev_hash" IS NULL)`)
@Check(
  'ck_audit_event_hash_format',
  `"hash" ~ '^[0-9a-f]{64}$' AND ("prev_hash" IS NULL OR "prev_hash" ~ '^[0-9a-f]{64}$')`,
)
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_audit_event' })
  id: string;

  @Column({ type: 'uuid' })
  assetId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 32 })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorLogin: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorPartyId: string | null;

  @Column({ type: 'varchar', length: 16, array: true })
  actorRoles: string[];

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  @Column({ type: 'char', length: 64 })
  hash: string;

  @ManyToOne(() => IpAssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'fk_audit_event_asset' })
  asset?: Relation<IpAssetEntity>;
}
