import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@app/auth';
import { LocalDateScalar } from '@app/platform';
import { CalendarDayModel, SetCalendarDaysInput } from '@registry/calendar/dto/calendar-day.dto.js';
import { WorkingCalendarService } from '@registry/calendar/working-calendar.service.js';

const SIGNED_IN = [Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN];

@Resolver(() => CalendarDayModel)
export class CalendarResolver {
  constructor(private readonly calendar: WorkingCalendarService) {}

  @Roles(...SIGNED_IN)
  @Query(() => [CalendarDayModel], { description: 'Holidays and make-up working days between two dates' })
  calendarDays(
    @Args('from', { type: () => LocalDateScalar }) from: string,
    @Args('to', { type: () => LocalDateScalar }) to: string,
  ): Promise<CalendarDayModel[]> {
    return this.calendar.days(from, to);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => [CalendarDayModel], {
    description: 'Record holidays and make-up working days (examination deadlines)',
  })
  setCalendarDays(@Args('input') input: SetCalendarDaysInput): Promise<CalendarDayModel[]> {
    return this.calendar.setDays(input.days);
  }
}
