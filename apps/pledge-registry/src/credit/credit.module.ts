import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { CreditListRepository } from '@registry/credit/credit-list.repository.js';
import { CreditListService } from '@registry/credit/credit-list.service.js';
import { CreditResolver } from '@registry/credit/credit.resolver.js';

@Module({
  imports: [IdempotencyModule],
  providers: [CreditListRepository, CreditListService, CreditResolver],
  exports: [CreditListService],
})
export class CreditModule {}
