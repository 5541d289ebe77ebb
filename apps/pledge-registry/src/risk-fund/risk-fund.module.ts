import { Module } from '@nestjs/common';
import { RequestLoaders } from '@app/platform';
import { CreditModule } from '@registry/credit/credit.module.js';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { ReportExportModule } from '@registry/report-export/report-export.module.js';
import { RiskFundClaimService } from '@registry/risk-fund/risk-fund-claim.service.js';
import { RiskFundCoverRepository } from '@registry/risk-fund/risk-fund-cover.repository.js';
import { RiskFundCoverResolver } from '@registry/risk-fund/risk-fund-cover.resolver.js';
import { RiskFundEnrolmentService } from '@registry/risk-fund/risk-fund-enrolment.service.js';
import { RiskFundExportResolver } from '@registry/risk-fund/risk-fund-export.resolver.js';
import { RiskFundPayoutService } from '@registry/risk-fund/risk-fund-payout.service.js';
import { RiskFundRepository } from '@registry/risk-fund/risk-fund.repository.js';
import { RiskFundResolver } from '@registry/risk-fund/risk-fund.resolver.js';
import { RiskFundService } from '@registry/risk-fund/risk-fund.service.js';

/**
 * The city risk-compensation fund: ratios, ledger, enrolled loans and loss claims. It reads
 * the loan, pledge and party tables through its own queries and changes none of them.
 */
@Module({
  imports: [IdempotencyModule, CreditModule, ReportExportModule],
  providers: [
    RequestLoaders,
    RiskFundRepository,
    RiskFundCoverRepository,
    RiskFundService,
    RiskFundEnrolmentService,
    RiskFundClaimService,
    RiskFundPayoutService,
    RiskFundResolver,
    RiskFundCoverResolver,
    RiskFundExportResolver,
  ],
  exports: [RiskFundService],
})
export class RiskFundModule {}
