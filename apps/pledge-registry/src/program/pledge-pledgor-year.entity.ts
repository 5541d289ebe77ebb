import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Enterprises served: the pledgors with counted registrations per city, district, park and
 * year (distinct pledgors cannot be summed from the rollup). Maintained by the trigger on
 * `pledge`; a row goes when its last registration is revoked.
 */
@Entity({ name: 'pledge_pledgor_year' })
@Check('ck_pledge_pledgor_year_registrations', `"registrations" > 0`)
export class PledgePledgorYearEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_pledge_pledgor_year' })
  city: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_pledge_pledgor_year' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_pledge_pledgor_year' })
  district: string;

  /** '' when the pledgor is in no park. */
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_pledge_pledgor_year' })
  park: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_pledge_pledgor_year' })
  pledgorPartyId: string;

  @Column({ type: 'integer' })
  registrations: number;
}
