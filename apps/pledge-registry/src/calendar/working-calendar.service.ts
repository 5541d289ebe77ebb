import { Inject, Injectable } from '@nestjs/common';
import { AppException } from '@app/errors';
import type { CalendarDayEntity } from '@registry/calendar/calendar-day.entity.js';
import { CalendarRepository } from '@registry/calendar/calendar.repository.js';
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
    private readonly calendarDays: CalendarRepository,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  examinationPolicy(): ExaminationPolicy {
    return {
      onlineWorkingDays: this.config.EXAMINATION_ONLINE_WORKING_DAYS,
      paperWorkingDays: this.config.EXAMINATION_PAPER_WORKING_DAYS,
    };
  }

  async calendar(): Promise<WorkingCalendar> {
    const days = await this.calendarDays.all();
    return {
      weekendDays: PLAIN_WEEK_CALENDAR.weekendDays,
      holidays: days.filter((d) => !d.working).map((d) => d.day),
      workingWeekendDays: days.filter((d) => d.working).map((d) => d.day),
    };
  }

  days(from: string, to: string): Promise<CalendarDayEntity[]> {
    return this.calendarDays.between(from, to);
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
    return this.calendarDays.upsert(days.map((d) => ({ day: d.day, working: d.working, note: d.note.trim() })));
  }
}
