import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';

export enum JobStatus {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
}

export enum JobItemStatus {
  PENDING = 'PENDING',
  VALUED = 'VALUED',
  FAILED = 'FAILED',
}

/** A portfolio valuation: many assets under one set of assumptions, run in the background. */
@Entity({ name: 'valuation_job' })
@Check('ck_valuation_job_status', `"status" IN ('RUNNING', 'COMPLETED')`)
@Check('ck_valuation_job_counts', `"succeeded" >= 0 AND "failed" >= 0 AND "succeeded" + "failed" <= "total"`)
export class ValuationJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 10 })
  status: JobStatus;

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'integer', default: 0 })
  succeeded: number;

  @Column({ type: 'integer', default: 0 })
  failed: number;

  @Column({ type: 'jsonb' })
  assumptions: Record<string, unknown>;

  /** Who started it; the job reads the registry with this identity, also after a restart. */
  @Column({ type: 'jsonb' })
  startedBy: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}

@Entity({ name: 'valuation_job_item' })
@Index('ix_valuation_job_item_pending', ['jobId', 'status'])
@Check('ck_valuation_job_item_status', `"status" IN ('PENDING', 'VALUED', 'FAILED')`)
export class ValuationJobItemEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_valuation_job_item' })
  jobId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_valuation_job_item' })
  position: number;

  @Column({ type: 'uuid' })
  assetId: string;

  @Column({ type: 'varchar', length: 8 })
  status: JobItemStatus;

  @Column({ type: 'uuid', nullable: true })
  valuationId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @ManyToOne(() => ValuationJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'fk_valuation_job_item_job' })
  job?: Relation<ValuationJobEntity>;
}
