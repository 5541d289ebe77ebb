import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { Logger as HiveLogger, type LogLevel } from '@graphql-hive/logger';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GATEWAY_IDENTITY_HEADER } from '@app/auth';
import { REQUEST_ID_HEADER, type Logger } from '@app/logging';
import type { GatewayConfig } from '@gateway/gateway.config.js';

const PLACEHOLDERS: Record<string, keyof Pick<GatewayConfig, 'VALUATION_URL' | 'REGISTRY_URL'>> = {
  'http://valuation.subgraph.invalid/graphql': 'VALUATION_URL',
  'http://pledge-registry.subgraph.invalid/graphql': 'REGISTRY_URL',
};

/** The committed supergraph with its placeholder subgraph URLs replaced from config. */
export function loadSupergraph(path: string, config: GatewayConfig): string {
  let sdl = readFileSync(path, 'utf8');
  for (const [placeholder, key] of Object.entries(PLACEHOLDERS)) sdl = sdl.split(placeholder).join(config[key]);
  return sdl;
}

/**
 * Hive Gateway (MIT) serving the supergraph composed offline. Only the signed identity
 * and the correlation id travel to subgraphs; the client's own headers do not. GraphiQL
 * is the bundled build, so the IDE works without any CDN.
 */
/** Routes the gateway runtime's own log lines into our pino JSON logs. */
function hiveLogger(logger: Logger, level: string): HiveLogger {
  const hiveLevel: LogLevel = level === 'trace' || level === 'debug' ? 'debug' : 'warn';
  return new HiveLogger({
    level: hiveLevel,
    writers: [
      {
        write(lvl: LogLevel, attrs: unknown, msg: string | null | undefined) {
          const fields = attrs !== null && typeof attrs === 'object' && !Array.isArray(attrs) ? attrs : { attrs };
          logger[lvl]({ component: 'hive-gateway', ...fields }, msg ?? '');
        },
      },
    ],
  });
}

interface RequestError {
  message: string;
  extensions?: Record<string, unknown>;
}
type ResultLike = { data?: unknown; errors?: readonly RequestError[] };

function requestErrorCode(message: string): string {
  if (message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED';
  if (message.startsWith('Variable "$')) return 'BAD_USER_INPUT';
  return 'GRAPHQL_VALIDATION_FAILED';
}

/**
 * Request errors raised by the gateway itself (parse, validation, variable coercion) come
 * without `extensions.code`; give them the same codes the subgraphs use, so clients
 * branch on one vocabulary.
 */
export function classifyRequestErrors(result: unknown): unknown {
  const single = result as ResultLike;
  if (typeof result !== 'object' || result === null || Array.isArray(result) || !Array.isArray(single.errors))
    return result;
  if (single.data !== undefined && single.data !== null) return result;
  return {
    ...single,
    errors: single.errors.map((e: RequestError) =>
      typeof e.extensions?.['code'] === 'string'
        ? e
        : { ...e, extensions: { ...e.extensions, code: requestErrorCode(e.message) } },
    ),
  };
}

export function createGateway(config: GatewayConfig, supergraphSdl: string, logger: Logger) {
  const graphiqlEnabled =
    config.GRAPHIQL_ENABLED === undefined ? config.NODE_ENV !== 'production' : config.GRAPHIQL_ENABLED === 'true';
  return createGatewayRuntime({
    supergraph: supergraphSdl,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: hiveLogger(logger, config.LOG_LEVEL),
    graphiql: graphiqlEnabled ? { title: 'IP finance platform' } : false,
    renderGraphiQL,
    plugins: () => [
      {
        onResultProcess({ result, setResult }: { result: unknown; setResult: (result: never) => void }) {
          const classified = classifyRequestErrors(result);
          if (classified !== result) setResult(classified as never);
        },
      },
    ],
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        [GATEWAY_IDENTITY_HEADER]: request.headers.get(GATEWAY_IDENTITY_HEADER),
        [REQUEST_ID_HEADER]: request.headers.get(REQUEST_ID_HEADER),
      }),
    },
  });
}
