import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '@app/database';
import { PartyEntity } from './party.entity.js';

/** A person who signs in; acts for at most one party (SME and BANK users always do). */
@Entity({ name: 'app_user' })
@Index('uq_app_user_login', ['login'], { unique: true })
@Check(
  'ck_app_user_roles',
  `"roles" <@ ARRAY['SME','BANK','REGISTRAR','PROGRAM_STAFF','ADMIN','ARRANGER']::varchar[] AND cardinality("roles") > 0`,
)
@Check(
  'ck_app_user_party_required',
  `"party_id" IS NOT NULL OR NOT ("roles" && ARRAY['SME','BANK','PROGRAM_STAFF','ARRANGER']::varchar[])`,
)
export class AppUserEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  login: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', array: true })
  roles: string[];

  @Column({ type: 'uuid', nullable: true })
  partyId: string | null;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_app_user_party' })
  party?: Relation<PartyEntity>;
}
