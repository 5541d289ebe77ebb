import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource } from 'typeorm';
import { CalendarDayEntity } from '@registry/calendar/calendar-day.entity.js';

/** SQL for the calendar's exception days. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  all(): Promise<CalendarDayEntity[]> {
    return this.dataSource.manager.find(CalendarDayEntity, { order: { day: 'ASC' } });
  }

  between(from: string, to: string): Promise<CalendarDayEntity[]> {
    return this.dataSource.manager.find(CalendarDayEntity, {
      where: { day: Between(from, to) },
      order: { day: 'ASC' },
    });
  }

  /** Inserts or replaces the given days in one statement; returns them as stored. */
  async upsert(days: readonly CalendarDayEntity[]): Promise<CalendarDayEntity[]> {
    await this.dataSource.manager.upsert(CalendarDayEntity, [...days], ['day']);
    return this.dataSource.manager.find(CalendarDayEntity, {
      where: days.map((d) => ({ day: d.day })),
      order: { day: 'ASC' },
    });
  }
}
