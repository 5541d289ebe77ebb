import { AppException, PublicErrorCode } from '@app/errors';
import type { ScheduleInputError } from '@registry/loan/domain/repayment-schedule.js';

export enum LoanErrorReason {
  LOAN_NOT_FOUND = 'LOAN_NOT_FOUND',
  LOAN_INVALID = 'LOAN_INVALID',
  NOT_THE_LENDER = 'NOT_THE_LENDER',
  PLEDGE_NOT_REGISTERED = 'PLEDGE_NOT_REGISTERED',
  PRINCIPAL_EXCEEDS_CLAIM = 'PRINCIPAL_EXCEEDS_CLAIM',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  ACTIVE_LOAN_EXISTS = 'ACTIVE_LOAN_EXISTS',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  LOAN_NOT_ACTIVE = 'LOAN_NOT_ACTIVE',
  /** The loan is CLOSED (repaid, written off or rescheduled): nothing more is recorded on it. */
  LOAN_CLOSED = 'LOAN_CLOSED',
  ALREADY_DEFAULTED = 'ALREADY_DEFAULTED',
  /** Fewer overdue days than LOAN_DEFAULT_OVERDUE_DAYS. */
  OVERDUE_BELOW_DEFAULT_THRESHOLD = 'OVERDUE_BELOW_DEFAULT_THRESHOLD',
  /** Only a loan declared in default can be written off. */
  NOT_DEFAULTED = 'NOT_DEFAULTED',
  /** Rescheduling without capitalising needs the interest and penalty owed paid first. */
  INTEREST_UNPAID = 'INTEREST_UNPAID',
  /** A loan's events are recorded in date order: not before its latest repayment or default. */
  DATE_OUT_OF_ORDER = 'DATE_OUT_OF_ORDER',
  PLEDGE_NOT_FOUND = 'PLEDGE_NOT_FOUND',
  REPAYMENT_KEY_USED = 'REPAYMENT_KEY_USED',
}

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

  static notFound(id: string): LoanException {
    return new LoanException(PublicErrorCode.NOT_FOUND, LoanErrorReason.LOAN_NOT_FOUND, `Loan ${id} not found`);
  }

  /** The pledge does not exist or the caller's bank is not its pledgee. */
  static pledgeNotFound(id: string): LoanException {
    return new LoanException(
      PublicErrorCode.NOT_FOUND,
      LoanErrorReason.PLEDGE_NOT_FOUND,
      `input.pledgeId: pledge ${id} not found`,
      { field: 'input.pledgeId' },
    );
  }

  static invalid(
    field: string,
    message: string,
    reason: LoanErrorReason = LoanErrorReason.LOAN_INVALID,
  ): LoanException {
    return new LoanException(PublicErrorCode.BAD_USER_INPUT, reason, `${field}: ${message}`, { field });
  }

  static notTheLender(): LoanException {
    return new LoanException(
      PublicErrorCode.FORBIDDEN,
      LoanErrorReason.NOT_THE_LENDER,
      'Only a user of the lending bank may do this',
    );
  }

  /** CONFLICT naming the field whose target is in the wrong state. */
  static conflict(reason: LoanErrorReason, message: string, field?: string): LoanException {
    if (field === undefined) return new LoanException(PublicErrorCode.CONFLICT, reason, message);
    return new LoanException(PublicErrorCode.CONFLICT, reason, `${field}: ${message}`, { field });
  }
}
