import {
  isCheckViolation,
  isExclusionViolation,
  isForeignKeyViolation,
  isRetryableTransactionError,
  isUniqueViolation,
  sqlStateOf,
  violatedConstraint,
} from './pg-errors.js';

/** A pg DatabaseError as the driver builds it: SQLSTATE in `code`, the constraint by name. */
function pgError(code: string, message: string, constraint?: string): Error {
  return Object.assign(new Error(message), { code, constraint, severity: 'ERROR' });
}

/** TypeORM's QueryFailedError keeps the driver error and copies some of its fields. */
function wrapped(driverError: Error): Error {
  return Object.assign(new Error(`QueryFailedError: ${driverError.message}`), { driverError });
}

describe('PostgreSQL error classification', () => {
  const duplicate = pgError('23505', 'duplicate key value violates unique constraint "uq_x"', 'uq_x');

  it.each([
    ['raw', duplicate],
    ['wrapped by TypeORM', wrapped(duplicate)],
  ])('recognises a unique violation by SQLSTATE and constraint name (%s)', (_label, error) => {
    expect(sqlStateOf(error)).toBe('23505');
    expect(violatedConstraint(error)).toBe('uq_x');
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'uq_x')).toBe(true);
    expect(isUniqueViolation(error, 'uq_other')).toBe(false);
    expect(isRetryableTransactionError(error)).toBe(false);
  });

  it('never trusts message text: a duplicate-key message without the SQLSTATE is not a violation', () => {
    const lookalike = new Error('duplicate key value violates unique constraint "uq_x"');
    expect(isUniqueViolation(lookalike)).toBe(false);
    expect(violatedConstraint(lookalike)).toBeUndefined();
    // And a real violation with an unrelated (e.g. localised) message still is one.
    expect(isUniqueViolation(pgError('23505', 'doppelter Schlüsselwert', 'uq_x'), 'uq_x')).toBe(true);
  });

  it('tells the integrity classes apart', () => {
    const fk = wrapped(pgError('23503', 'fk', 'fk_a_b'));
    const check = pgError('23514', 'check', 'ck_amount_positive');
    const exclusion = pgError('23P01', 'exclusion', 'ex_no_overlap');
    expect([isForeignKeyViolation(fk, 'fk_a_b'), isUniqueViolation(fk), isCheckViolation(fk)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(isCheckViolation(check, 'ck_amount_positive')).toBe(true);
    expect(isExclusionViolation(exclusion, 'ex_no_overlap')).toBe(true);
    expect(isExclusionViolation(exclusion, 'other')).toBe(false);
  });

  it.each([
    ['40001', true],
    ['40P01', true],
    ['55P03', false], // lock_timeout: the wait would likely repeat; surfaced, not retried
    ['57014', false], // statement_timeout / cancel
    ['57P01', false], // backend terminated: the commit may or may not have happened
    ['23505', false],
  ])('SQLSTATE %s retryable: %s', (code, retryable) => {
    expect(isRetryableTransactionError(pgError(code, 'x'))).toBe(retryable);
    expect(isRetryableTransactionError(wrapped(pgError(code, 'x')))).toBe(retryable);
  });

  it('ignores Node socket errors and non-errors', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(sqlStateOf(reset)).toBeUndefined();
    expect(isRetryableTransactionError(reset)).toBe(false);
    for (const value of [null, undefined, 'serialization failure', 40001, { code: 40001 }]) {
      expect(sqlStateOf(value)).toBeUndefined();
      expect(isRetryableTransactionError(value)).toBe(false);
    }
    // A constraint name is only reported for an integrity violation.
    expect(violatedConstraint(pgError('40001', 'x', 'uq_x'))).toBeUndefined();
  });
});
