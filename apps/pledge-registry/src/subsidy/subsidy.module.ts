import { Module } from '@nestjs/common';
import { RequestLoaders } from '@app/platform';
import { CreditModule } from '@registry/credit/credit.module.js';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { ReportExportModule } from '@registry/report-export/report-export.module.js';
import { SubsidyClaimService } from '@registry/subsidy/subsidy-claim.service.js';
import { SubsidyExportResolver } from '@registry/subsidy/subsidy-export.resolver.js';
import { SubsidyLedgerRepository } from '@registry/subsidy/subsidy-ledger.repository.js';
import { SubsidyLedgerService } from '@registry/subsidy/subsidy-ledger.service.js';
import { SubsidyRuleService } from '@registry/subsidy/subsidy-rule.service.js';
import { SubsidyRepository } from '@registry/subsidy/subsidy.repository.js';
import { SubsidyResolver } from '@registry/subsidy/subsidy.resolver.js';

/** City program subsidies: rules as data, the 1-year LPR, loan facts and the claim ledger. */
@Module({
  imports: [IdempotencyModule, CreditModule, ReportExportModule],
  providers: [
    RequestLoaders,
    SubsidyRepository,
    SubsidyLedgerRepository,
    SubsidyRuleService,
    SubsidyClaimService,
    SubsidyLedgerService,
    SubsidyResolver,
    SubsidyExportResolver,
  ],
})
export class SubsidyModule {}
