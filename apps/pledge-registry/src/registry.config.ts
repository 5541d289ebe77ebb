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
    REGISTRY_PORT: portSchema.default(4002),
    /** The valuation subgraph, read over the federation protocol for listings' valuation snapshots. */
    VALUATION_URL: z.url({ message: 'must be the valuation subgraph URL' }).default('http://127.0.0.1:4001/graphql'),
    GATEWAY_SHARED_SECRET: sharedSecretSchema.default(DEV_GATEWAY_SHARED_SECRET),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.GATEWAY_SHARED_SECRET !== DEV_GATEWAY_SHARED_SECRET, {
    message: 'must be set to a private value in production',
    path: ['GATEWAY_SHARED_SECRET'],
  });

export type RegistryConfig = z.infer<typeof schema>;

export function loadRegistryConfig(env: Record<string, string | undefined> = process.env): RegistryConfig {
  return loadConfig(schema, env);
}
