export { loadConfig, ConfigError } from './load-config.js';
export {
  baseEnvSchema,
  databaseEnvSchema,
  portSchema,
  sharedSecretSchema,
  DEV_GATEWAY_SHARED_SECRET,
  DEV_JWT_SECRET,
} from './schemas.js';
export type { BaseEnv } from './schemas.js';
