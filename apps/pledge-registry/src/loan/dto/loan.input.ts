import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { DecimalInputField, LocalDateScalar } from '@app/platform';
import { LoanStatus } from '@registry/loan/domain/loan-state.js';
import { RATE_DECIMALS } from '@registry/loan/domain/penalty-interest.js';
import { DayCountConvention, MAX_TERM_MONTHS, RepaymentMethod } from '@registry/loan/domain/repayment-schedule.js';

@InputType('ApplyForLoanInput')
export class ApplyForLoanInput {
  @Field(() => ID, { description: 'A REGISTERED pledge of which your bank is the pledgee' })
  @IsUUID('all')
  pledgeId: string;

  @DecimalInputField({
    description: "Amount to lend, > 0, in whole minor units, at most the pledge's secured claim amount",
  })
  principal: string;

  @Field(() => String, { defaultValue: 'CNY', description: "Must be the pledge's claim currency" })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO-4217 code such as CNY' })
  currency: string;

  @DecimalInputField({ description: 'Nominal annual rate as a fraction, 0 <= rate <= 10 (0.049 = 4.9 %)' })
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

  @Field(() => LocalDateScalar, { nullable: true, description: 'Requested; the actual date is given on disbursement' })
  @IsOptional()
  disbursementDate?: string | null;
}

@InputType('LoanFilter')
export class LoanFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  pledgeId?: string;

  @Field(() => LoanStatus, { nullable: true })
  @IsOptional()
  status?: LoanStatus;
}

@InputType('RescheduleLoanInput', {
  description: 'Terms of the loan that replaces an ACTIVE one; its principal is what the old loan owes',
})
export class RescheduleLoanInput {
  @DecimalInputField({
    description: 'Nominal annual rate as a fraction, 0 <= rate <= 10 (0.049 = 4.9 %)',
    min: '0',
    max: '10',
    scale: RATE_DECIMALS,
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

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the new loan starts: today by default; not in the future nor before the latest repayment',
  })
  @IsOptional()
  on?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First due date of the new loan: one month after `on` by default, at most two months after it',
  })
  @IsOptional()
  firstDueDate?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Add the unpaid interest and penalty owed on `on` to the new principal; when false they must have been paid',
  })
  @IsBoolean()
  capitalizeUnpaidInterest: boolean;
}
