import { AppException, PublicErrorCode } from '@app/errors';

export enum IdempotencyErrorReason {
  IDEMPOTENCY_KEY_INVALID = 'IDEMPOTENCY_KEY_INVALID',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

export class IdempotencyException extends AppException {
  static invalid(): IdempotencyException {
    return new IdempotencyException(
      PublicErrorCode.BAD_USER_INPUT,
      IdempotencyErrorReason.IDEMPOTENCY_KEY_INVALID,
      'idempotencyKey: 1-128 characters of A-Z a-z 0-9 _ . : -',
      { field: 'idempotencyKey' },
    );
  }

  static reused(operation: string): IdempotencyException {
    return new IdempotencyException(
      PublicErrorCode.CONFLICT,
      IdempotencyErrorReason.IDEMPOTENCY_KEY_REUSED,
      `idempotencyKey: already used for a different request (${operation}); use a new key per request`,
      { field: 'idempotencyKey' },
    );
  }
}
