import { Module, type DynamicModule } from '@nestjs/common';
import { VALUATION_CONFIG } from '@valuation/tokens.js';
import type { ValuationConfig } from '@valuation/valuation.config.js';

/** Makes the validated config injectable everywhere in the valuation app. */
@Module({})
export class ValuationConfigModule {
  static forRoot(config: ValuationConfig): DynamicModule {
    return {
      module: ValuationConfigModule,
      global: true,
      providers: [{ provide: VALUATION_CONFIG, useValue: config }],
      exports: [VALUATION_CONFIG],
    };
  }
}
