import { readFileSync } from 'node:fs';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Logger as HiveLogger, type LogLevel } from '@graphql-hive/logger';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { GATEWAY_IDENTITY_HEADER } from '@app/auth';
import { REQUEST_ID_HEADER, type Logger } from '@app/logging';
import type { GatewayConfig } from '@gateway/gateway.config.js';
import { useQueryLimits, useRateLimit } from '@gateway/limits.plugin.js';
import { responseMediaType } from '@gateway/media-type.js';

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

/** graphql-js appends suggestions as a last sentence: ` Did you mean "x" or "y"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?$/;

export interface ResultPolicy {
  /** Keep graphql-js's "Did you mean ..." hints (they disclose schema names). */
  suggestions: boolean;
}

function classifyError(e: RequestError, policy: ResultPolicy): RequestError {
  let message = e.message;
  let extensions = e.extensions ?? {};
  if (!policy.suggestions && SUGGESTION.test(message)) message = message.replace(SUGGESTION, '');
  const http = extensions['http'] as { spec?: boolean } | undefined;
  if (extensions['code'] === 'BAD_REQUEST' && http?.spec === true) {
    // Not a well-formed GraphQL-over-HTTP request (e.g. no query): the spec asks for 400
    // whatever the media type; the runtime would answer 200 under application/json.
    extensions = { ...extensions, http: { ...http, spec: false } };
  }
  if (http !== undefined && http.spec === undefined && message.startsWith('Variable "$')) {
    // Variable coercion failed on a well-formed request: 400 only under graphql-response+json.
    extensions = { ...extensions, http: { ...http, spec: true } };
  }
  if (typeof extensions['code'] !== 'string') extensions = { ...extensions, code: requestErrorCode(message) };
  if (message === e.message && extensions === e.extensions) return e;
  // A GraphQLError again, so the runtime still strips its internal `http` extension.
  if (!(e instanceof GraphQLError)) return { ...e, message, extensions };
  return new GraphQLError(message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions,
  });
}

/**
 * Request errors raised by the gateway itself (parse, validation, variable coercion) come
 * without `extensions.code`; give them the same codes the subgraphs use, so clients
 * branch on one vocabulary. Outside development, suggestions are dropped from messages.
 */
export function classifyRequestErrors(result: unknown, policy: ResultPolicy = { suggestions: true }): unknown {
  const single = result as ResultLike;
  if (typeof result !== 'object' || result === null || Array.isArray(result) || !Array.isArray(single.errors))
    return result;
  if (single.data !== undefined && single.data !== null) return result;
  const original = single.errors as readonly RequestError[];
  const errors = original.map((e) => classifyError(e, policy));
  return errors.every((e, i) => e === original[i]) ? result : { ...single, errors };
}

/**
 * The runtime answers an unsupported request media type (415) or an unacceptable Accept
 * (406) with an empty body; give them a GraphQL error body like every other refusal.
 */
function emptyRefusal(response: Response): { code: string; message: string } | null {
  if (response.body !== null) return null;
  if (response.status === 415)
    return { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the request body as application/json' };
  if (response.status === 406)
    return {
      code: 'NOT_ACCEPTABLE',
      message: 'Accept application/graphql-response+json or application/json',
    };
  return null;
}

/** Request-error codes and suggestions (see classifyRequestErrors), GraphQL bodies on 406/415. */
function useRequestErrorPolicy(policy: ResultPolicy): GatewayPlugin {
  return {
    onResultProcess(payload) {
      const classified = classifyRequestErrors(payload.result, policy);
      if (classified !== payload.result) payload.setResult(classified as typeof payload.result);
    },
    onResponse(payload) {
      const { request, response } = payload;
      const refusal = emptyRefusal(response);
      if (refusal === null) return;
      const headers = new Headers(response.headers);
      headers.set('content-type', `${responseMediaType(request.headers.get('accept'))}; charset=utf-8`);
      const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
      payload.setResponse(new Response(body, { status: response.status, headers }));
    },
  };
}

export interface GatewayPolicy {
  introspection: boolean;
  graphiql: boolean;
}

/** Introspection, suggestions and GraphiQL: on in development, off in production unless configured. */
export function gatewayPolicy(config: GatewayConfig): GatewayPolicy {
  const flag = (value: 'true' | 'false' | undefined): boolean =>
    value === undefined ? config.NODE_ENV !== 'production' : value === 'true';
  return { introspection: flag(config.GRAPHQL_INTROSPECTION), graphiql: flag(config.GRAPHIQL_ENABLED) };
}

export function createGateway(config: GatewayConfig, supergraphSdl: string, logger: Logger) {
  const policy = gatewayPolicy(config);
  return createGatewayRuntime({
    supergraph: supergraphSdl,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: hiveLogger(logger, config.LOG_LEVEL),
    graphiql: policy.graphiql ? { title: 'IP finance platform' } : false,
    renderGraphiQL,
    // Array bodies are refused (400 BAD_REQUEST): the runtime's default, kept on purpose.
    batching: false,
    disableIntrospection: policy.introspection ? undefined : { disableIf: () => true },
    plugins: () => [
      useQueryLimits({
        maxDepth: config.GATEWAY_MAX_DEPTH,
        maxAliases: config.GATEWAY_MAX_ALIASES,
        maxFields: config.GATEWAY_MAX_FIELDS,
        maxTokens: config.GATEWAY_MAX_TOKENS,
      }),
      useRateLimit({
        perUserPerMinute: config.GATEWAY_RATE_LIMIT_PER_MINUTE,
        anonymousPerMinute: config.GATEWAY_RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      }),
      useRequestErrorPolicy({ suggestions: policy.introspection }),
    ],
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        [GATEWAY_IDENTITY_HEADER]: request.headers.get(GATEWAY_IDENTITY_HEADER),
        [REQUEST_ID_HEADER]: request.headers.get(REQUEST_ID_HEADER),
      }),
    },
  });
}
