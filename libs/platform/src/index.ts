export { subgraphGraphQLOptions } from './graphql-options.js';
export { HealthController, READINESS_CHECK } from './health.controller.js';
export type { ReadinessCheck } from './health.controller.js';
export { bootstrapSubgraph } from './bootstrap-subgraph.js';
export { ValidationPipeWithFields } from './validation.pipe.js';
export {
  PageInfo,
  connectionType,
  pageSize,
  encodeCursor,
  decodeCursor,
  toConnection,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
} from './pagination.js';
export type { Connection, Edge } from './pagination.js';
export { LocalDateScalar } from './local-date.scalar.js';
export { assertUuid } from './ids.js';
export { runMain } from './run-main.js';
export { JsonScalar } from './json.scalar.js';
export { checkedDecimal, DecimalInputField, decimalLimitProblem, type DecimalLimits } from './decimal-field.js';
export type { CursorPart } from './pagination.js';
export { fetchEntities } from './entities-client.js';
export type { EntitiesAnswer, EntitiesCall } from './entities-client.js';
export { RequestLoaders } from './request-loaders.js';
export { keepIdleConnectionsOpen } from './keep-alive.js';
