/** SQLSTATE codes we act on. Errors are recognised by code, never by message text. */
export enum PgErrorCode {
  UNIQUE_VIOLATION = '23505',
  FOREIGN_KEY_VIOLATION = '23503',
  CHECK_VIOLATION = '23514',
  EXCLUSION_VIOLATION = '23P01',
  SERIALIZATION_FAILURE = '40001',
  DEADLOCK_DETECTED = '40P01',
  LOCK_NOT_AVAILABLE = '55P03',
}

function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  // TypeORM wraps driver errors in QueryFailedError and keeps the driver error.
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate.driverError?.code ?? candidate.code;
  return typeof code === 'string' ? code : undefined;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (sqlState(error) !== PgErrorCode.UNIQUE_VIOLATION) return false;
  if (constraint === undefined) return true;
  const e = error as { constraint?: unknown; driverError?: { constraint?: unknown } };
  return (e.driverError?.constraint ?? e.constraint) === constraint;
}

/** An exclusion constraint refused the row (e.g. overlapping date ranges), optionally a named one. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  if (sqlState(error) !== PgErrorCode.EXCLUSION_VIOLATION) return false;
  if (constraint === undefined) return true;
  const e = error as { constraint?: unknown; driverError?: { constraint?: unknown } };
  return (e.driverError?.constraint ?? e.constraint) === constraint;
}

export function isRetryableTransactionError(error: unknown): boolean {
  const state = sqlState(error);
  return state === PgErrorCode.SERIALIZATION_FAILURE || state === PgErrorCode.DEADLOCK_DETECTED;
}
