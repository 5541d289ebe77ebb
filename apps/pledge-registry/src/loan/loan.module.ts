import { Module } from '@nestjs/common';
import { LoanResolver } from '@registry/loan/loan.resolver.js';
import { LoanService } from '@registry/loan/loan.service.js';

@Module({
  providers: [LoanService, LoanResolver],
  exports: [LoanService],
})
export class LoanModule {}
