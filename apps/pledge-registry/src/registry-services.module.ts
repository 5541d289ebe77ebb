import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseTuning } from '@app/database';
import { registryDataSourceOptions } from '@registry/data-source.js';
import { ListingModule } from '@registry/listing/listing.module.js';
import { LoanModule } from '@registry/loan/loan.module.js';
import { PledgeModule } from '@registry/pledge/pledge.module.js';
import { RegistryConfigModule } from '@registry/registry-config.module.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { RiskFundModule } from '@registry/risk-fund/risk-fund.module.js';
import { SecuritizationModule } from '@registry/securitization/securitization.module.js';

/**
 * The registry's services without HTTP or GraphQL, for commands that act in-process:
 * the demo activity seed (including the demo risk-compensation fund, loan and pool) and the service-layer
 * registration benchmark.
 */
@Module({})
export class RegistryServicesModule {
  static forConfig(config: RegistryConfig): DynamicModule {
    return {
      module: RegistryServicesModule,
      imports: [
        RegistryConfigModule.forRoot(config),
        TypeOrmModule.forRoot(registryDataSourceOptions(config.DATABASE_URL, databaseTuning(config))),
        PledgeModule,
        ListingModule,
        RiskFundModule,
        LoanModule,
        SecuritizationModule,
      ],
    };
  }
}
