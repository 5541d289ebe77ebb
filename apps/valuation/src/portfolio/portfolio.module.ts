import { Module } from '@nestjs/common';
import { AppraisalModule } from '@valuation/appraisal/appraisal.module.js';
import { PortfolioRepository } from '@valuation/portfolio/portfolio.repository.js';
import { PortfolioResolver } from '@valuation/portfolio/portfolio.resolver.js';
import { PortfolioRunner } from '@valuation/portfolio/portfolio-runner.service.js';
import { PortfolioService } from '@valuation/portfolio/portfolio.service.js';
import { RegistryModule } from '@valuation/registry/registry.module.js';
import { ValuationModule } from '@valuation/valuation/valuation.module.js';

@Module({
  imports: [ValuationModule, RegistryModule, AppraisalModule],
  providers: [PortfolioRepository, PortfolioRunner, PortfolioService, PortfolioResolver],
})
export class PortfolioModule {}
