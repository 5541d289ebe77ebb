import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar, MoneyModel } from '@app/money';
import { LocalDateScalar } from '@app/platform';
import {
  DayCountConvention,
  RepaymentMethod,
  RoundingRule,
  type RepaymentSchedule,
  type ScheduleLine,
} from '@registry/loan/domain/repayment-schedule.js';
import type { RepaymentScheduleInput } from '@registry/loan/dto/repayment-schedule.input.js';

registerEnumType(DayCountConvention, {
  name: 'DayCountConvention',
  description: 'MONTHLY_30_360: annual / 12 a month; ACTUAL_360, ACTUAL_365: actual days over the basis',
});
registerEnumType(RoundingRule, { name: 'RoundingRule', description: 'Rounding of each part to minor units' });

@ObjectType('RepaymentScheduleLine')
export class RepaymentScheduleLineModel {
  @Field(() => Int)
  number: number;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => Int, { description: 'Days in the period under the day-count convention' })
  days: number;

  @Field(() => MoneyModel)
  openingBalance: MoneyModel;

  @Field(() => MoneyModel, { description: 'interest + principal' })
  instalment: MoneyModel;

  @Field(() => MoneyModel)
  interest: MoneyModel;

  @Field(() => MoneyModel)
  principal: MoneyModel;

  @Field(() => MoneyModel)
  closingBalance: MoneyModel;

  static from(line: ScheduleLine): RepaymentScheduleLineModel {
    return Object.assign(new RepaymentScheduleLineModel(), {
      number: line.number,
      dueDate: line.dueDate,
      days: line.days,
      openingBalance: MoneyModel.from(line.openingBalance),
      instalment: MoneyModel.from(line.instalment),
      interest: MoneyModel.from(line.interest),
      principal: MoneyModel.from(line.principal),
      closingBalance: MoneyModel.from(line.closingBalance),
    });
  }
}

@ObjectType('RepaymentSchedule', {
  description: 'Monthly instalments; the principal parts add up to the principal exactly',
})
export class RepaymentScheduleModel {
  @Field(() => RepaymentMethod)
  repaymentMethod: RepaymentMethod;

  @Field(() => DayCountConvention)
  dayCount: DayCountConvention;

  @Field(() => DecimalScalar)
  annualRate: string;

  @Field(() => Int)
  termMonths: number;

  @Field(() => [RepaymentScheduleLineModel])
  lines: RepaymentScheduleLineModel[];

  @Field(() => MoneyModel)
  totalInstalments: MoneyModel;

  @Field(() => MoneyModel)
  totalInterest: MoneyModel;

  @Field(() => MoneyModel)
  totalPrincipal: MoneyModel;

  static from(schedule: RepaymentSchedule, input: RepaymentScheduleInput): RepaymentScheduleModel {
    return Object.assign(new RepaymentScheduleModel(), {
      repaymentMethod: input.repaymentMethod,
      dayCount: input.dayCount,
      annualRate: input.annualRate,
      termMonths: input.termMonths,
      lines: schedule.lines.map((line) => RepaymentScheduleLineModel.from(line)),
      totalInstalments: MoneyModel.from(schedule.totalInstalments),
      totalInterest: MoneyModel.from(schedule.totalInterest),
      totalPrincipal: MoneyModel.from(schedule.totalPrincipal),
    });
  }
}
