import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '@app/platform';

@InputType('CalendarDayInput')
export class CalendarDayInput {
  @Field(() => LocalDateScalar)
  day: string;

  @Field({ description: 'false: a holiday on a weekday; true: a make-up working day on a weekend' })
  @IsBoolean()
  working: boolean;

  @Field({ description: 'E.g. "National Day" or "make-up day for National Day"' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  note: string;
}

@ObjectType('CalendarDay')
export class CalendarDayModel {
  @Field(() => LocalDateScalar)
  day: string;

  @Field()
  working: boolean;

  @Field()
  note: string;
}

@InputType('SetCalendarDaysInput')
export class SetCalendarDaysInput {
  @Field(() => [CalendarDayInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayInput)
  days: CalendarDayInput[];
}
