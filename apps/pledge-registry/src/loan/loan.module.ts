import { Module } from '@nestjs/common';
import { RequestLoaders } from '@app/platform';
import { AuditModule } from '@registry/audit/audit.module.js';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { LoanAccountResolver, LoanRepaymentResolver } from '@registry/loan/loan-account.resolver.js';
import { LoanApplicationService } from '@registry/loan/loan-application.service.js';
import { LoanLockService } from '@registry/loan/loan-lock.service.js';
import { LoanQueryService } from '@registry/loan/loan-query.service.js';
import { LoanRecoveryResolver } from '@registry/loan/loan-recovery.resolver.js';
import { LoanRecoveryService } from '@registry/loan/loan-recovery.service.js';
import { LoanReschedulingService } from '@registry/loan/loan-rescheduling.service.js';
import { LoanExportResolver } from '@registry/loan/loan-export.resolver.js';
import { LoanRepository } from '@registry/loan/loan.repository.js';
import { LoanResolver } from '@registry/loan/loan.resolver.js';
import { LoanService } from '@registry/loan/loan.service.js';
import { LoanServicingService } from '@registry/loan/loan-servicing.service.js';
import { PledgeModule } from '@registry/pledge/pledge.module.js';
import { ReportExportModule } from '@registry/report-export/report-export.module.js';

/** Repayment schedules, and loans against registered pledges: repayments, penalty, default, write-off, rescheduling. */
@Module({
  imports: [AuditModule, IdempotencyModule, PledgeModule, ReportExportModule],
  providers: [
    RequestLoaders,
    LoanRepository,
    LoanService,
    LoanLockService,
    LoanQueryService,
    LoanApplicationService,
    LoanServicingService,
    LoanRecoveryService,
    LoanReschedulingService,
    LoanResolver,
    LoanAccountResolver,
    LoanRepaymentResolver,
    LoanRecoveryResolver,
    LoanExportResolver,
  ],
  exports: [LoanService],
})
export class LoanModule {}
