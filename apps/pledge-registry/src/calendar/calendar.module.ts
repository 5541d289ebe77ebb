import { Module } from '@nestjs/common';
import { CalendarResolver } from '@registry/calendar/calendar.resolver.js';
import { WorkingCalendarService } from '@registry/calendar/working-calendar.service.js';

@Module({
  providers: [WorkingCalendarService, CalendarResolver],
  exports: [WorkingCalendarService],
})
export class CalendarModule {}
