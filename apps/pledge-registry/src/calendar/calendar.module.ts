import { Module } from '@nestjs/common';
import { CalendarRepository } from '@registry/calendar/calendar.repository.js';
import { CalendarResolver } from '@registry/calendar/calendar.resolver.js';
import { WorkingCalendarService } from '@registry/calendar/working-calendar.service.js';

@Module({
  providers: [CalendarRepository, WorkingCalendarService, CalendarResolver],
  exports: [WorkingCalendarService],
})
export class CalendarModule {}
