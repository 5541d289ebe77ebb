import { z } from 'zod';
import {
  baseEnvSchema,
  databaseEnvSchema,
  DEV_GATEWAY_SHARED_SECRET,
  loadConfig,
  portSchema,
  sharedSecretSchema,
} from '@app/config';

const schema = baseEnvSchema
  .extend(databaseEnvSchema.shape)
  .extend({
    VALUATION_PORT: portSchema.default(4001),
    /** The registry subgraph, read over the federation protocol for asset facts. */
    REGISTRY_URL: z
      .url({ message: 'must be the pledge-registry subgraph URL' })
      .default('http://127.0.0.1:4002/graphql'),
    /** Worker threads for Monte Carlo simulations (0 = in the request thread, tests only). */
    /** Months a valuation stays current when the lender's policy does not say. */
    VALUATION_VALIDITY_MONTHS: z.coerce.number().int().min(1).max(60).default(12),
    VALUATION_WORKERS: z.coerce.number().int().min(0).max(16).default(2),
    GATEWAY_SHARED_SECRET: sharedSecretSchema.default(DEV_GATEWAY_SHARED_SECRET),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.GATEWAY_SHARED_SECRET !== DEV_GATEWAY_SHARED_SECRET, {
    message: 'must be set to a private value in production',
    path: ['GATEWAY_SHARED_SECRET'],
  });

export type ValuationConfig = z.infer<typeof schema>;

export function loadValuationConfig(env: Record<string, string | undefined> = process.env): ValuationConfig {
  return loadConfig(schema, env);
}
