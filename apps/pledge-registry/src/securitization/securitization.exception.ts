import { AppException, PublicErrorCode } from '@app/errors';

export enum SecuritizationErrorReason {
  POOL_INPUT_INVALID = 'POOL_INPUT_INVALID',
  POOL_NOT_FOUND = 'POOL_NOT_FOUND',
  CANDIDATE_NOT_FOUND = 'CANDIDATE_NOT_FOUND',
  LOAN_NOT_FOUND = 'LOAN_NOT_FOUND',
  RECEIVABLE_NOT_FOUND = 'RECEIVABLE_NOT_FOUND',
  NOT_POOL_ARRANGER = 'NOT_POOL_ARRANGER',
  LOAN_NOT_ACTIVE = 'LOAN_NOT_ACTIVE',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  ALREADY_IN_POOL = 'ALREADY_IN_POOL',
  IN_ANOTHER_POOL = 'IN_ANOTHER_POOL',
  CONCENTRATION_LIMIT_EXCEEDED = 'CONCENTRATION_LIMIT_EXCEEDED',
  POOL_EMPTY = 'POOL_EMPTY',
  STRUCTURE_NOT_SET = 'STRUCTURE_NOT_SET',
  TRANCHES_EXCEED_POOL = 'TRANCHES_EXCEED_POOL',
}

/** Errors of securitization pools; business refusals are CONFLICT with a stable reason, nothing written. */
export class SecuritizationException extends AppException {
  static invalid(
    field: string,
    message: string,
    reason = SecuritizationErrorReason.POOL_INPUT_INVALID,
  ): SecuritizationException {
    return new SecuritizationException(PublicErrorCode.BAD_USER_INPUT, reason, `${field}: ${message}`, { field });
  }

  static notFound(reason: SecuritizationErrorReason, field: string, message: string): SecuritizationException {
    return new SecuritizationException(PublicErrorCode.NOT_FOUND, reason, `${field}: ${message}`, { field });
  }

  static poolNotFound(id: string, field = 'poolId'): SecuritizationException {
    return SecuritizationException.notFound(SecuritizationErrorReason.POOL_NOT_FOUND, field, `pool ${id} not found`);
  }

  static notArranger(): SecuritizationException {
    return new SecuritizationException(
      PublicErrorCode.FORBIDDEN,
      SecuritizationErrorReason.NOT_POOL_ARRANGER,
      "Only an arranger of a bank (a user with the BANK and ARRANGER roles and the bank's party) may do this",
    );
  }

  static conflict(
    reason: SecuritizationErrorReason,
    message: string,
    field?: string,
    details?: Record<string, unknown>,
  ): SecuritizationException {
    return new SecuritizationException(
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
