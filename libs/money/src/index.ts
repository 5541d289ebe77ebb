/**
 * Exact money and decimal handling shared by every service: the `Money` value, input
 * parsing, the TypeORM transformer and the GraphQL scalar and types.
 * @packageDocumentation
 */
export { Decimal, decimalOrNull } from './decimal.js';
export type { DecimalInput } from './decimal.js';
export { MoneyError, MoneyErrorCode } from './money-error.js';
export type { MoneyErrorOptions } from './money-error.js';
export { Money, minorUnits, DEFAULT_MINOR_UNITS } from './money.js';
export type { MoneyJson, RoundingMode } from './money.js';
export { parseDecimal, DECIMAL_STRING_PATTERN, DEFAULT_MAX_INTEGER_DIGITS } from './parse.js';
export type { ParseDecimalOptions } from './parse.js';
export { decimalTransformer } from './decimal.transformer.js';
export { DecimalScalar } from './decimal.scalar.js';
export { MoneyModel, MoneyInput } from './money.model.js';
export type { MoneyInputLike } from './money.model.js';
