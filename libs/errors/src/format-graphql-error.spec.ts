import { GraphQLError } from 'graphql';
import { AppException, PublicErrorCode } from './app.exception.js';
import { createGraphQLErrorFormatter } from './format-graphql-error.js';
import { requestContext } from './request-context.js';

describe('GraphQL error formatter', () => {
  const logged: unknown[] = [];
  const format = createGraphQLErrorFormatter((error) => logged.push(error));
  const wrap = (original: Error): GraphQLError => new GraphQLError(original.message, { originalError: original });

  it('maps a module exception to code, reason and field', () => {
    const error = AppException.badInput('input.creditCode', 'bad check character', 'CREDIT_CODE_INVALID');
    const out = format({ message: error.message }, wrap(error));
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'CREDIT_CODE_INVALID',
      field: 'input.creditCode',
    });
  });

  it('masks unexpected errors with the correlation id and logs them', () => {
    const sqlError = Object.assign(
      new Error('duplicate key value violates unique constraint "x" SELECT * FROM secret'),
      { code: '23505' },
    );
    const out = requestContext.run({ requestId: 'req-12345678' }, () =>
      format({ message: sqlError.message }, wrap(sqlError)),
    );
    expect(out.message).toBe('Internal server error (correlation id req-12345678)');
    expect(out.extensions).toEqual({ code: PublicErrorCode.INTERNAL_SERVER_ERROR, correlationId: 'req-12345678' });
    expect(JSON.stringify(out)).not.toMatch(/SELECT|constraint|stack/);
    expect(logged).toContain(sqlError);
  });

  it('passes through request errors that graphql-js raised itself', () => {
    const out = format(
      { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field "x"'),
    );
    expect(out.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
