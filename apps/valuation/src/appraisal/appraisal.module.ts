import { Module } from '@nestjs/common';
import { AppraisalResolver } from '@valuation/appraisal/appraisal.resolver.js';
import { AppraisalService } from '@valuation/appraisal/appraisal.service.js';
import { SimulationService } from '@valuation/simulation/simulation.service.js';

@Module({
  providers: [SimulationService, AppraisalService, AppraisalResolver],
  exports: [AppraisalService],
})
export class AppraisalModule {}
