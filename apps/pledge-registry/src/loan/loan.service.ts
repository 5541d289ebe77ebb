import { Injectable } from '@nestjs/common';
import { Decimal, Money } from '@app/money';
import {
  repaymentSchedule,
  ScheduleInputError,
  type RepaymentSchedule,
  type RepaymentScheduleInput as ScheduleTerms,
} from '@registry/loan/domain/repayment-schedule.js';
import type { RepaymentScheduleInput } from '@registry/loan/dto/repayment-schedule.input.js';
import { LoanException } from '@registry/loan/loan.exception.js';

/** Loan calculations. The calculator's schedule is computed on request and never stored. */
@Injectable()
export class LoanService {
  /** @throws {@link LoanException} BAD_USER_INPUT naming the field the schedule cannot be computed from. */
  repaymentSchedule(input: RepaymentScheduleInput): RepaymentSchedule {
    return this.schedule({
      principal: Money.of(input.principal, input.currency),
      annualRate: new Decimal(input.annualRate),
      termMonths: input.termMonths,
      repaymentMethod: input.repaymentMethod,
      dayCount: input.dayCount,
      rounding: input.rounding,
      disbursementDate: input.disbursementDate,
      firstDueDate: input.firstDueDate ?? undefined,
    });
  }

  /** The schedule of `terms`; @throws {@link LoanException} BAD_USER_INPUT naming `input.<field>` at fault. */
  schedule(terms: ScheduleTerms): RepaymentSchedule {
    try {
      return repaymentSchedule(terms);
    } catch (error) {
      if (error instanceof ScheduleInputError) throw LoanException.invalidScheduleInput(error);
      throw error;
    }
  }
}
