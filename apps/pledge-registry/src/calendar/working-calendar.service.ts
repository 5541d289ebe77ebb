import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource } from 'typeorm';
import { AppException } from '@app/errors';
import { CalendarDayEntity } from '@registry/calendar/calendar-day.entity.js';
import type { CalendarDayInput } from '@registry/calendar/dto/calendar-day.dto.js';
import {
  isWorkingDay,
  PLAIN_WEEK_CALENDAR,
  type ExaminationPolicy,
  type WorkingCalendar,
} from '@registry/pledge/domain/working-days.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/**
 * The examination calendar: Saturday and Sunday off, plus the holidays and make-up
 * working days an administrator records. The table is a few dozen rows a year, read
 * whole for each deadline computation.
 */
@Injectable()
export class WorkingCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  examinationPolicy(): ExaminationPolicy {
    return {
      onlineWorkingDays: this.config.EXAMINATION_ONLINE_WORKING_DAYS,
      paperWorkingDays: this.config.EXAMINATION_PAPER_WORKING_DAYS,
    };
  }

  async calendar(): Promise<WorkingCalendar> {
    const days = await this.dataSource.manager.find(CalendarDayEntity, { order: { day: 'ASC' } });
    return {
      weekendDays: PLAIN_WEEK_CALENDAR.weekendDays,
      holidays: days.filter((d) => !d.working).map((d) => d.day),
      workingWeekendDays: days.filter((d) => d.working).map((d) => d.day),
    };
  }

  days(from: string, to: string): Promise<CalendarDayEntity[]> {
    return this.dataSource.manager.find(CalendarDayEntity, {
      where: { day: Between(from, to) },
      order: { day: 'ASC' },
    });
  }

  /**
   * Records holidays and make-up days (replacing earlier entries for the same days). An
   * entry must be an exception: a holiday on a regular working day, or a working day on
   * a regular weekend day; anything else would be a no-op that hides a typing mistake.
   */
  async setDays(days: readonly CalendarDayInput[]): Promise<CalendarDayEntity[]> {
    days.forEach((d, i) => {
      if (isWorkingDay(d.day, PLAIN_WEEK_CALENDAR) === d.working) {
        const what = d.working ? 'already a working day' : 'already a weekend day';
        throw AppException.badInput(`input.days[${i}].working`, `${d.day} is ${what}`, 'CALENDAR_DAY_NOT_AN_EXCEPTION');
      }
    });
    await this.dataSource.manager.upsert(
      CalendarDayEntity,
      days.map((d) => ({ day: d.day, working: d.working, note: d.note.trim() })),
      ['day'],
    );
    return this.dataSource.manager.find(CalendarDayEntity, {
      where: days.map((d) => ({ day: d.day })),
      order: { day: 'ASC' },
    });
  }
}
