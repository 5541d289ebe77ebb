import { Module } from '@nestjs/common';
import { RequestLoaders } from '@app/platform';
import { AppraisalModule } from '@valuation/appraisal/appraisal.module.js';
import { LenderPolicyModule } from '@valuation/lender-policy/lender-policy.module.js';
import { RegistryModule } from '@valuation/registry/registry.module.js';
import { AssetValuationService } from '@valuation/valuation/asset-valuation.service.js';
import { ValuationRepository } from '@valuation/valuation/valuation.repository.js';
import { IpAssetValuationResolver, ValuationResolver } from '@valuation/valuation/valuation.resolver.js';
import { ValuationService } from '@valuation/valuation/valuation.service.js';

@Module({
  imports: [AppraisalModule, RegistryModule, LenderPolicyModule],
  providers: [
    RequestLoaders,
    ValuationRepository,
    ValuationService,
    AssetValuationService,
    ValuationResolver,
    IpAssetValuationResolver,
  ],
  exports: [ValuationService, AssetValuationService],
})
export class ValuationModule {}
