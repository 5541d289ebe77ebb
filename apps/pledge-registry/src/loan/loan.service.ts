import { Injectable } from '@nestjs/common';
import { Decimal, Money } from '@app/money';
import {
  repaymentSchedule,
  ScheduleInputError,
  type RepaymentSchedule,
} from '@registry/loan/domain/repayment-schedule.js';
import type { RepaymentScheduleInput } from '@registry/loan/dto/repayment-schedule.input.js';
import { LoanException } from '@registry/loan/loan.exception.js';

/** Loan calculations. The schedule is computed on request and never stored. */
@Injectable()
export class LoanService {
  /** @throws {@link LoanException} BAD_USER_INPUT naming the field the schedule cannot be computed from. */
  repaymentSchedule(input: RepaymentScheduleInput): RepaymentSchedule {
    try {
      return repaymentSchedule({
        principal: Money.of(input.principal, input.currency),
        annualRate: new Decimal(input.annualRate),
        termMonths: input.termMonths,
        repaymentMethod: input.repaymentMethod,
        dayCount: input.dayCount,
        rounding: input.rounding,
        disbursementDate: input.disbursementDate,
        firstDueDate: input.firstDueDate ?? undefined,
      });
    } catch (error) {
      if (error instanceof ScheduleInputError) throw LoanException.invalidScheduleInput(error);
      throw error;
    }
  }
}
