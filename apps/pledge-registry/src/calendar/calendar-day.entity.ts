import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An exception to the plain week in the examination calendar: a public holiday on a
 * weekday (`working` false) or a make-up working weekend day (`working` true). Announced
 * yearly by the State Council, so it is data an administrator keeps, not code.
 */
@Entity({ name: 'calendar_day' })
export class CalendarDayEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_calendar_day' })
  day: string;

  @Column({ type: 'boolean' })
  working: boolean;

  @Column({ type: 'varchar', length: 100 })
  note: string;
}
