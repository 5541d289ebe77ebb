import type { ValueTransformer } from 'typeorm';
import { Decimal } from './decimal.js';
import { MoneyError, MoneyErrorCode } from './money-error.js';
import { parseDecimal } from './parse.js';

const FIELD = 'numeric column';

// The database, not this transformer, enforces the column's precision and scale.
const UNLIMITED = { allowNegative: true, maxIntegerDigits: Number.POSITIVE_INFINITY } as const;

function toDatabase(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return value;
  if (Decimal.isDecimal(value)) {
    const decimal: Decimal = value;
    // PostgreSQL numeric accepts 'NaN' and 'Infinity'; neither is an amount.
    if (!decimal.isFinite()) {
      throw new MoneyError(MoneyErrorCode.INVALID_AMOUNT, `${FIELD}: cannot store ${decimal.toString()}`, {
        field: FIELD,
      });
    }
    return decimal.toFixed();
  }
  // Find operators and raw query parameters may hand over the text form directly.
  return parseDecimal(value, FIELD, UNLIMITED).toFixed();
}

function fromDatabase(value: unknown): Decimal | null | undefined {
  if (value === null || value === undefined) return value;
  // node-postgres returns numeric as text precisely so that no digit is lost in a double.
  return parseDecimal(value, FIELD, UNLIMITED);
}

/**
 * TypeORM transformer for `numeric` columns: `Decimal` in the entity, the exact text
 * form (`"1234.5600"`) on the wire. `null` and `undefined` pass through unchanged.
 *
 * @example
 * ```ts
 * @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
 * principal: Decimal;
 * ```
 *
 * Both directions throw {@link MoneyError} `INVALID_AMOUNT` for NaN, infinities and
 * anything that is not a plain decimal.
 */
export const decimalTransformer: ValueTransformer = {
  to: toDatabase,
  from: fromDatabase,
};
