import { Module } from '@nestjs/common';
import { RequestLoaders } from '@app/platform';
import { AuditModule } from '@registry/audit/audit.module.js';
import { CreditModule } from '@registry/credit/credit.module.js';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { IpAssetModule } from '@registry/ip-asset/ip-asset.module.js';
import { PoolCandidateService } from './pool-candidate.service.js';
import { PoolStructureResolver } from './pool-structure.resolver.js';
import { PoolStructureService } from './pool-structure.service.js';
import { ProjectionRunner } from './projection-runner.js';
import { SecuritizationPoolService } from './securitization-pool.service.js';
import { SecuritizationRepository } from './securitization.repository.js';
import { SecuritizationResolver } from './securitization.resolver.js';

/**
 * Securitization pools built by a bank's arranger: candidates (its loans and recorded
 * royalty receivables), eligibility, concentration limits, analytics, the structure (tranches,
 * fees, credit enhancement, triggers) and projections through it. It reads the loan,
 * pledge, asset and party tables through its own queries and changes none of them.
 */
@Module({
  imports: [AuditModule, IdempotencyModule, CreditModule, IpAssetModule],
  providers: [
    RequestLoaders,
    SecuritizationRepository,
    SecuritizationPoolService,
    PoolCandidateService,
    PoolStructureService,
    ProjectionRunner,
    SecuritizationResolver,
    PoolStructureResolver,
  ],
})
export class SecuritizationModule {}
