import { AppException, PublicErrorCode } from '@app/errors';

export enum SubsidyErrorReason {
  SUBSIDY_INPUT_INVALID = 'SUBSIDY_INPUT_INVALID',
  SUBSIDY_RULE_OVERLAP = 'SUBSIDY_RULE_OVERLAP',
  SUBSIDY_PERIOD_DECIDED = 'SUBSIDY_PERIOD_DECIDED',
  SUBSIDY_RULE_MISSING = 'SUBSIDY_RULE_MISSING',
  LPR_MISSING = 'LPR_MISSING',
  LPR_EXISTS = 'LPR_EXISTS',
  SUBSIDY_LOAN_NOT_FOUND = 'SUBSIDY_LOAN_NOT_FOUND',
  SUBSIDY_CLAIM_NOT_FOUND = 'SUBSIDY_CLAIM_NOT_FOUND',
  SUBSIDY_CLAIM_TRANSITION = 'SUBSIDY_CLAIM_TRANSITION',
  SUBSIDY_REVIEW_NOTE_REQUIRED = 'SUBSIDY_REVIEW_NOTE_REQUIRED',
}

/** Errors of the subsidy module; each names the input field at fault. */
export class SubsidyException extends AppException {
  static invalid(
    field: string,
    message: string,
    reason: SubsidyErrorReason = SubsidyErrorReason.SUBSIDY_INPUT_INVALID,
  ): SubsidyException {
    return new SubsidyException(PublicErrorCode.BAD_USER_INPUT, reason, `${field}: ${message}`, { field });
  }

  static conflict(reason: SubsidyErrorReason, field: string, message: string): SubsidyException {
    return new SubsidyException(PublicErrorCode.CONFLICT, reason, `${field}: ${message}`, { field });
  }

  static overlap(field: string, other: { id: string; from: string; to: string | null }): SubsidyException {
    return SubsidyException.conflict(
      SubsidyErrorReason.SUBSIDY_RULE_OVERLAP,
      field,
      `overlaps rule version ${other.id} in force from ${other.from}${other.to === null ? '' : ` until ${other.to}`}`,
    );
  }

  static loanNotFound(id: string): SubsidyException {
    return new SubsidyException(
      PublicErrorCode.NOT_FOUND,
      SubsidyErrorReason.SUBSIDY_LOAN_NOT_FOUND,
      `input.loanId: loan ${id} not found`,
      { field: 'input.loanId' },
    );
  }

  static claimNotFound(id: string, field: string): SubsidyException {
    return new SubsidyException(
      PublicErrorCode.NOT_FOUND,
      SubsidyErrorReason.SUBSIDY_CLAIM_NOT_FOUND,
      `${field}: subsidy claim ${id} not found`,
      { field },
    );
  }
}
