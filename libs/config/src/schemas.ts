import { z } from 'zod';

/**
 * Development defaults. They let `npm start` work with no setup; production mode
 * refuses to boot with them (see `sharedSecretSchema` users' refinements).
 */
export const DEV_JWT_SECRET = 'local-development-jwt-secret-change-me-0000';
export const DEV_GATEWAY_SHARED_SECRET = 'local-development-gateway-secret-change-me-00';

export const portSchema = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

export const sharedSecretSchema = z.string().min(32, 'must be at least 32 characters');

export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
});
export type BaseEnv = z.infer<typeof baseEnvSchema>;

export const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string({ message: 'is required (postgres://user:password@host:port/database)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Server-side timeouts bound how long a dead or frozen client can hold locks: an open
  // transaction left idle ends after DATABASE_IDLE_TX_TIMEOUT_MS (under 5 s with room to spare).
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  DATABASE_IDLE_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(4000),
});
