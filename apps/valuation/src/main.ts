import 'reflect-metadata';
import { createLogger } from '@app/logging';
import { bootstrapSubgraph, runMain } from '@app/platform';
import { ValuationAppModule } from '@valuation/app.module.js';
import { loadValuationConfig } from '@valuation/valuation.config.js';

runMain(async () => {
  const config = loadValuationConfig();
  const logger = createLogger('valuation', config.LOG_LEVEL);
  await bootstrapSubgraph({
    module: ValuationAppModule.forRoot(config, logger),
    logger,
    host: config.HOST,
    port: config.VALUATION_PORT,
    gatewaySharedSecret: config.GATEWAY_SHARED_SECRET,
  });
});
