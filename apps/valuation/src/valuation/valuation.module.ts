import { Module } from '@nestjs/common';
import { ValuationRepository } from '@valuation/valuation/valuation.repository.js';
import { IpAssetValuationResolver, ValuationResolver } from '@valuation/valuation/valuation.resolver.js';
import { ValuationService } from '@valuation/valuation/valuation.service.js';

@Module({
  providers: [ValuationRepository, ValuationService, ValuationResolver, IpAssetValuationResolver],
  exports: [ValuationService],
})
export class ValuationModule {}
