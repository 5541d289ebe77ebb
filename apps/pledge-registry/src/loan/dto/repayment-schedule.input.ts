import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DecimalInputField, LocalDateScalar } from '@app/platform';
import {
  DayCountConvention,
  MAX_TERM_MONTHS,
  RepaymentMethod,
  RoundingRule,
} from '@registry/loan/domain/repayment-schedule.js';

@InputType('RepaymentScheduleInput')
export class RepaymentScheduleInput {
  @DecimalInputField({ description: 'Amount disbursed, > 0, in whole minor units, e.g. "1000000.00"' })
  principal: string;

  @Field(() => String, { defaultValue: 'CNY' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO-4217 code such as CNY' })
  currency: string;

  @DecimalInputField({
    description:
      'Nominal annual rate as a fraction, 0 <= rate <= 10 (0.049 = 4.9 %); a rate quoted per month is stated times 12 (20 % a month = 2.40)',
  })
  annualRate: string;

  @Field(() => Int, { description: `Number of monthly instalments, 1..${MAX_TERM_MONTHS}` })
  @IsInt()
  @Min(1)
  @Max(MAX_TERM_MONTHS)
  termMonths: number;

  @Field(() => RepaymentMethod)
  repaymentMethod: RepaymentMethod;

  @Field(() => DayCountConvention, { defaultValue: DayCountConvention.MONTHLY_30_360 })
  dayCount: DayCountConvention;

  @Field(() => RoundingRule, { defaultValue: RoundingRule.HALF_EVEN })
  rounding: RoundingRule;

  @Field(() => LocalDateScalar)
  disbursementDate: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Defaults to one month after disbursement; at most two months after it',
  })
  @IsOptional()
  firstDueDate?: string | null;
}
