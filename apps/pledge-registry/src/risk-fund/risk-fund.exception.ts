import { AppException, PublicErrorCode } from '@app/errors';

export enum RiskFundErrorReason {
  RISK_FUND_INPUT_INVALID = 'RISK_FUND_INPUT_INVALID',
  RISK_FUND_NOT_FOUND = 'RISK_FUND_NOT_FOUND',
  RISK_FUND_EXISTS = 'RISK_FUND_EXISTS',
  NOT_FUND_ADMINISTRATOR = 'NOT_FUND_ADMINISTRATOR',
  RATIO_VERSION_OVERLAP = 'RATIO_VERSION_OVERLAP',
  RATIO_VERSION_IN_USE = 'RATIO_VERSION_IN_USE',
  NO_RATIO_IN_FORCE = 'NO_RATIO_IN_FORCE',
  FUND_BALANCE_SHORT = 'FUND_BALANCE_SHORT',
  LOAN_NOT_FOUND = 'LOAN_NOT_FOUND',
  LOAN_NOT_ACTIVE = 'LOAN_NOT_ACTIVE',
  LOAN_OUTSIDE_FUND_CITY = 'LOAN_OUTSIDE_FUND_CITY',
  LOAN_CURRENCY_MISMATCH = 'LOAN_CURRENCY_MISMATCH',
  PLEDGE_IN_DEFAULT = 'PLEDGE_IN_DEFAULT',
  BORROWER_CREDIT_LISTED = 'BORROWER_CREDIT_LISTED',
  LEVERAGE_LIMIT_EXCEEDED = 'LEVERAGE_LIMIT_EXCEEDED',
  LOAN_ALREADY_ENROLLED = 'LOAN_ALREADY_ENROLLED',
  ENROLMENT_NOT_FOUND = 'ENROLMENT_NOT_FOUND',
  ENROLMENT_NOT_PENDING = 'ENROLMENT_NOT_PENDING',
  LOAN_NOT_ENROLLED = 'LOAN_NOT_ENROLLED',
  PLEDGE_NOT_REALIZED = 'PLEDGE_NOT_REALIZED',
  LOSS_BEFORE_ENROLMENT = 'LOSS_BEFORE_ENROLMENT',
  LOAN_REPAID = 'LOAN_REPAID',
  LOAN_RESCHEDULED = 'LOAN_RESCHEDULED',
  NO_LOSS = 'NO_LOSS',
  CLAIM_EXISTS = 'CLAIM_EXISTS',
  CLAIM_NOT_FOUND = 'CLAIM_NOT_FOUND',
  CLAIM_NOT_FILED = 'CLAIM_NOT_FILED',
  CLAIM_NOT_PAID = 'CLAIM_NOT_PAID',
  RECOVERY_EXCEEDS_PAYOUT = 'RECOVERY_EXCEEDS_PAYOUT',
}

/** Errors of the risk-compensation fund; business refusals are CONFLICT with a stable reason. */
export class RiskFundException extends AppException {
  static invalid(field: string, message: string): RiskFundException {
    return new RiskFundException(
      PublicErrorCode.BAD_USER_INPUT,
      RiskFundErrorReason.RISK_FUND_INPUT_INVALID,
      `${field}: ${message}`,
      { field },
    );
  }

  static notFound(reason: RiskFundErrorReason, field: string, message: string): RiskFundException {
    return new RiskFundException(PublicErrorCode.NOT_FOUND, reason, `${field}: ${message}`, { field });
  }

  static fundNotFound(id: string, field = 'fundId'): RiskFundException {
    return RiskFundException.notFound(RiskFundErrorReason.RISK_FUND_NOT_FOUND, field, `risk fund ${id} not found`);
  }

  static claimNotFound(id: string, field = 'id'): RiskFundException {
    return RiskFundException.notFound(RiskFundErrorReason.CLAIM_NOT_FOUND, field, `claim ${id} not found`);
  }

  static notAdministrator(): RiskFundException {
    return new RiskFundException(
      PublicErrorCode.FORBIDDEN,
      RiskFundErrorReason.NOT_FUND_ADMINISTRATOR,
      "Only the fund's program office staff or an admin may do this",
    );
  }

  /** A refusal of the business rules: nothing was written. */
  static conflict(
    reason: RiskFundErrorReason,
    message: string,
    field?: string,
    details?: Record<string, unknown>,
  ): RiskFundException {
    return new RiskFundException(
      PublicErrorCode.CONFLICT,
      reason,
      field === undefined ? message : `${field}: ${message}`,
      {
        ...(field === undefined ? {} : { field }),
        ...(details === undefined ? {} : { details }),
      },
    );
  }
}
