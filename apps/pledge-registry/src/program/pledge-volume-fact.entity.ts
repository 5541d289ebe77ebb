import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { decimalTransformer, type Decimal } from '@app/money';

/**
 * One row per registration counted in the program volume, with the attribution frozen at
 * registration (pledgor's city, district and park, lender, IPC section, size band, first-time).
 * Written and deleted only by the trigger on `pledge` (migration AddProgramTargetsAndRollup);
 * it lets a revocation subtract exactly what the registration added.
 */
@Entity({ name: 'pledge_volume_fact' })
@Index('ix_pledge_volume_fact_pledgor', ['pledgorPartyId', 'registeredOn', 'pledgeId'])
@Index('uq_pledge_volume_fact_first', ['pledgorPartyId'], { unique: true, where: '"first_time"' })
@Check('ck_pledge_volume_fact_band', `"size_band" IN ('UNDER_10M', 'OVER_10M')`)
@Check('ck_pledge_volume_fact_quarter', `"quarter" BETWEEN 1 AND 4`)
export class PledgeVolumeFactEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_pledge_volume_fact' })
  pledgeId: string;

  @Column({ type: 'uuid' })
  pledgorPartyId: string;

  @Column({ type: 'varchar', length: 64 })
  city: string;

  /** '' when the pledgor has no district. */
  @Column({ type: 'varchar', length: 64 })
  district: string;

  /** '' when the pledgor is in no park. */
  @Column({ type: 'varchar', length: 64 })
  park: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint' })
  quarter: number;

  @Column({ type: 'date' })
  registeredOn: string;

  @Column({ type: 'uuid' })
  lenderPartyId: string;

  /** IPC section letter (A-H) of the first pledged asset's main class; '' when it has none. */
  @Column({ type: 'varchar', length: 1 })
  ipcSection: string;

  @Column({ type: 'varchar', length: 12 })
  sizeBand: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  amount: Decimal;

  /** The pledgor's earliest counted registration (by registration date, then pledge id). */
  @Column({ type: 'boolean' })
  firstTime: boolean;
}
