import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { gatewayIdentityMiddleware } from '@app/auth';
import { PinoNestLogger, requestIdMiddleware, type Logger } from '@app/logging';
import { keepIdleConnectionsOpen } from './keep-alive.js';

export interface SubgraphBootOptions {
  module: Type<unknown> | DynamicModule;
  logger: Logger;
  host: string;
  port: number;
  gatewaySharedSecret: string;
  maxBodyBytes?: number;
}

/**
 * Boots a subgraph: correlation ids on every request, the gateway-identity check in
 * front of /graphql (health stays open for orchestrators), graceful shutdown on
 * SIGTERM/SIGINT.
 */
export async function bootstrapSubgraph(options: SubgraphBootOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(options.module, {
    logger: new PinoNestLogger(options.logger),
    bodyParser: false,
  });
  app.use(requestIdMiddleware(options.logger));
  app.use('/graphql', gatewayIdentityMiddleware(options.gatewaySharedSecret));
  app.useBodyParser('json', { limit: options.maxBodyBytes ?? 20 * 1024 * 1024 });
  app.enableShutdownHooks();
  keepIdleConnectionsOpen(app.getHttpServer());
  await app.listen(options.port, options.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  options.logger.info({ port }, 'subgraph listening');
  return app;
}
