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
  READINESS_CHECK,
  subgraphGraphQLOptions,
  ValidationPipeWithFields,
} from '@app/platform';
import { valuationDataSourceOptions } from '@valuation/data-source.js';
import type { ValuationConfig } from '@valuation/valuation.config.js';
import { ValuationModule } from '@valuation/valuation/valuation.module.js';
import { AppraisalModule } from '@valuation/appraisal/appraisal.module.js';
import { PortfolioModule } from '@valuation/portfolio/portfolio.module.js';
import { ValuationConfigModule } from '@valuation/valuation-config.module.js';

@Module({})
export class ValuationAppModule {
  static forRoot(config: ValuationConfig, logger: Logger): DynamicModule {
    return {
      module: ValuationAppModule,
      imports: [
        ValuationConfigModule.forRoot(config),
        TypeOrmModule.forRoot(valuationDataSourceOptions(config.DATABASE_URL, databaseTuning(config))),
        GraphQLModule.forRoot(subgraphGraphQLOptions(logger, [DecimalScalar, JsonScalar])),
        ValuationModule,
        AppraisalModule,
        PortfolioModule,
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
