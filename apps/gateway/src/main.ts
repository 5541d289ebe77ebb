import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createUserTokenVerifier } from '@app/auth';
import { createLogger, PinoNestLogger, requestIdMiddleware } from '@app/logging';
import { keepIdleConnectionsOpen, runMain } from '@app/platform';
import { GatewayAppModule } from '@gateway/app.module.js';
import { authMiddleware, bodyLimitMiddleware } from '@gateway/auth.middleware.js';
import { loadGatewayConfig } from '@gateway/gateway.config.js';
import { createGateway, loadSupergraph } from '@gateway/gateway-runtime.js';
import { localLoginMiddleware } from '@gateway/local-login.js';
import { mountWebConsole } from '@gateway/web-console.js';

/** `vite build` output (see apps/web); absent until the console is built. */
const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url));
const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../../../../apps/gateway/supergraph.graphql', import.meta.url));

runMain(async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const gateway = createGateway(config, loadSupergraph(config.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH, config), logger);
  const verify = createUserTokenVerifier({
    hs256Secret: config.LOCAL_ISSUER_ENABLED ? config.JWT_SECRET : undefined,
    jwksUrl: config.JWKS_URL,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const app = await NestFactory.create<NestExpressApplication>(GatewayAppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.use(requestIdMiddleware(logger));
  app.use('/graphql', bodyLimitMiddleware(config.GATEWAY_MAX_BODY_BYTES));
  app.use('/graphql', authMiddleware(verify, config.GATEWAY_SHARED_SECRET));
  app.use('/graphql', gateway);
  if (config.LOCAL_ISSUER_ENABLED) {
    app.use(
      localLoginMiddleware({ secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }),
    );
  }
  if (!mountWebConsole(app, WEB_DIR)) logger.warn({ dir: WEB_DIR }, 'web console not built: `/` serves nothing');
  app.enableShutdownHooks();
  keepIdleConnectionsOpen(app.getHttpServer());
  await app.listen(config.GATEWAY_PORT, config.HOST);
  logger.info({ port: config.GATEWAY_PORT }, 'gateway listening');
  process.on('SIGTERM', () => void gateway.dispose());
});
