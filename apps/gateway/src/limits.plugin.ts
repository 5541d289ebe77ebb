import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type DocumentNode, type ParseOptions, type Source } from 'graphql';
import { parseWithTokenLimit, queryLimitsRule, type QueryLimits } from '@gateway/query-limits.js';
import { operationUnits, RateLimiter } from '@gateway/rate-limiter.js';

/** Parse-time token limit and validation-time depth/alias/field limits: nothing over them executes. */
export function useQueryLimits(limits: QueryLimits): GatewayPlugin {
  const rule = queryLimitsRule(limits);
  return {
    onParse({ setParseFn }) {
      setParseFn((source: string | Source, options?: ParseOptions) =>
        parseWithTokenLimit(source, options, limits.maxTokens),
      );
    },
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}

/**
 * Who a request is counted against, set by the auth middleware on the Node request once
 * the bearer token is verified (a WeakMap: nothing a client sends can set it).
 */
const subjects = new WeakMap<IncomingMessage, string>();

export function setRateLimitSubject(req: IncomingMessage, userId: string | null): void {
  subjects.set(req, userId === null ? `ip:${req.socket.remoteAddress ?? 'unknown'}` : `user:${userId}`);
}

export function rateLimitSubject(req: IncomingMessage | undefined): string {
  return (req === undefined ? undefined : subjects.get(req)) ?? 'ip:unknown';
}

export interface RateLimits {
  /** Units per minute per user and root field; 0 = off. */
  perUserPerMinute: number;
  /** Units per minute per client IP and root field for anonymous callers; 0 = off. */
  anonymousPerMinute: number;
}

export const RATE_LIMITED = 'RATE_LIMITED';

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests for this operation; retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: RATE_LIMITED,
      retryAfterSeconds,
      // 429 under application/graphql-response+json; application/json keeps 200 (spec: a
      // well-formed request), and both carry Retry-After.
      http: { status: 429, spec: true, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}

/**
 * Charges each operation to its caller before it executes: one unit per root field
 * selection (aliases included) against a budget per caller and root field.
 */
export function useRateLimit(limits: RateLimits): GatewayPlugin {
  const users = limits.perUserPerMinute > 0 ? new RateLimiter(limits.perUserPerMinute) : null;
  const anonymous = limits.anonymousPerMinute > 0 ? new RateLimiter(limits.anonymousPerMinute) : null;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as { req?: IncomingMessage };
      const subject = rateLimitSubject(context.req);
      const limiter = subject.startsWith('user:') ? users : anonymous;
      if (limiter === null) return;
      const units = new Map<string, number>();
      for (const [field, count] of operationUnits(
        args.document as DocumentNode,
        args.operationName as string | null | undefined,
      ))
        units.set(`${subject}|${field}`, count);
      const verdict = limiter.take(units);
      if (!verdict.allowed) setResultAndStopExecution({ errors: [rateLimited(verdict.retryAfterSeconds)] });
    },
  };
}
