import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { Decimal } from './decimal.js';
import { MoneyError } from './money-error.js';
import { parseDecimal } from './parse.js';

const NAME = 'Decimal';

// The scalar is used for amounts, rates and deltas alike, so it admits negatives;
// per-field limits belong to the resolver or service.
function parseInput(value: unknown, node?: ValueNode): Decimal {
  try {
    return parseDecimal(value, NAME, { allowNegative: true });
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    // No originalError on purpose: the error formatter treats a bare GraphQLError as bad
    // user input, whereas an attached MoneyError would be masked as an internal error.
    throw new GraphQLError(error.message, node === undefined ? {} : { nodes: node });
  }
}

function serialize(value: unknown): string {
  if (Decimal.isDecimal(value) && value.isFinite()) return value.toFixed();
  if (typeof value === 'string' || typeof value === 'number') {
    try {
      const parsed = parseDecimal(value, NAME, { allowNegative: true, maxIntegerDigits: Number.POSITIVE_INFINITY });
      // A canonical decimal string keeps its scale (trailing zeros are meaningful for money).
      if (typeof value !== 'string') return parsed.toFixed();
      return parsed.isZero() ? value.replace(/^-/, '') : value;
    } catch {
      // fall through to the error below
    }
  }
  // A resolver returned something that is not an amount: a server bug, so the code marks it
  // internal and the formatter logs and masks it instead of blaming the client.
  throw new GraphQLError(`Decimal cannot represent ${describe(value)}`, {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

function describe(value: unknown): string {
  if (Decimal.isDecimal(value)) return value.toString();
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'number' ? String(value) : `a value of type ${typeof value}`;
}

/**
 * GraphQL scalar `Decimal`: an exact decimal number carried as a string, e.g. `"1234.5600"`.
 *
 * - Output: a `Decimal` (or a canonical decimal string / safe integer) serialised with
 *   `toFixed()`, never in exponent notation.
 * - Input: a canonical decimal string, or a safe integer; in query literals a StringValue
 *   or IntValue. FloatValue literals are rejected because they may already have lost
 *   precision in the client. Inputs with more than 16 integer digits are refused.
 *
 * Invalid input throws a `GraphQLError` that says which format is expected.
 */
export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: NAME,
  description:
    'Exact decimal number serialised as a string, e.g. "1234.5600". Send it as a string ' +
    '(integers are also accepted); float literals are rejected because they lose precision.',
  serialize,
  parseValue: (value) => parseInput(value),
  parseLiteral(ast) {
    switch (ast.kind) {
      case Kind.STRING:
      case Kind.INT:
        return parseInput(ast.value, ast);
      case Kind.FLOAT:
        throw new GraphQLError(
          `Decimal literal ${ast.value} must be quoted, e.g. "${ast.value}": float literals lose precision`,
          { nodes: ast },
        );
      default:
        throw new GraphQLError(
          `Decimal cannot represent a ${ast.kind} literal: must be a decimal string like "1234.56"`,
          {
            nodes: ast,
          },
        );
    }
  },
});
