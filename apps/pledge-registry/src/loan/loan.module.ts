import { Module } from '@nestjs/common';
import { RequestLoaders } from '@app/platform';
import { AuditModule } from '@registry/audit/audit.module.js';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { LoanAccountResolver, LoanRepaymentResolver } from '@registry/loan/loan-account.resolver.js';
import { LoanAccountService } from '@registry/loan/loan-account.service.js';
import { LoanExportResolver } from '@registry/loan/loan-export.resolver.js';
import { LoanRepository } from '@registry/loan/loan.repository.js';
import { LoanResolver } from '@registry/loan/loan.resolver.js';
import { LoanService } from '@registry/loan/loan.service.js';
import { PledgeModule } from '@registry/pledge/pledge.module.js';
import { ReportExportModule } from '@registry/report-export/report-export.module.js';

/** Repayment schedules, and loans against registered pledges with their repayments. */
@Module({
  imports: [AuditModule, IdempotencyModule, PledgeModule, ReportExportModule],
  providers: [
    RequestLoaders,
    LoanRepository,
    LoanService,
    LoanAccountService,
    LoanResolver,
    LoanAccountResolver,
    LoanRepaymentResolver,
    LoanExportResolver,
  ],
  exports: [LoanService],
})
export class LoanModule {}
