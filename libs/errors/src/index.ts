export { AppException, PublicErrorCode } from './app.exception.js';
export type { AppExceptionOptions } from './app.exception.js';
export { formatGraphQLError, createGraphQLErrorFormatter, PASS_THROUGH_CODES } from './format-graphql-error.js';
export { requestContext, currentRequestId } from './request-context.js';
export type { RequestContextStore } from './request-context.js';
export {
  isCheckViolation,
  isExclusionViolation,
  isForeignKeyViolation,
  isRetryableTransactionError,
  isUniqueViolation,
  PgErrorCode,
  sqlStateOf,
  violatedConstraint,
} from './pg-errors.js';
