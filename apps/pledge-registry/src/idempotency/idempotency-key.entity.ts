import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A mutation already carried out under a client's idempotency key. Written in the same
 * transaction as the mutation's effects, so a key exists exactly when its effects do.
 */
@Entity({ name: 'idempotency_key' })
@Index('ix_idempotency_key_created', ['createdAt'])
@Check('ck_idempotency_key_format', `"key" ~ '^[A-Za-z0-9_.:-]{1,128}$'`)
export class IdempotencyKeyEntity {
  /** Keys are per user: two users cannot collide, or replay each other's results. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_idempotency_key' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_idempotency_key' })
  key: string;

  @Column({ type: 'varchar', length: 64 })
  operation: string;

  /** SHA-256 of the canonical arguments: the same key with other arguments is a client bug. */
  @Column({ type: 'char', length: 64 })
  requestHash: string;

  /** What the first call returned (ids and outcome), for the replay. */
  @Column({ type: 'jsonb' })
  response: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
