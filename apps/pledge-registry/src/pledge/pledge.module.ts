import { Module } from '@nestjs/common';
import { AuditModule } from '@registry/audit/audit.module.js';
import { CalendarModule } from '@registry/calendar/calendar.module.js';
import { CreditModule } from '@registry/credit/credit.module.js';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { IpAssetModule } from '@registry/ip-asset/ip-asset.module.js';
import { PledgeQueryService } from '@registry/pledge/pledge-query.service.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';
import { PledgedAssetResolver, PledgeResolver } from '@registry/pledge/pledge.resolver.js';
import { PledgeService } from '@registry/pledge/pledge.service.js';

@Module({
  imports: [AuditModule, IdempotencyModule, IpAssetModule, CreditModule, CalendarModule],
  providers: [PledgeRepository, PledgeService, PledgeQueryService, PledgeResolver, PledgedAssetResolver],
  exports: [PledgeService],
})
export class PledgeModule {}
