import 'reflect-metadata';
import { createLogger } from '@app/logging';
import { bootstrapSubgraph, runMain } from '@app/platform';
import { RegistryAppModule } from '@registry/app.module.js';
import { loadRegistryConfig } from '@registry/registry.config.js';

runMain(async () => {
  const config = loadRegistryConfig();
  const logger = createLogger('pledge-registry', config.LOG_LEVEL);
  await bootstrapSubgraph({
    module: RegistryAppModule.forRoot(config, logger),
    logger,
    host: config.HOST,
    port: config.REGISTRY_PORT,
    gatewaySharedSecret: config.GATEWAY_SHARED_SECRET,
  });
});
