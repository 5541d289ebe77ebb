/**
 * The public error categories, surfaced as `extensions.code` in GraphQL responses.
 * Clients branch on these; the module-specific `reason` gives the detail.
 */
export enum PublicErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface AppExceptionOptions {
  /** The input path at fault, e.g. `input.creditCode` or `line 12: filingDate`. */
  field?: string;
  /** Extra, non-sensitive details safe to show to the caller. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * Base class of every module exception. A module subclasses it with its own enum of
 * reasons (e.g. `IP_ASSET_NOT_FOUND`) and a mapping to a public code; one formatter
 * (`formatGraphQLError`) turns it into `extensions`, so resolvers never try/catch.
 */
export class AppException extends Error {
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    readonly code: PublicErrorCode,
    readonly reason: string,
    message: string,
    options: AppExceptionOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.field = options.field;
    this.details = options.details;
  }

  static badInput(field: string, message: string, reason = 'INVALID_INPUT'): AppException {
    return new AppException(PublicErrorCode.BAD_USER_INPUT, reason, `${field}: ${message}`, { field });
  }

  static forbidden(message = 'You are not allowed to do this', reason = 'FORBIDDEN'): AppException {
    return new AppException(PublicErrorCode.FORBIDDEN, reason, message);
  }

  static unauthenticated(message = 'Authentication required'): AppException {
    return new AppException(PublicErrorCode.UNAUTHENTICATED, 'UNAUTHENTICATED', message);
  }
}
