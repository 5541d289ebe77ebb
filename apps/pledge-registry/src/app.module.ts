import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RolesGuard } from '@app/auth';
import { databaseTuning } from '@app/database';
import type { Logger } from '@app/logging';
import { DecimalScalar } from '@app/money';
import {
  HealthController,
  JsonScalar,
  LocalDateScalar,
  READINESS_CHECK,
  subgraphGraphQLOptions,
  ValidationPipeWithFields,
} from '@app/platform';
import { AuditModule } from '@registry/audit/audit.module.js';
import { CalendarModule } from '@registry/calendar/calendar.module.js';
import { CreditModule } from '@registry/credit/credit.module.js';
import { IpAssetModule } from '@registry/ip-asset/ip-asset.module.js';
import { ListingModule } from '@registry/listing/listing.module.js';
import { LoanModule } from '@registry/loan/loan.module.js';
import { PledgeModule } from '@registry/pledge/pledge.module.js';
import { PartyModule } from '@registry/party/party.module.js';
import { ProgramModule } from '@registry/program/program.module.js';
import { RegistryConfigModule } from '@registry/registry-config.module.js';
import { SubsidyModule } from '@registry/subsidy/subsidy.module.js';
import { RiskFundModule } from '@registry/risk-fund/risk-fund.module.js';
import { SecuritizationModule } from '@registry/securitization/securitization.module.js';
import { registryDataSourceOptions } from '@registry/data-source.js';
import type { RegistryConfig } from '@registry/registry.config.js';

@Module({})
export class RegistryAppModule {
  static forRoot(config: RegistryConfig, logger: Logger): DynamicModule {
    return {
      module: RegistryAppModule,
      imports: [
        RegistryConfigModule.forRoot(config),
        TypeOrmModule.forRoot(registryDataSourceOptions(config.DATABASE_URL, databaseTuning(config))),
        GraphQLModule.forRoot(subgraphGraphQLOptions(logger, [DecimalScalar, LocalDateScalar, JsonScalar])),
        PartyModule,
        IpAssetModule,
        AuditModule,
        PledgeModule,
        CreditModule,
        CalendarModule,
        ListingModule,
        LoanModule,
        ProgramModule,
        SubsidyModule,
        RiskFundModule,
        SecuritizationModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_PIPE, useClass: ValidationPipeWithFields },
        {
          provide: READINESS_CHECK,
          inject: [getDataSourceToken()],
          useFactory: (ds: DataSource) => async () => {
            await ds.query('SELECT 1');
          },
        },
      ],
    };
  }
}
