import { AppException, PublicErrorCode } from '@app/errors';

export enum CreditErrorReason {
  CREDIT_ENTRY_NOT_FOUND = 'CREDIT_ENTRY_NOT_FOUND',
  CREDIT_ENTRY_INVALID = 'CREDIT_ENTRY_INVALID',
  CREDIT_ENTRY_REMOVED = 'CREDIT_ENTRY_REMOVED',
  CREDIT_ENTRY_EXISTS = 'CREDIT_ENTRY_EXISTS',
}

export class CreditException extends AppException {
  static notFound(id: string): CreditException {
    return new CreditException(
      PublicErrorCode.NOT_FOUND,
      CreditErrorReason.CREDIT_ENTRY_NOT_FOUND,
      `Credit-list entry ${id} not found`,
    );
  }

  static invalid(field: string, message: string): CreditException {
    return new CreditException(
      PublicErrorCode.BAD_USER_INPUT,
      CreditErrorReason.CREDIT_ENTRY_INVALID,
      `${field}: ${message}`,
      {
        field,
      },
    );
  }

  static removed(id: string): CreditException {
    return new CreditException(
      PublicErrorCode.CONFLICT,
      CreditErrorReason.CREDIT_ENTRY_REMOVED,
      `Credit-list entry ${id} was removed and cannot change`,
    );
  }

  static exists(): CreditException {
    return new CreditException(
      PublicErrorCode.CONFLICT,
      CreditErrorReason.CREDIT_ENTRY_EXISTS,
      'input: this entity is already listed for this conduct on this date',
      { field: 'input' },
    );
  }
}
