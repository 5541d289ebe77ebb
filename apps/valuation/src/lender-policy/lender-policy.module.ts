import { Module } from '@nestjs/common';
import { LenderPolicyRepository } from '@valuation/lender-policy/lender-policy.repository.js';
import { LenderPolicyResolver } from '@valuation/lender-policy/lender-policy.resolver.js';
import { LenderPolicyService } from '@valuation/lender-policy/lender-policy.service.js';

@Module({
  providers: [LenderPolicyRepository, LenderPolicyService, LenderPolicyResolver],
  exports: [LenderPolicyService],
})
export class LenderPolicyModule {}
