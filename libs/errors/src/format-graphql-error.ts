import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppException, PublicErrorCode } from './app.exception.js';
import { currentRequestId } from './request-context.js';

/** Codes that graphql-js / Apollo assign themselves and that are safe to pass on. */
export const PASS_THROUGH_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const HTTP_STATUS_TO_CODE: Record<number, PublicErrorCode> = {
  400: PublicErrorCode.BAD_USER_INPUT,
  401: PublicErrorCode.UNAUTHENTICATED,
  403: PublicErrorCode.FORBIDDEN,
  404: PublicErrorCode.NOT_FOUND,
  409: PublicErrorCode.CONFLICT,
};

type ErrorLogger = (error: unknown, requestId: string | undefined) => void;

function unwrap(error: unknown): unknown {
  let current = error;
  // Resolver errors arrive wrapped in a GraphQLError, sometimes twice (federation).
  while (current instanceof GraphQLError && current.originalError !== undefined) {
    current = current.originalError;
  }
  return current;
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const getStatus = (error as { getStatus?: unknown }).getStatus;
  return typeof getStatus === 'function' ? (getStatus.call(error) as number) : undefined;
}

/**
 * Builds the single place where errors become GraphQL `extensions`: module exceptions
 * keep their code, reason and field; known GraphQL request errors pass through; anything
 * else is logged with the correlation id and masked, so no stack trace or SQL text leaves
 * the process.
 */
export function createGraphQLErrorFormatter(logUnexpected: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const base = { locations: formatted.locations, path: formatted.path };

    if (original instanceof AppException) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          reason: original.reason,
          ...(original.field === undefined ? {} : { field: original.field }),
          ...(original.details === undefined ? {} : { details: original.details }),
        },
      };
    }

    const status = httpStatusOf(original);
    const mapped = status === undefined ? undefined : HTTP_STATUS_TO_CODE[status];
    if (mapped !== undefined) {
      return { ...base, message: formatted.message, extensions: { code: mapped, reason: mapped } };
    }

    // Only errors graphql-js or Apollo raised themselves (no foreign error underneath) are
    // request errors; a plain Error carrying such a code is still a server fault.
    const code = formatted.extensions?.['code'];
    if (original instanceof GraphQLError || original === undefined) {
      if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
        return { ...base, message: formatted.message, extensions: { code } };
      }
      if (typeof code !== 'string') {
        // Raised deliberately without a code (e.g. by a scalar): a request error.
        return { ...base, message: formatted.message, extensions: { code: PublicErrorCode.BAD_USER_INPUT } };
      }
    }

    const requestId = currentRequestId();
    logUnexpected(original, requestId);
    return {
      ...base,
      message: `Internal server error (correlation id ${requestId ?? 'unknown'})`,
      extensions: { code: PublicErrorCode.INTERNAL_SERVER_ERROR, correlationId: requestId },
    };
  };
}

/** Formatter that logs to stderr; apps pass their structured logger instead. */
export const formatGraphQLError = createGraphQLErrorFormatter((error, requestId) => {
  process.stderr.write(`unexpected error ${requestId ?? ''}: ${String(error)}\n`);
});
