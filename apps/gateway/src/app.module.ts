import { Module, type DynamicModule } from '@nestjs/common';
import type { GatewayConfig } from '@gateway/gateway.config.js';
import { GatewayHealthController } from '@gateway/health.controller.js';
import { GATEWAY_CONFIG } from '@gateway/tokens.js';

/** The gateway's Nest shell: health endpoints; GraphQL is the Hive runtime mounted in main. */
@Module({})
export class GatewayAppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayAppModule,
      controllers: [GatewayHealthController],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }],
    };
  }
}
