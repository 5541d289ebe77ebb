/** SQLSTATE codes we act on. Errors are recognised by code and constraint name, never by message text. */
export enum PgErrorCode {
  UNIQUE_VIOLATION = '23505',
  FOREIGN_KEY_VIOLATION = '23503',
  CHECK_VIOLATION = '23514',
  EXCLUSION_VIOLATION = '23P01',
  SERIALIZATION_FAILURE = '40001',
  DEADLOCK_DETECTED = '40P01',
  LOCK_NOT_AVAILABLE = '55P03',
}

interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
}

/**
 * The driver's error: TypeORM wraps it in QueryFailedError and keeps it as `driverError`.
 */
function driverFields(error: unknown): PgErrorFields | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as PgErrorFields & { driverError?: unknown };
  if (typeof candidate.driverError === 'object' && candidate.driverError !== null) {
    return candidate.driverError;
  }
  return candidate;
}

/** The SQLSTATE of a PostgreSQL error (raw pg or wrapped by TypeORM); undefined for anything else. */
export function sqlStateOf(error: unknown): string | undefined {
  const code = driverFields(error)?.code;
  // pg's SQLSTATE is five characters; Node's own errors (ECONNRESET...) are not SQLSTATEs.
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** The constraint (or unique index) the server named in a violation, if any. */
export function violatedConstraint(error: unknown): string | undefined {
  if (sqlStateOf(error)?.startsWith('23') !== true) return undefined;
  const constraint = driverFields(error)?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

function isViolation(error: unknown, code: PgErrorCode, constraint: string | undefined): boolean {
  if (sqlStateOf(error) !== code) return false;
  return constraint === undefined || violatedConstraint(error) === constraint;
}

/** A unique index refused the row, optionally a named one (always name it where one is expected). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, PgErrorCode.UNIQUE_VIOLATION, constraint);
}

/** An exclusion constraint refused the row (e.g. overlapping date ranges), optionally a named one. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, PgErrorCode.EXCLUSION_VIOLATION, constraint);
}

export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, PgErrorCode.FOREIGN_KEY_VIOLATION, constraint);
}

export function isCheckViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, PgErrorCode.CHECK_VIOLATION, constraint);
}

/**
 * Serialization failure or deadlock: the server rolled the whole transaction back and
 * running it again from the start is safe and expected (withTransaction does).
 */
export function isRetryableTransactionError(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state === PgErrorCode.SERIALIZATION_FAILURE || state === PgErrorCode.DEADLOCK_DETECTED;
}
