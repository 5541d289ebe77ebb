import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A lender's pledge policy, versioned: every change is a new row, so a recommendation can
 * always be traced to the policy version it used.
 */
@Entity({ name: 'lender_policy' })
@Index('uq_lender_policy_version', ['lenderPartyId', 'version'], { unique: true })
@Check('ck_lender_policy_version_positive', `"version" > 0`)
@Check('ck_lender_policy_validity', `"validity_months" BETWEEN 1 AND 60`)
export class LenderPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The registry's lender party (another subgraph's id: no foreign key across schemas). */
  @Column({ type: 'uuid' })
  lenderPartyId: string;

  @Column({ type: 'integer' })
  version: number;

  /** The policy as the engine validates it (caps, tiers, haircut, minimum life). */
  @Column({ type: 'jsonb' })
  policy: Record<string, unknown>;

  @Column({ type: 'integer' })
  validityMonths: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
