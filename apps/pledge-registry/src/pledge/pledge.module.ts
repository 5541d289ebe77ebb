import { Module } from '@nestjs/common';
import { AuditModule } from '@registry/audit/audit.module.js';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { IpAssetModule } from '@registry/ip-asset/ip-asset.module.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';
import { PledgeService } from '@registry/pledge/pledge.service.js';

@Module({
  imports: [AuditModule, IdempotencyModule, IpAssetModule],
  providers: [PledgeRepository, PledgeService],
  exports: [PledgeService],
})
export class PledgeModule {}
