import { z } from 'zod';
import {
  baseEnvSchema,
  DEV_GATEWAY_SHARED_SECRET,
  DEV_JWT_SECRET,
  loadConfig,
  portSchema,
  sharedSecretSchema,
} from '@app/config';
import { LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from '@app/demo-data';

function limitSchema(min: number, max: number) {
  return z.coerce.number().int().min(min).max(max);
}

const schema = baseEnvSchema
  .extend({
    GATEWAY_PORT: portSchema.default(4000),
    VALUATION_URL: z.url({ message: 'must be the valuation subgraph URL' }).default('http://127.0.0.1:4001/graphql'),
    REGISTRY_URL: z
      .url({ message: 'must be the pledge-registry subgraph URL' })
      .default('http://127.0.0.1:4002/graphql'),
    SUPERGRAPH_PATH: z.string().optional(),
    GATEWAY_SHARED_SECRET: sharedSecretSchema.default(DEV_GATEWAY_SHARED_SECRET),
    /** HS256 secret of the local token issuer; set LOCAL_ISSUER_ENABLED=false to turn it off. */
    JWT_SECRET: sharedSecretSchema.default(DEV_JWT_SECRET),
    LOCAL_ISSUER_ENABLED: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    JWT_ISSUER: z.string().min(1).default(LOCAL_TOKEN_ISSUER),
    JWT_AUDIENCE: z.string().min(1).default(LOCAL_TOKEN_AUDIENCE),
    JWKS_URL: z.url().optional(),
    GATEWAY_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(64 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    GRAPHIQL_ENABLED: z.enum(['true', 'false']).optional(),
    /** Introspection and "Did you mean ..." suggestions; unset = on except in production. */
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
    GATEWAY_MAX_DEPTH: limitSchema(1, 100).default(15),
    GATEWAY_MAX_ALIASES: limitSchema(0, 10_000).default(50),
    GATEWAY_MAX_FIELDS: limitSchema(1, 100_000).default(1500),
    GATEWAY_MAX_TOKENS: limitSchema(100, 1_000_000).default(5000),
    /** Units (root field selections) per minute per user and root field; 0 turns the limit off. */
    GATEWAY_RATE_LIMIT_PER_MINUTE: limitSchema(0, 1_000_000).default(1200),
    /** The same for anonymous callers, per client IP. */
    GATEWAY_RATE_LIMIT_ANONYMOUS_PER_MINUTE: limitSchema(0, 1_000_000).default(300),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (env.GATEWAY_SHARED_SECRET === DEV_GATEWAY_SHARED_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['GATEWAY_SHARED_SECRET'],
        message: 'must be set to a private value in production',
      });
    }
    // The local issuer signs a token for any demo login on request: a development tool,
    // whatever its secret. Production verifies an identity provider's tokens (JWKS_URL).
    if (env.LOCAL_ISSUER_ENABLED) {
      ctx.addIssue({
        code: 'custom',
        path: ['LOCAL_ISSUER_ENABLED'],
        message: 'the local token issuer cannot run in production: set LOCAL_ISSUER_ENABLED=false and JWKS_URL',
      });
    }
    if (env.JWT_SECRET === DEV_JWT_SECRET && env.LOCAL_ISSUER_ENABLED) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'the development secret cannot sign tokens in production',
      });
    }
    if (!env.LOCAL_ISSUER_ENABLED && env.JWKS_URL === undefined) {
      ctx.addIssue({ code: 'custom', path: ['JWKS_URL'], message: 'is required when the local issuer is disabled' });
    }
  });

export type GatewayConfig = z.infer<typeof schema>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  return loadConfig(schema, env);
}
