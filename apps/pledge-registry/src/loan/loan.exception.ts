import { AppException, PublicErrorCode } from '@app/errors';
import type { ScheduleInputError } from '@registry/loan/domain/repayment-schedule.js';

/** Errors of the loan module; schedule input problems keep the domain's reason code. */
export class LoanException extends AppException {
  /** BAD_USER_INPUT naming `input.<field>`, with the domain's problem as the reason. */
  static invalidScheduleInput(error: ScheduleInputError): LoanException {
    const field = `input.${error.field}`;
    return new LoanException(PublicErrorCode.BAD_USER_INPUT, error.problem, `${field}: ${error.message}`, {
      field,
      cause: error,
    });
  }
}
