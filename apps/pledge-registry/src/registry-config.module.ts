import { Module, type DynamicModule } from '@nestjs/common';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/** Makes the validated config injectable everywhere in the registry app. */
@Module({})
export class RegistryConfigModule {
  static forRoot(config: RegistryConfig): DynamicModule {
    return {
      module: RegistryConfigModule,
      global: true,
      providers: [{ provide: REGISTRY_CONFIG, useValue: config }],
      exports: [REGISTRY_CONFIG],
    };
  }
}
