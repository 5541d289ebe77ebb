/**
 * Why a money operation or a decimal input was refused. Callers branch on these
 * (e.g. to map `INVALID_AMOUNT` to a `BAD_USER_INPUT` response), so they are stable strings.
 */
export enum MoneyErrorCode {
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  INVALID_CURRENCY = 'INVALID_CURRENCY',
  INVALID_RATIO = 'INVALID_RATIO',
}

/** Options of {@link MoneyError}. */
export interface MoneyErrorOptions {
  /** The input at fault (e.g. `input.amount`), so boundaries can point the caller at it. */
  field?: string;
  cause?: unknown;
}

/**
 * The single error type of the money library. It deliberately does not extend the
 * application's `AppException`: this library sits below `@app/errors`, and the module
 * that catches it decides which public code it becomes.
 */
export class MoneyError extends Error {
  /** The input at fault when the error comes from parsing, otherwise `undefined`. */
  readonly field: string | undefined;

  constructor(
    readonly code: MoneyErrorCode,
    message: string,
    options: MoneyErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.field = options.field;
  }
}
