import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@app/auth';
import { RepaymentScheduleInput } from '@registry/loan/dto/repayment-schedule.input.js';
import { RepaymentScheduleModel } from '@registry/loan/dto/repayment-schedule.model.js';
import { LoanService } from '@registry/loan/loan.service.js';

@Resolver(() => RepaymentScheduleModel)
export class LoanResolver {
  constructor(private readonly loans: LoanService) {}

  @Roles(Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN)
  @Query(() => RepaymentScheduleModel, {
    description: 'Computes a repayment schedule (a calculator: nothing is stored)',
  })
  repaymentSchedule(@Args('input') input: RepaymentScheduleInput): RepaymentScheduleModel {
    return RepaymentScheduleModel.from(this.loans.repaymentSchedule(input), input);
  }
}
